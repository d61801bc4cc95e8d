import Calendar
import JSON

/// A file was attached to a meeting: its minutes (議事録) or a material (資料). The file is not in
/// the event: it is kept beside the log under its SHA-256, which the record carries with its size,
/// so the record proves the file. Only a file marked public is ever published.
public struct MaterialAttached: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MaterialAttached"
    public var body: String
    /// The meeting's id (`MeetingReference`), `soudan-2024-3`.
    public var meeting: String
    public var kind: MaterialKind
    public var title: String
    /// The file's name as it was given, without any folder (`第3回議事録.pdf`).
    public var file: String
    public var mediaType: String
    public var size: Int
    /// Lower-case hex.
    public var sha256: String
    public var isPublic: Bool
    /// The issues it concerns: by default those the meeting took up.
    public var issues: [String]
    /// The day it was attached.
    public var on: CalendarDate

    public init(body: String, meeting: String, kind: MaterialKind, title: String, file: String, mediaType: String, size: Int,
                sha256: String, isPublic: Bool, issues: [String], on: CalendarDate) {
        self.body = body
        self.meeting = meeting
        self.kind = kind
        self.title = title
        self.file = file
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.isPublic = isPublic
        self.issues = issues
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        meeting = try d.string("meeting")
        kind = try d.word("kind", as: MaterialKind.self)
        title = try d.string("title")
        file = try d.string("file")
        mediaType = try d.string("mediaType")
        size = try d.int("size")
        sha256 = try d.string("sha256")
        isPublic = try d.bool("public")
        issues = try d.strings("issues")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("meeting", meeting)
        w.set("kind", kind)
        w.set("title", title)
        w.set("file", file)
        w.set("mediaType", mediaType)
        w.set("size", size)
        w.set("sha256", sha256)
        w.set("public", isPublic)
        w.set("issues", issues)
        w.set("on", on)
        return w.object
    }
}

/// An attached file was made public, or withdrawn from publication (a mistake corrected, or
/// minutes that turned out to name someone). The attaching record stays; the site follows the last.
public struct MaterialPublicationChanged: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MaterialPublicationChanged"
    public var body: String
    public var meeting: String
    public var sha256: String
    public var isPublic: Bool
    public var reason: String?
    public var on: CalendarDate

    public init(body: String, meeting: String, sha256: String, isPublic: Bool, reason: String?, on: CalendarDate) {
        self.body = body
        self.meeting = meeting
        self.sha256 = sha256
        self.isPublic = isPublic
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        meeting = try d.string("meeting")
        sha256 = try d.string("sha256")
        isPublic = try d.bool("public")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("meeting", meeting)
        w.set("sha256", sha256)
        w.set("public", isPublic)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}
