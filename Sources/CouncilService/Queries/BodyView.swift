import Council
import Projections

/// One body as `body show` shows it: its state and the issues it owns, in the order they were raised.
public struct BodyView: Sendable {
    public let body: BodyState
    public let issues: [IssueOverview]
}
