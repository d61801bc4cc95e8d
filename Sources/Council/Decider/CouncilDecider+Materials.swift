import Calendar

extension CouncilDecider {
    /// A file attached to a meeting: the meeting must be recorded, the title one line, the file's
    /// name a name (no folder), the issues known, and the same file not attached to it already.
    static func attach(_ command: MaterialAttached, _ state: CouncilState, ids: IdRule.Letters) throws(DomainError) -> [CouncilEvent] {
        var e = command
        let meeting = try meeting(e.meeting, state)
        e.body = meeting.body
        e.title = try line(e.title, "title")
        e.file = try fileName(e.file)
        e.mediaType = MediaType.of(fileName: e.file)
        guard e.size >= 0 else { throw .invalidId(field: "size", id: "\(e.size)") }
        guard e.sha256.count == 64, e.sha256.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            throw .invalidId(field: "sha256", id: e.sha256)
        }
        // Issues named are checked; the meeting's own were when it was recorded (and are not read now).
        for issue in e.issues where state.issues[issue] == nil { throw .unknownIssue(issue, known: state.issueOrder) }
        if e.issues.isEmpty { e.issues = meeting.issues }
        if let kept = state.bodies[meeting.body]?.materials.first(where: { $0.meeting == e.meeting && $0.sha256 == e.sha256 }) {
            throw .duplicateMaterial(meeting: e.meeting, sha256: e.sha256, title: kept.title)
        }
        return [.materialAttached(e)]
    }

    /// A file made public or withdrawn from publication; nothing when it already is so.
    static func setPublication(_ command: MaterialPublicationChanged, _ state: CouncilState) throws(DomainError) -> [CouncilEvent] {
        var e = command
        let meeting = try meeting(e.meeting, state)
        e.body = meeting.body
        let attached = state.bodies[meeting.body]?.materials.filter { $0.meeting == e.meeting } ?? []
        let given = e.sha256.lowercased()
        let matching = attached.filter { given.count >= 8 && $0.sha256.hasPrefix(given) }
        guard matching.count == 1, let material = matching.first else {
            throw .unknownMaterial(meeting: e.meeting, sha256: e.sha256, known: attached.map(\.sha256))
        }
        e.sha256 = material.sha256
        e.reason = try optionalText(e.reason, "reason")
        return material.isPublic == e.isPublic ? [] : [.materialPublicationChanged(e)]
    }

    static func meeting(_ id: String, _ state: CouncilState) throws(DomainError) -> MeetingRecorded {
        guard let meeting = MeetingReference.meeting(id, in: state) else {
            let body = MeetingReference.parts(of: id).flatMap { state.bodies[$0.body] }
            throw .unknownMeeting(id, known: body.map { $0.meetings.map(MeetingReference.id(of:)) } ?? MeetingReference.ids(in: state))
        }
        return meeting
    }

    /// A file's name as given, on one line, without a folder: no `/` or `\`, not `.` or `..`.
    static func fileName(_ name: String) throws(DomainError) -> String {
        let name = try line(name, "file name")
        guard !name.contains("/"), !name.contains("\\"), name != ".", name != ".." else { throw .invalidFileName(name) }
        return name
    }
}
