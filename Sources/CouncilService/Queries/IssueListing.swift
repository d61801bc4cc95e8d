import Projections

/// Issues matching a filter, in the order they were raised, with the names of the bodies that own
/// them: all of them, or one page of them (`page(_:size:)`).
public struct IssueListing: Sendable {
    public let issues: [CouncilSummary.Issue]
    let bodyNames: [String: String]
    /// How many issues the filter kept, on every page.
    public let total: Int
    /// The place in all of them of the first issue listed, from 0.
    public let offset: Int

    init(issues: [CouncilSummary.Issue], bodyNames: [String: String]) {
        self.issues = issues
        self.bodyNames = bodyNames
        total = issues.count
        offset = 0
    }

    private init(of all: IssueListing, range: Range<Int>) {
        issues = Array(all.issues[range])
        bodyNames = all.bodyNames
        total = all.total
        offset = range.lowerBound
    }

    /// The owner's name, or its id when the body is not known.
    public func ownerName(of issue: CouncilSummary.Issue) -> String { bodyNames[issue.owner] ?? issue.owner }

    /// How many pages of `size` the issues fill (one when there are none).
    public func pageCount(size: Int) -> Int { max(1, (total + size - 1) / size) }

    /// Page `number` (from 1) of `size` issues; a number past the last is the last page.
    public func page(_ number: Int, size: Int) -> IssueListing {
        let number = min(max(number, 1), pageCount(size: size))
        let start = (number - 1) * size
        return IssueListing(of: self, range: start..<min(start + size, issues.count))
    }
}
