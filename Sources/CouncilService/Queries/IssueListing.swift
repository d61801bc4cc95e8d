import Projections

/// Issues matching a filter, in the order they were raised, with the names of the bodies that own
/// them.
public struct IssueListing: Sendable {
    public let issues: [CouncilSummary.Issue]
    let bodyNames: [String: String]

    /// The owner's name, or its id when the body is not known.
    public func ownerName(of issue: CouncilSummary.Issue) -> String { bodyNames[issue.owner] ?? issue.owner }
}
