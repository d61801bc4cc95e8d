import Council
import CouncilService
import Documents
import Projections

/// `/search?q=…`: a GET form (the address says what was searched, and can be shared) and the
/// issues found, each linking to its page with its phase, owner and an excerpt where the words
/// were found, the match marked. Everything from the log or the query is escaped here: the hits
/// are markup of this page's own, since a document's blocks hold plain text and cannot mark.
public struct SearchPage: PageWording {
    /// What was asked; nil before anything was.
    public let query: String?
    public let hits: [SearchHit]
    /// Whether there were more hits than shown.
    public let more: Bool
    /// The refusal of the query in plain words, if it was refused.
    public let refusal: String?
    public let japanese: Bool

    public init(query: String?, hits: [SearchHit], more: Bool, refusal: String? = nil, japanese: Bool) {
        self.query = query
        self.hits = hits
        self.more = more
        self.refusal = refusal
        self.japanese = japanese
    }

    public func document() -> Document {
        var byline: [String] = []
        var blocks: [Block] = []
        if let query, refusal == nil {
            let count = "\(hits.count)\(t("issues.count"))" + (more ? t("search.orMore") : "")
            byline.append(japanese ? "「\(query)」：\(count)" : "“\(query)”: \(count)")
            if hits.isEmpty { blocks.append(.paragraph(t("search.none"))) }
            if more { blocks.append(.paragraph(t("search.narrow"))) }
        } else if refusal == nil {
            blocks.append(.paragraph(t("search.hint")))
        }
        return Document(kind: "web.search", title: t("search.title"), byline: byline, blocks: blocks, language: japanese ? "ja" : "en")
    }

    /// The form, with what was asked kept, and the refusal of it beside the field.
    public func form() -> String {
        let error = refusal.map { "\n<p class=\"error\" id=\"q-error\">\(e($0))</p>" } ?? ""
        let described = refusal == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"q-error\""
        return """
        <form class="filters" method="get" action="/search" role="search">
        <p><label for="q">\(e(t("search.query")))</label> <input id="q" name="q" type="search" value="\(e(query ?? ""))" size="30"\(described)>
        <button type="submit">\(e(t("search.submit")))</button></p>\(error)
        </form>
        """
    }

    /// The hits as a list: a link to each issue, what it is at, and where the words were found.
    public func list() -> String {
        guard !hits.isEmpty else { return "" }
        let items = hits.map { hit -> String in
            let i = hit.issue
            let about = [i.phase.label(japanese: japanese), hit.ownerName, "\(t("issues.last")) \(date(i.lastActivityOn))"]
            let x = hit.excerpt
            return """
            <li><p><a href="\(e(IssuePaths.issue(i.id)))">\(e(i.id)) \(e(i.title))</a><br>\(e(about.joined(separator: japanese ? "・" : " · ")))</p>
            <p>\(e(Self.label(of: hit.part, japanese: japanese)))\(japanese ? "：" : ": ")\(e(x.before))<mark>\(e(x.match))</mark>\(e(x.after))</p></li>
            """
        }
        return "<ol class=\"hits\">\n" + items.joined(separator: "\n") + "\n</ol>"
    }

    /// The name of the part of an issue a hit was found in, as the issue's page heads it.
    static func label(of part: SearchIndex.Part, japanese: Bool) -> String {
        let key: String
        switch part {
        case .title: key = "issues.issue"
        case .summary: key = "issue.summary"
        case .source: key = "issue.source"
        case .category: key = "issue.categories"
        case .group: key = "issue.groups"
        case .area: key = "issue.area"
        case .analysis: key = "issue.analysis"
        case .plan: key = "issue.plan"
        case .activity: key = "issue.activities"
        case .evaluation: key = "issue.evaluations"
        case .closure: key = "issue.closed"
        case .caseNote: key = "search.caseNote"
        }
        return WebLabels.t(key, japanese: japanese)
    }
}
