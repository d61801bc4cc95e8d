import Calendar
import Council
import EventStore
import Projections

extension CouncilService {
    /// Where a kept case note went: its reference, and the position of the record attaching it.
    public struct KeptNote: Sendable {
        public var reference: String
        public var position: UInt64?
    }

    /// `case add`: keeps case material in the vault and attaches it to an issue, refused before the
    /// vault is touched when the issue is unknown.
    public func keepCaseNote(_ text: String, for issue: String, on: CalendarDate, as caller: Caller) throws -> KeptNote {
        try exclusively {
            let text = try CaseNoteRequest.checked(text)
            guard try CouncilLoader(store: store).state(issues: [issue]).issues[issue] != nil else {
                throw DomainError.unknownIssue(issue, known: streamIds("issue-"))
            }
            let kept = try KeptCaseNote(text, in: vault)
            do {
                let recorded = try recordRetrying([.attachCaseNote(issue: issue, ref: kept.reference.ref, on: on)], as: caller,
                                                  notes: [kept.reference.ref: kept.reference])
                return KeptNote(reference: kept.reference.ref, position: recorded.positions?.lowerBound)
            } catch {
                kept.withdraw()
                throw error
            }
        }
    }

    /// `forget`: erases a case note's text from the vault on request, after recording that it was
    /// erased; the chain of records stays whole. Returns the issue it belonged to.
    public func forgetCaseNote(_ ref: String, on: CalendarDate, as caller: Caller) throws -> String {
        try exclusively {
            let state = try CouncilLoader(store: store).fullState()
            guard let issue = state.issuesInOrder.first(where: { $0.caseNotes.contains { $0.ref == ref } }) else {
                throw DomainError.unknownCaseNote(ref)
            }
            if !issue.forgottenNotes.contains(ref) {
                _ = try recordRetrying([.forgetCaseNote(issue: issue.id, ref: ref, on: on)], as: caller, notes: [:])
            }
            // Also when an earlier forget was recorded but could not delete the file.
            let deleted = try vault.forget(ref)
            guard deleted || !issue.forgottenNotes.contains(ref) else { throw DomainError.caseNoteAlreadyForgotten(ref) }
            return issue.id
        }
    }

    /// The ids behind the streams with this prefix (`body-`, `issue-`), for "did you mean".
    public func knownIds(_ prefix: String) -> [String] { exclusively { streamIds(prefix) } }

    func streamIds(_ prefix: String) -> [String] {
        store.streamNames.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }
}
