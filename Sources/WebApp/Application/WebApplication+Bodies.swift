import Calendar
import CouncilService
import Documents
import HTTPServer

extension WebApplication {
    /// `/bodies`, `/bodies/new`, `/bodies/soudan`, `/bodies/soudan/meeting-record` …
    func bodies(_ request: HTTPRequest, session: Session, segments: [String], method: String) throws -> HTTPResponse {
        let pages = BodyPages(japanese: japanese)
        let up = Link(t("nav.bodies"), "/bodies")
        switch (method, segments.count) {
        case ("GET", 0): return .html(frame.page(pages.list(try service.bodies())))
        case (_, 1) where segments[0] == "new":
            return try commandForm(request, session: session, declaration: RecordingCommands.named("body establish")!, positional: "", method: method,
                                   action: "/bodies/new", crumbs: [up]) { _ in "/bodies" }
        case ("GET", 1):
            let (asOf, knownAt) = (request.queryItems["as-of"], request.queryItems["known-at"])
            let point = try ReadingPointField.parse(asOf: asOf, knownAt: knownAt, today: .todayInJapan)
            return .html(frame.page(pages.page(try service.bodyView(segments[0], at: point), today: .todayInJapan), crumbs: [up],
                                    leader: ReadingPointField.form(action: BodyPages.path(segments[0]), asOf: asOf, knownAt: knownAt, japanese: japanese)))
        case (_, 2) where segments[1] == Self.uploadRoute:
            return try uploadForm(request, session: session, body: segments[0], method: method, crumbs: [up, Link(segments[0], BodyPages.path(segments[0]))])
        case ("GET", 3) where segments[1] == "files":
            return try material(body: segments[0], sha256: segments[2])
        case (_, 2):
            guard let command = BodyPages.commands.first(where: { $0.route == segments[1] }) else { return notFound() }
            let id = segments[0]
            _ = try service.bodyView(id)
            // A command about one of the body's meetings (a file's publication) is given the meeting's id in the form.
            let positional = command.declaration.positional?.name == "MEETING" ? "" : id
            return try commandForm(request, session: session, declaration: command.declaration, positional: positional, method: method,
                                   action: BodyPages.form(id, command.route), crumbs: [up, Link(id, BodyPages.path(id))]) { _ in BodyPages.path(id) }
        default: return notFound()
        }
    }

    /// `/documents`: every 年度 with something recorded in it, latest first.
    func documentIndex() throws -> HTTPResponse {
        .html(frame.page(BodyPages(japanese: japanese).documentIndex(years: try service.activeYears())))
    }
}
