import Calendar

/// The whole council as its events have made it: what `decide` checks commands against and what
/// reads show. Bodies and issues keep the order they were first recorded in.
public struct CouncilState: Equatable, Sendable {
    public var name: String?
    /// Roles are checked for every write (see `CouncilDecider.authorize`).
    public var enforcesRoles = false
    public var admin: String?
    public var bodies: [String: BodyState] = [:]
    public var bodyOrder: [String] = []
    public var issues: [String: IssueState] = [:]
    public var issueOrder: [String] = []
    /// Events of the `council` stream, for its expected version.
    public var councilVersion: UInt64 = 0

    public init() {}

    public var bodiesInOrder: [BodyState] { bodyOrder.compactMap { bodies[$0] } }
    public var issuesInOrder: [IssueState] { issueOrder.compactMap { issues[$0] } }
}
