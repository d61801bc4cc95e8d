import Calendar
import Council
import CouncilService
import Documents
import EventStore
import Hashing
import HTTPServer

/// The council's web application (DESIGN §11) behind `kadai serve`: routes, sessions and forms
/// on the service, and nothing else. Every page but the sign-in asks for a session; every POST
/// for the session's form token; every write is recorded as the signed-in person's actor; every
/// response carries the security headers.
public final class WebApplication: @unchecked Sendable {
    /// Checks a sign-in: the account's login as the account book names it and its council actor
    /// when the password is right (and the account enabled), nil otherwise — one answer whether or
    /// not the login exists.
    public typealias Authenticate = @Sendable (_ login: String, _ password: String) -> (login: String, actor: String)?
    /// Whether a session of the login started at the time given may go on (the account is not
    /// disabled and its password has not changed since): asked at every request, so a reset or a
    /// disabling by the administrator, even from the command line, ends the sessions at once.
    public typealias StillAllowed = @Sendable (_ login: String, _ startedAt: Int64) -> Bool

    let service: CouncilService
    let authenticate: Authenticate
    let stillAllowed: StillAllowed
    let sessions: SessionStore
    let throttle: SignInThrottle
    let pageCache = PageCache()
    /// Behind a reverse proxy that terminates TLS: cookies are `Secure`, and the address guesses
    /// are counted by is the one the proxy forwards (`X-Forwarded-For`), trusted only then.
    let behindProxy: Bool
    let randomBytes: @Sendable () -> [UInt8]
    let now: @Sendable () -> Int64
    let japanese: Bool

    public init(service: CouncilService, authenticate: @escaping Authenticate, stillAllowed: @escaping StillAllowed = { _, _ in true },
                behindProxy: Bool = false, japanese: Bool = true,
                randomBytes: @escaping @Sendable () -> [UInt8], now: @escaping @Sendable () -> Int64,
                sessionLimits: SessionStore.Limits = .init(), throttleLimits: SignInThrottle.Limits = .init()) {
        self.service = service
        self.authenticate = authenticate
        self.stillAllowed = stillAllowed
        self.behindProxy = behindProxy
        self.japanese = japanese
        self.randomBytes = randomBytes
        self.now = now
        sessions = SessionStore(limits: sessionLimits, randomBytes: randomBytes)
        throttle = SignInThrottle(limits: throttleLimits)
    }

    static let cookieName = "kadai_session"

    func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }

    /// Answers one request; what the service refuses or cannot do becomes a page, never a crash.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        var response = route(request)
        Self.secure(&response)
        return response
    }

    func route(_ request: HTTPRequest) -> HTTPResponse {
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let method = request.method == "HEAD" ? "GET" : request.method
        switch (method, segments.first) {
        case ("GET", "assets"): return asset(segments)
        case ("GET", "favicon.ico"): return HTTPResponse(status: .notFound)
        case (_, "sign-in"): return signIn(request, method: method)
        case ("GET", "calendar") where segments.count > 1: return (try? calendarFeed(segments)) ?? HTTPResponse(status: .notFound)
        default: break
        }
        guard let session = session(of: request) else { return .redirect(to: "/sign-in") }
        if method == "POST" && MultipartForm.boundary(of: request.headers["Content-Type"]) != nil {
            // Only the upload form takes a multipart body, and it checks the form's token itself before anything else.
            guard Self.isUpload(request.path) else { return HTTPResponse.text("Unsupported Media Type\n", status: .unsupportedMediaType) }
        } else if method == "POST" {
            let form = URLEncodedForm(request.body)
            guard let token = form["_csrf"], Self.same(token, session.formToken) else {
                return page(status: .forbidden, title: t("error.forbidden.title"), message: t("error.csrf"))
            }
        } else if method != "GET" {
            return HTTPResponse.text("Method Not Allowed\n", status: .methodNotAllowed)
        }
        do {
            guard method == "GET", Self.sameForEveryVisit(segments), request.queryItems["public"] != "on" else {
                return try answer(request, session: session, segments: segments, method: method)
            }
            // Read before the page is made: the page shows at least what the log held at this head.
            let head = try service.currentHead()
            let day = CalendarDate.todayInJapan.description
            let key = PageCache.Key(actor: session.actor, target: request.target.rawPath + (request.query.map { "?" + $0 } ?? ""), day: day)
            if let kept = pageCache.page(key, head: head) { return kept }
            let response = try answer(request, session: session, segments: segments, method: method)
            // A page made across midnight may count the days from either: kept under neither.
            if response.status == .ok && CalendarDate.todayInJapan.description == day { pageCache.keep(response, for: key, head: head) }
            return response
        } catch {
            return failure(error)
        }
    }

    /// Whether the page at `segments` is made from the log, the reader and the day alone: not a
    /// form (whose token and key are the session's), not the start page (what changed since the
    /// person's last visit) nor the calendar page (their feed's secret address). A public
    /// document (`?public=on`) is not kept either: it walks the chain again every few minutes.
    static func sameForEveryVisit(_ segments: [String]) -> Bool {
        switch (segments.first, segments.count) {
        case ("issues", 1), ("bodies", 1), ("audit", 1), ("search", 1), ("documents", _): return true
        case ("issues", 2), ("bodies", 2): return segments[1] != "new"
        default: return false
        }
    }

    func answer(_ request: HTTPRequest, session: Session, segments: [String], method: String) throws -> HTTPResponse {
        switch (method, segments.first) {
        case ("GET", nil): return try start(session)
        case (_, "sign-out"): return signOut(request, session: session, method: method)
        case (_, "calendar") where segments.count == 1: return try calendarPage(request, session: session, method: method)
        case (_, "password") where segments.count == 1: return try changePassword(request, session: session, method: method)
        case (_, "issues"): return try issues(request, session: session, segments: Array(segments.dropFirst()), method: method)
        case ("GET", "documents") where segments.count == 1: return try documentIndex()
        case ("GET", "documents"): return try document(request, session: session, segments: Array(segments.dropFirst()))
        case (_, "bodies"): return try bodies(request, session: session, segments: Array(segments.dropFirst()), method: method)
        case ("GET", "audit") where segments.count == 1: return try auditLog(request)
        case ("GET", "search") where segments.count == 1: return try search(request, session: session)
        default: return notFound()
        }
    }

    /// `/`: the signed-in person's start page.
    func start(_ session: Session) throws -> HTTPResponse {
        let since = session.previousVisit.map { Timestamp(millisecondsSinceEpoch: $0) }
        let overview = try service.overview(for: session.actor, on: .todayInJapan, since: since)
        return .html(frame.page(StartPage(overview: overview, councilName: frame.councilName, japanese: japanese).document()))
    }

    // MARK: Sessions

    /// The value of the cookie `name` the request carries, read without splitting the rest: asked
    /// at every request. A name sent twice counts as not sent: a second cookie of that name, set
    /// for a longer path by someone who could set cookies for this host, would otherwise be sent
    /// first and stand in for the person's own.
    func cookie(_ name: String, of request: HTTPRequest) -> String? {
        let space = UInt8(ascii: " ")
        var found: String?
        for header in request.headers.values("Cookie") {
            for pair in header.utf8.split(separator: UInt8(ascii: ";")) {
                let trimmed = pair.drop { $0 == space }
                guard let equals = trimmed.firstIndex(of: UInt8(ascii: "=")), trimmed[..<equals].elementsEqual(name.utf8) else { continue }
                guard found == nil else { return nil }
                let value = trimmed[trimmed.index(after: equals)...].drop { $0 == space }
                found = String(decoding: value.prefix(value.count - value.reversed().prefix { $0 == space }.count), as: UTF8.self)
            }
        }
        return found
    }

    func session(of request: HTTPRequest) -> Session? {
        guard let session = cookie(Self.cookieName, of: request).flatMap({ sessions.session($0, now: now()) }) else { return nil }
        guard stillAllowed(session.login, session.startedAt) else {
            sessions.endAll(login: session.login)
            return nil
        }
        return session
    }

    /// The cookie that carries a session: never readable by scripts, never sent from another
    /// site, `Secure` behind the HTTPS proxy.
    func cookie(_ value: String, request: HTTPRequest, name: String = WebApplication.cookieName, maxAge: Int? = nil) -> String {
        // Behind the proxy the README sets up, every request came over HTTPS.
        let secure = behindProxy
        return "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "") + (maxAge.map { "; Max-Age=\($0)" } ?? "")
    }

    /// Equal strings, compared in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool { ConstantTime.equal(Array(a.utf8), Array(b.utf8)) }

    // MARK: Responses

    /// On every response: no script, style or frame from anywhere else, nothing inline, no
    /// sniffing, no referrer leaving the site, never framed, never cached.
    static func secure(_ response: inout HTTPResponse) {
        response.headers.set("Content-Security-Policy",
                             "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "same-origin")
        response.headers.set("X-Frame-Options", "DENY")
        if !response.headers.contains("Cache-Control") { response.headers.set("Cache-Control", "no-store") }
    }

    func asset(_ segments: [String]) -> HTTPResponse {
        let sheet: String
        switch segments.dropFirst().first {
        case "kadai.css": sheet = AppPageHTML.styleSheet + WebStyle.sheet
        case "kadai-wide.css": sheet = AppPageHTML.wideStyleSheet
        default: return notFound()
        }
        var response = HTTPResponse(status: .ok, headers: ["Content-Type": "text/css; charset=utf-8"], body: Array(sheet.utf8))
        response.headers.set("Cache-Control", "max-age=3600")
        return response
    }

    func page(status: HTTPStatus = .ok, title: String, message: String) -> HTTPResponse {
        let document = Document(kind: "web.message", title: title, blocks: [.paragraph(message)], language: japanese ? "ja" : "en")
        return .html(frame.page(document), status: status)
    }

    var frame: AppFrame { AppFrame(councilName: ((try? service.councilName()) ?? nil) ?? "kadai", japanese: japanese) }

    func notFound() -> HTTPResponse { page(status: .notFound, title: t("error.notFound.title"), message: t("error.notFound")) }

    /// A refusal of the service as a page a person can act on; anything else as a plain failure.
    func failure(_ error: Error) -> HTTPResponse {
        let text = RefusalText(japanese: japanese)
        switch error {
        case let refusal as DomainError:
            return page(status: .notFound, title: t("error.refused.title"), message: text.describe(refusal, bodies: [], issues: []))
        case let refusal as QueryRefusal:
            return page(status: .badRequest, title: t("error.refused.title"), message: text.describe(refusal, fieldName: { "「\($0)」" }))
        case let refusal as InputRefusal:
            return page(status: .badRequest, title: t("error.refused.title"), message: refusal.text(japanese: japanese, fieldName: refusal.field ?? ""))
        default:
            return page(status: .internalServerError, title: t("error.failed.title"), message: t("error.failed"))
        }
    }
}
