import Calendar
import Council
import EventStore
import Hashing
import Projections

extension CouncilService {
    /// `meeting attach`: keeps the file at `path` beside the log (streamed, never held whole) and
    /// records it against the meeting. What the record will be checked against — the meeting, the
    /// issues, the title, the file's name, the actor's seat — is checked first, so a refusal keeps
    /// nothing. Only the same file already attached to the meeting is found after the file is kept
    /// (its hash is known only then): the kept copy then stays, harmless, since a file under its
    /// hash is only ever the same bytes, cited or not.
    /// `fileName`: the name it was given, when not the path's own (an upload kept under another name).
    @discardableResult
    public func attachMaterial(_ input: CommandInput, from path: String, fileName: String? = nil, as caller: Caller) throws -> Recorded {
        guard case .attachMaterial(var e) = try RecordingCommands.attachMaterial.decode(input) else {
            preconditionFailure("meeting attach declares attachMaterial")
        }
        e.file = fileName ?? Self.fileName(of: path)
        return try exclusively {
            // The rules on everything but the file's bytes, on a stand-in hash.
            var trial = e
            trial.sha256 = String(repeating: "0", count: 64)
            _ = try decideOnly(.attachMaterial(trial), as: caller)
            let kept = try files.put(contentsOf: path)
            e.sha256 = kept.sha256.hex
            e.size = Int(kept.size)
            return try recordRetrying([.attachMaterial(e)], as: caller, notes: [:])
        }
    }

    /// What a command would record, authorised and decided against the log's head, written nowhere.
    func decideOnly(_ command: CouncilCommand, as caller: Caller) throws -> [CouncilEvent] {
        var streams = CouncilDecider.streams(of: command)
        try store.refresh()
        var (state, _) = try load(CouncilDecider.self, streams: streams)
        if state.enforcesRoles {
            streams += store.streamNames.filter { $0.hasPrefix("body-") }
            (state, _) = try load(CouncilDecider.self, streams: streams)
        }
        let today = CalendarDate.todayInJapan
        let identity = try caller.identity(state, on: today)
        return try Self.decideAll(CouncilDecider.self, [command], state: &state) { command, state throws(DomainError) in
            try CouncilDecider.authorize(command, actor: identity.actor, on: today, state)
        }
    }

    /// The last part of a path: the name the file was given.
    static func fileName(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/").last.map(String.init) ?? String(trimmed)
    }

    /// The files attached to a meeting, in the order attached, as the log's head has them.
    public func materials(of meeting: String) throws -> [MaterialAttached] {
        try exclusively {
            try store.refresh()
            let body = MeetingReference.parts(of: meeting)?.body ?? ""
            let state = try CouncilLoader(store: store).state(bodies: store.streamNames.contains(Streams.body(body)) ? [body] : [])
            guard MeetingReference.meeting(meeting, in: state) != nil else {
                let known = state.bodies[body].map { $0.meetings.map(MeetingReference.id(of:)) } ?? []
                throw DomainError.unknownMeeting(meeting, known: known)
            }
            return state.bodies[body]?.materials.filter { $0.meeting == meeting } ?? []
        }
    }

    /// The files attached to any body's meetings that concern an issue, in the order of bodies and attachment.
    public func materials(concerning issue: String, at point: ReadingPoint = .now) throws -> [MaterialAttached] {
        try exclusively {
            let bodies = store.streamNames.filter { $0.hasPrefix("body-") }.map { String($0.dropFirst("body-".count)) }
            let state = try loader(at: point).state(bodies: bodies)
            return state.bodiesInOrder.flatMap { $0.materials.filter { $0.issues.contains(issue) } }
        }
    }

    /// Streams a kept file, chunk by chunk, to `chunk` (a download): the attached file of the
    /// meeting whose SHA-256 begins with `sha256`.
    public func readMaterial(_ material: MaterialAttached, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let digest = SHA256Digest(hex: material.sha256) else { throw StoreError.fileAltered(sha256: material.sha256, size: 0, expected: UInt64(material.size)) }
        try files.read(StoredFile(sha256: digest, size: UInt64(material.size)), chunk)
    }

    /// Writes a kept file to a new file at `path` (a published copy, readable by all: 0644).
    public func copyMaterial(_ material: MaterialAttached, to path: String) throws {
        guard let digest = SHA256Digest(hex: material.sha256) else { throw StoreError.fileAltered(sha256: material.sha256, size: 0, expected: UInt64(material.size)) }
        try files.copy(StoredFile(sha256: digest, size: UInt64(material.size)), to: path, mode: 0o644)
    }

    /// The store's limit on a kept file's size, for a front to check a file against before it opens the store.
    public var materialSizeLimit: UInt64 { files.sizeLimit }
}
