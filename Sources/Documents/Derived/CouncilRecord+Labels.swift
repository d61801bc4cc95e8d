import Calendar
import Council
import Projections

/// How documents word the record's events.
extension CouncilRecord {
    /// What an event recorded, in a document's words: bodies by name, no seat ids, and a case
    /// note's text only for internal readers (（削除済み） once erased).
    func label(_ logged: LoggedEvent, _ language: DocumentLanguage, isPublic: Bool = true) -> String {
        let erased = language.japanese ? "（削除済み）" : "(erased)"
        let note: ((String) -> String)? = isPublic ? nil : caseNoteText.map { read in
            { ref in logged.vault.first { $0.ref == ref }.flatMap(read) ?? erased }
        }
        return EventLabels.label(logged.event, japanese: language.japanese, body: { bodyName($0, on: logged.event.on) }, ids: false, caseNote: note)
    }

    /// Who or what an event is about, for a column: the issue's id, or the body's name.
    func subject(of event: CouncilEvent) -> String {
        event.issueId ?? event.bodyId.map { bodyName($0, on: event.on) } ?? ""
    }
}
