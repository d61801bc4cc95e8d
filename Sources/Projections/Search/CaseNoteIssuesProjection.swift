import Council
import EventStore

/// The issues a case note was ever attached to: where a search for someone allowed to read case
/// notes looks for them, instead of reading every issue. Only ids, which the log shows anyway; the
/// notes' text stays in the vault and is never in a snapshot.
public enum CaseNoteIssuesProjection: SnapshottingProjection {
    public static let name = "case-note-issues"
    public static let version = 1

    public static func initial() -> Set<String> { [] }

    public static func prepare(_ payload: RecordPayload) -> String? {
        guard case .caseNoteAttached(let note)? = (try? CouncilLoader.event(from: payload)) ?? nil else { return nil }
        return note.issue
    }

    public static func apply(_ state: inout Set<String>, _ issue: String) {
        state.insert(issue)
    }

    public static func encode(_ issues: Set<String>) -> [UInt8] {
        var w = SnapshotWriter()
        w.int(issues.count)
        for id in issues.sorted() { w.string(id) }
        return w.bytes
    }

    /// Nil for anything cut short, out of order or followed by more bytes.
    public static func decode(_ bytes: [UInt8]) -> Set<String>? {
        var r = SnapshotReader(bytes)
        guard let count = r.count(each: 8) else { return nil }
        var issues = Set<String>()
        var previous: String?
        for _ in 0..<count {
            guard let id = r.string(), previous.map({ $0 < id }) ?? true else { return nil }
            issues.insert(id)
            previous = id
        }
        return r.atEnd ? issues : nil
    }
}
