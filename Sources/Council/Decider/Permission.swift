/// Who may record what when a council enforces roles (`init --enforce-roles`). The administrator
/// and the secretariat (seats with the role `secretariat`) may record anything; the others by
/// their seats.
public enum Permission: Equatable, Sendable {
    /// Bodies, members and policies are managed by the administrator and the secretariat.
    case manageBodies
    /// A body's meetings and year-end review are recorded by its members.
    case bodyRecords(body: String)
    /// An issue is raised and worked on (analysed, planned, acted on, evaluated, closed, reopened,
    /// carried over) by the members of the body that owns it.
    case issueWork(body: String)
    /// Issues are assigned and transferred by the members of the steering meeting (運営会議).
    case steering
    /// Accounts are linked to actors by the administrator alone (not the secretariat): whoever
    /// links decides who everyone is.
    case administer
}
