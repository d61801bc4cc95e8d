import Documents
import HTTPServer

extension WebApplication {
    /// `/sign-in`: the form, and the check. A wrong password, an unknown login and a disabled
    /// account read the same; attempts beyond the throttle are refused before any check; a good
    /// one starts a new session (a new id, whatever cookie came with the request).
    func signIn(_ request: HTTPRequest, method: String) -> HTTPResponse {
        guard method == "POST" else { return signInPage(message: nil, login: "", request: request) }
        let form = URLEncodedForm(request.body)
        // The sign-in form's token is a cookie of its own, sent back in the form: another site can
        // make a browser post here, but cannot read the cookie to put it in the form.
        guard let sent = form["_csrf"], let expected = cookie(Self.signInCookie, of: request), Self.same(sent, expected) else {
            return signInPage(message: t("error.csrf"), login: "", request: request, status: .forbidden)
        }
        let login = form["login"] ?? ""
        let password = form["password"] ?? ""
        let at = now()
        let from = address(of: request)
        guard throttle.attempt(login: login, address: from, now: at) else {
            return signInPage(message: t("signIn.throttled"), login: login, request: request, status: .tooManyRequests)
        }
        guard !login.isEmpty, !password.isEmpty, let person = authenticate(login, password) else {
            return signInPage(message: t("signIn.failed"), login: login, request: request, status: .unauthorized)
        }
        throttle.succeeded(login: person.login, address: from, attemptedAt: at)
        if let old = cookie(Self.cookieName, of: request) { sessions.end(old) }
        let session = sessions.start(login: person.login, actor: person.actor, now: at)
        var response = HTTPResponse.redirect(to: "/")
        response.headers.add("Set-Cookie", cookie(session.id, request: request))
        response.headers.add("Set-Cookie", cookie("", request: request, name: Self.signInCookie, maxAge: 0))
        return response
    }

    static let signInCookie = "kadai_sign_in"

    /// Where a request came from, for counting guesses: behind a proxy, the address it says it
    /// received the request from (the last of `X-Forwarded-For`, which it appends), since every
    /// request then comes from the proxy itself; otherwise the peer.
    func address(of request: HTTPRequest) -> String {
        if behindProxy, let forwarded = request.headers.values("X-Forwarded-For").last?.split(separator: ",").last {
            return String(forwarded.trimmingCharacters(in: " ").prefix(64))
        }
        return Self.address(of: request.peer)
    }

    /// The address of a peer without its port (`127.0.0.1:52014` → `127.0.0.1`, `[::1]:80` → `[::1]`):
    /// each new connection has a port of its own.
    static func address(of peer: String) -> String {
        if peer.hasPrefix("["), let end = peer.firstIndex(of: "]") { return String(peer[...end]) }
        return peer.lastIndex(of: ":").map { String(peer[..<$0]) } ?? peer
    }

    func signInPage(message: String?, login: String, request: HTTPRequest, status: HTTPStatus = .ok) -> HTTPResponse {
        let e = HTMLText.escape
        // One token per browser, kept while it signs in: a second tab, or the browser's own
        // request for an icon, must not void the form already on screen.
        let kept = cookie(Self.signInCookie, of: request).flatMap { $0.count == 64 && $0.allSatisfy { $0.isASCII && $0.isHexDigit } ? $0 : nil }
        let token = kept ?? SessionStore.hex(randomBytes())
        let form = """
        <form class="command" method="post" action="/sign-in">
        <input type="hidden" name="_csrf" value="\(e(token))">
        \(message.map { "<p class=\"error\" role=\"alert\">\(e($0))</p>" } ?? "")
        <div class="field"><label for="f-login">\(e(t("signIn.login")))</label>
        <input type="text" id="f-login" name="login" value="\(e(login))" autocomplete="username" required></div>
        <div class="field"><label for="f-password">\(e(t("signIn.password")))</label>
        <input type="password" id="f-password" name="password" autocomplete="current-password" required></div>
        <p class="submit"><button type="submit">\(e(t("signIn.submit")))</button></p>
        </form>
        """
        let document = Document(kind: "web.signIn", title: t("signIn.title"), language: japanese ? "ja" : "en")
        let frame = AppFrame(councilName: self.frame.councilName, japanese: japanese, signedIn: false)
        var response = HTTPResponse.html(frame.page(document, trailer: form), status: status)
        response.headers.add("Set-Cookie", cookie(token, request: request, name: Self.signInCookie))
        return response
    }

    /// `/sign-out`: a button (a link could be followed by anything), then the session ends and
    /// its cookie is cleared.
    func signOut(_ request: HTTPRequest, session: Session, method: String) -> HTTPResponse {
        guard method == "POST" else {
            let form = """
            <form class="command" method="post" action="/sign-out">
            <input type="hidden" name="_csrf" value="\(HTMLText.escape(session.formToken))">
            <p class="submit"><button type="submit">\(HTMLText.escape(t("nav.signOut")))</button></p>
            </form>
            """
            let document = Document(kind: "web.signOut", title: t("nav.signOut"), language: japanese ? "ja" : "en")
            return .html(frame.page(document, trailer: form))
        }
        sessions.end(session.id)
        var response = HTTPResponse.redirect(to: "/sign-in")
        response.headers.add("Set-Cookie", cookie("", request: request, maxAge: 0))
        return response
    }
}
