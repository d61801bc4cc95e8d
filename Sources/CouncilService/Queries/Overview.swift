import Council
import EventStore
import Projections

/// What a person's start page shows: the bodies they sit on (every body for someone who sits on
/// none, such as the secretariat), the open issues those bodies own, the actions of those issues
/// past their due date, and what was recorded since the person last looked.
public struct Overview: Sendable {
    public let bodies: [BodyState]
    public let openIssues: [IssueOverview]
    public let overdue: [(issue: IssueOverview, action: PlannedAction, status: ActionStatus)]
    public let recent: [RecordedEvent]
}
