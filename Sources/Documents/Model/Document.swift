import JSON

/// A document as kadai hands it out: a title, the lines under it (who made it, when), and blocks in
/// reading order. Every renderer (Markdown, HTML, CSV, JSON) works from this one shape, so the
/// four formats cannot disagree. `facts` carries the figures for machines — each with the event
/// positions it was counted from — and is what `--format json` prints beside the blocks.
public struct Document: Sendable {
    /// A short name of the kind of document (`sheet`, `status`, `schedule` …), for JSON readers.
    public var kind: String
    public var title: String
    /// Lines under the title, e.g. 作成：令和3年1月4日.
    public var byline: [String]
    public var blocks: [Block]
    public var facts: JSONObject
    /// The language the labels are in: `ja` or `en` (HTML's `lang` attribute).
    public var language: String
    /// The blocks a printed page begins with, by index: a 報告書・計画書 is filed as two pages.
    public var newPageAt: Set<Int> = []

    public init(kind: String, title: String, byline: [String] = [], blocks: [Block] = [], facts: JSONObject = [:], language: String) {
        self.kind = kind
        self.title = title
        self.byline = byline
        self.blocks = blocks
        self.facts = facts
        self.language = language
    }
}

/// One piece of a document.
public enum Block: Sendable, Equatable {
    /// A section heading such as 【活動方針】.
    case heading(String)
    case paragraph(String)
    case bullets([String])
    /// Label and value pairs laid out as a two-column table (開催回数 | 4回).
    case fields([Field])
    case table(Table)
    /// Small print: how a figure was derived, what a mark means.
    case note(String)
    /// Links to other pages of a published set, by relative path.
    case links([Link])
    /// Figures drawn as bars, with the same figures in words for whoever cannot see the picture.
    case chart(BarChart)
}

/// A horizontal bar chart: a title, a bar per label, and its text alternative (the figures in a
/// sentence), which HTML gives screen readers and the other formats print as a table.
public struct BarChart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Int
        public init(_ label: String, _ value: Int) {
            self.label = label
            self.value = value
        }
    }
    public var title: String
    /// What a value counts, after the number: 件, 回 ("" in English).
    public var unit: String
    public var bars: [Bar]
    public var alternative: String
    public init(title: String, unit: String, bars: [Bar], alternative: String) {
        self.title = title
        self.unit = unit
        self.bars = bars
        self.alternative = alternative
    }
}

/// A link to another page, always by a relative path, so a site works wherever it is copied.
public struct Link: Sendable, Equatable {
    public var text: String
    public var href: String
    public init(_ text: String, _ href: String) {
        self.text = text
        self.href = href
    }
}

public struct Field: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table with one header row; cells are plain text (a cell may hold several lines). A cell may
/// link to another page of a published set: `links[row][column]`, by relative path.
public struct Table: Sendable, Equatable {
    public var caption: String?
    public var header: [String]
    public var rows: [[String]]
    public var links: [[String?]]
    public init(caption: String? = nil, header: [String], rows: [[String]], links: [[String?]] = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.links = links
    }

    /// The link of a cell, if it has one.
    public func link(row: Int, column: Int) -> String? {
        guard row < links.count, column < links[row].count else { return nil }
        return links[row][column]
    }
}
