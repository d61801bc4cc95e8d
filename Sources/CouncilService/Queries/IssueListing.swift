import Projections

/// Issues matching a filter, in the order they were raised, with the names of the bodies that own
/// them: all of them, or one page of them (`CouncilService.issues(_:at:page:pageSize:)`).
public struct IssueListing: Sendable {
    public let issues: [CouncilSummary.Issue]
    let bodyNames: [String: String]
    /// How many issues the filter kept, on every page.
    public let total: Int
    /// The place in all of them of the first issue listed, from 0.
    public let offset: Int
    /// What the list offers to filter by.
    public let words: IssueWords

    /// The issues of `summary` that `filter` keeps, only those of page `page` (from 1; a number
    /// past the last is the last page) of `pageSize` kept: a council's whole history is tens of
    /// thousands of issues, and a page shows a hundred.
    init(_ summary: CouncilSummary, words: IssueWords, filter: IssueFilter, page: Int, pageSize: Int) {
        let pageSize = max(pageSize, 1)
        var kept: [String] = []
        for id in summary.issueOrder where summary.issues[id].map(filter.matches) == true { kept.append(id) }
        self.words = words
        let start = (min(max(page, 1), Self.pages(kept.count, size: pageSize)) - 1) * pageSize
        issues = kept[start..<min(kept.count, start + min(pageSize, kept.count - start))].compactMap { summary.issues[$0] }
        bodyNames = summary.bodies.mapValues(\.name)
        total = kept.count
        offset = start
    }

    /// The owner's name, or its id when the body is not known.
    public func ownerName(of issue: CouncilSummary.Issue) -> String { bodyNames[issue.owner] ?? issue.owner }

    /// How many pages of `size` the issues fill (one when there are none).
    public func pageCount(size: Int) -> Int { Self.pages(total, size: size) }

    static func pages(_ count: Int, size: Int) -> Int { count == 0 ? 1 : (count - 1) / max(size, 1) + 1 }
}
