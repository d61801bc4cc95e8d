import Calendar
import Council

/// One issue as `issue show` and the issue's page show it: its state, its owner's name, and its
/// case notes with their text for the readers allowed to see them.
public struct IssueView: Sendable {
    public let issue: IssueState
    public let ownerName: String
    public let caseNotes: [CaseNoteView]
}

/// A case note an issue cites: the text from the vault, nil when it was erased (`erased`) or this
/// account cannot read the vault.
public struct CaseNoteView: Sendable, Equatable {
    public let ref: String
    public let on: CalendarDate
    public let text: String?
    public let erased: Bool
}
