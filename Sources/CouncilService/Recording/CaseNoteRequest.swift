import Calendar
import Council

/// Case material (事例) to keep in the vault with a recording command and attach to its issue in
/// the same batch: both are kept, or neither. An empty `issue` is the issue the batch raises.
public struct CaseNoteRequest: Sendable {
    public var text: String
    public var issue: String
    public var on: CalendarDate

    public init(text: String, issue: String, on: CalendarDate) {
        self.text = text
        self.issue = issue
        self.on = on
    }
}

extension CaseNoteRequest {
    /// The text of a case note, held to the rule of every longer text: it is shown in `issue show`
    /// and internal timelines like any other.
    public static func checked(_ text: String) throws(DomainError) -> String {
        try TextRule.text.check(text, "case note")
    }
}
