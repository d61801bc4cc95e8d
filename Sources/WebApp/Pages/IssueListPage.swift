import Calendar
import Council
import CouncilService
import Documents
import Projections

/// `/issues`: the issues a filter keeps, each linking to its page, under a form of the filters
/// that works without a script (a GET form: the address says what is shown, and can be shared).
public struct IssueListPage {
    public let listing: IssueListing
    public let filter: IssueFilter
    public let bodies: [CouncilSummary.Body]
    public let point: ReadingPoint
    /// `known-at` as typed, to show it again.
    public let knownAtText: String?
    /// The address's query, for the links to the other pages.
    public let query: [(name: String, value: String)]
    public let japanese: Bool

    public init(listing: IssueListing, filter: IssueFilter, bodies: [CouncilSummary.Body], point: ReadingPoint, knownAtText: String? = nil,
                query: [(name: String, value: String)] = [], japanese: Bool) {
        self.listing = listing
        self.query = query
        self.filter = filter
        self.bodies = bodies
        self.point = point
        self.knownAtText = knownAtText
        self.japanese = japanese
    }

    func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }
    func e(_ text: String) -> String { HTMLText.escape(text) }
    func date(_ d: CalendarDate) -> String { japanese ? d.wareki : d.description }

    public func document() -> Document {
        let rows = listing.issues.map { i in
            [i.id, i.title, i.phase.label(japanese: japanese), listing.ownerName(of: i), date(i.raisedOn), date(i.lastActivityOn)]
        }
        let links = listing.issues.map { i in [String?]([IssuePaths.issue(i.id), IssuePaths.issue(i.id), nil, nil, nil, nil]) }
        let table = Table(header: [t("issues.id"), t("issues.issue"), t("issues.phase"), t("issues.owner"), t("issues.raised"), t("issues.last")],
                          rows: rows, links: links)
        var count = "\(listing.total)\(t("issues.count"))"
        if listing.total > rows.count && !rows.isEmpty {
            count += japanese ? "（\(listing.offset + 1)〜\(listing.offset + rows.count)件目）" : " (\(listing.offset + 1)–\(listing.offset + rows.count))"
        }
        var blocks: [Block] = rows.isEmpty ? [.paragraph(t("issues.none"))] : [.table(table)]
        if let pages = pageLinks() { blocks.append(pages) }
        return Document(kind: "web.issues", title: t("issues.title"), byline: [count], blocks: blocks, language: japanese ? "ja" : "en")
    }

    /// How many issues one page lists: a council's whole history on one page would be megabytes.
    public static let pageSize = 100

    /// The previous and next pages, the filters kept; nil when everything is on this page.
    func pageLinks() -> Block? {
        let number = listing.offset / Self.pageSize + 1
        let last = listing.pageCount(size: Self.pageSize)
        guard last > 1 else { return nil }
        func address(_ page: Int) -> String {
            let kept = query.filter { $0.name != "page" && !$0.value.isEmpty }.map { "\(IssuePaths.encode($0.name))=\(IssuePaths.encode($0.value))" }
            return "/issues?" + (kept + ["page=\(page)"]).joined(separator: "&")
        }
        var links: [Link] = []
        if number > 1 { links.append(Link(t("issues.previous"), address(number - 1))) }
        if number < last { links.append(Link(t("issues.next"), address(number + 1))) }
        return .links(links)
    }

    /// The filters as a form: every choice the list takes, with what is chosen now.
    public func filterForm() -> String {
        func option(_ value: String, _ label: String, selected: Bool) -> String {
            "<option value=\"\(e(value))\"\(selected ? " selected" : "")>\(e(label))</option>"
        }
        let bodyOptions = [option("", t("filter.any"), selected: filter.body == nil)] + bodies.map { option($0.id, $0.name, selected: filter.body == $0.id) }
        let phaseOptions = [option("", t("filter.any"), selected: filter.phase == nil)]
            + IssuePhase.allCases.map { option($0.rawValue, $0.label(japanese: japanese), selected: filter.phase == $0) }
        let fy = filter.fiscalYear.map { "\($0.startYear)" } ?? ""
        // The words recorded, with the one chosen; a word chosen that no issue has is still offered.
        func words(_ name: String, _ label: String, _ recorded: [String], chosen: String?) -> String {
            let all = recorded + (chosen.map { recorded.contains($0) ? [] : [$0] } ?? [])
            let options = [option("", t("filter.any"), selected: chosen == nil)] + all.map { option($0, $0, selected: chosen == $0) }
            return "<label for=\"q-\(name)\">\(e(label))</label> <select id=\"q-\(name)\" name=\"\(name)\">\(options.joined())</select>"
        }
        let status = filter.openOnly ? "open" : filter.closedOnly ? "closed" : ""
        let statusOptions = [("", t("filter.any")), ("open", t("filter.open")), ("closed", t("filter.closed"))]
            .map { option($0.0, $0.1, selected: status == $0.0) }
        return """
        <form class="filters" method="get" action="/issues">
        <p><label for="q-body">\(e(t("filter.body")))</label> <select id="q-body" name="body">\(bodyOptions.joined())</select>
        <label for="q-phase">\(e(t("filter.phase")))</label> <select id="q-phase" name="phase">\(phaseOptions.joined())</select>
        <label for="q-fy">\(e(t("filter.fy")))</label> <input id="q-fy" name="fy" value="\(e(fy))" size="8">
        <label for="q-status">\(e(t("filter.status")))</label> <select id="q-status" name="status">\(statusOptions.joined())</select></p>
        <p>\(words("category", t("issue.categories"), listing.words.categories, chosen: filter.category))
        \(words("group", t("issue.groups"), listing.words.groups, chosen: filter.group))
        \(words("area", t("issue.area"), listing.words.areas, chosen: filter.area))</p>
        <p><label for="q-as-of">\(e(t("filter.asOf")))</label> <input id="q-as-of" name="as-of" value="\(e(point.asOf?.description ?? ""))" size="12">
        <label for="q-known-at">\(e(t("filter.knownAt")))</label> <input id="q-known-at" name="known-at" value="\(e(knownAtText ?? ""))" size="12">
        <button type="submit">\(e(t("filter.apply")))</button></p>
        </form>
        """
    }
}

/// Where the application's pages about issues live.
public enum IssuePaths {
    /// `/issues/K-0001`: the id percent-encoded (dots too, so no id reads as `..`), so an odd id
    /// from an altered log cannot leave the path.
    public static func issue(_ id: String) -> String { "/issues/" + encode(id) }

    public static func form(_ id: String, _ command: String) -> String { issue(id) + "/" + encode(command) }

    /// A decoded path as an address again, segment by segment.
    public static func encodePath(_ path: String) -> String {
        "/" + path.split(separator: "/").map { encode(String($0)) }.joined(separator: "/")
    }

    static func encode(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
