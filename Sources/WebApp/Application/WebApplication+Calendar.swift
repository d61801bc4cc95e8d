import Calendar
import CouncilService
import Documents
import EventStore
import HTTPServer

extension WebApplication {
    /// `/calendar/TOKEN.ics` and `/calendar/TOKEN/BODY.ics`: the feeds a calendar program reads
    /// with no session — the secret token in the address is what lets it. An unknown token, or one
    /// of an account disabled since, is a 404 like any address that leads nowhere.
    func calendarFeed(_ segments: [String]) throws -> HTTPResponse {
        guard (2...3).contains(segments.count), let last = segments.last, last.hasSuffix(".ics") else { return HTTPResponse(status: .notFound) }
        let token = segments.count == 2 ? String(last.dropLast(4)) : segments[1]
        let body = segments.count == 3 ? String(last.dropLast(4)) : nil
        guard token.count == 64, token.allSatisfy(\.isHexDigit), let login = try service.calendarTokens.login(of: token),
              let account = try service.accounts.list().first(where: { $0.login.text == login }), !account.disabled,
              let entries = try service.calendar(for: account.actor, only: body)
        else { return HTTPResponse(status: .notFound) }
        let name = ((try? service.councilName()) ?? nil ?? "kadai") + (body.map { " \($0)" } ?? "")
        let feed = ICalendarFeed(name: name, entries: entries, japanese: japanese, madeAt: Timestamp(millisecondsSinceEpoch: now())).render()
        var response = HTTPResponse(status: .ok, headers: ["Content-Type": "text/calendar; charset=utf-8"], body: Array(feed.utf8))
        response.headers.set("Cache-Control", "private, max-age=900")
        return response
    }

    /// `/calendar`: the person's feed addresses (theirs, and each of their bodies'), and a button
    /// that renews the token when an address was shared too widely.
    func calendarPage(_ request: HTTPRequest, session: Session, method: String) throws -> HTTPResponse {
        let tokens = service.calendarTokens
        let token = method == "POST" ? try tokens.renew(for: session.login) : try tokens.token(for: session.login)
        let origin = (behindProxy ? "https://" : "http://") + (request.headers["Host"] ?? "127.0.0.1")
        let overview = try service.overview(for: session.actor, on: .todayInJapan, since: nil)
        let mine = origin + "/calendar/\(token).ics"
        var fields = [Field(t("calendar.mine"), mine)]
        fields += overview.bodies.map { Field($0.name, origin + "/calendar/\(token)/" + IssuePaths.encode($0.id) + ".ics") }
        let document = Document(kind: "web.calendar", title: t("calendar.title"),
                                blocks: [.paragraph(t("calendar.how")), .fields(fields), .note(t("calendar.secret"))], language: japanese ? "ja" : "en")
        let e = HTMLText.escape
        let renew = """
        <form class="command" method="post" action="/calendar">
        <input type="hidden" name="_csrf" value="\(e(session.formToken))">
        <p class="submit"><button type="submit">\(e(t("calendar.renew")))</button></p>
        </form>
        """
        return .html(frame.page(document, trailer: renew))
    }
}
