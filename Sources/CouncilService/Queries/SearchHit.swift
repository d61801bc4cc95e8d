import Projections

/// An issue a search found: the issue as lists show it, the name of the body that owns it, the
/// part of the issue the excerpt is from, and the excerpt with the match apart.
public struct SearchHit: Equatable, Sendable {
    public let issue: CouncilSummary.Issue
    public let ownerName: String
    public let part: SearchIndex.Part
    public let excerpt: SearchExcerpt
    /// Whether the title holds every term of the query (such hits come first).
    public let inTitle: Bool

    public init(issue: CouncilSummary.Issue, ownerName: String, part: SearchIndex.Part, excerpt: SearchExcerpt, inTitle: Bool) {
        self.issue = issue
        self.ownerName = ownerName
        self.part = part
        self.excerpt = excerpt
        self.inTitle = inTitle
    }
}
