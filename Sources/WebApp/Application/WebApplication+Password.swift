import Accounts
import CouncilService
import Documents
import HTTPServer

extension WebApplication {
    /// `/password`: a person changes their own password — the current one, then the new one twice.
    /// Every other session of the account ends; this one goes on under a new id.
    func changePassword(_ request: HTTPRequest, session: Session, method: String) throws -> HTTPResponse {
        var error: String?
        if method == "POST" {
            let form = URLEncodedForm(request.body)
            let (current, new, again) = (form["current"] ?? "", form["new"] ?? "", form["again"] ?? "")
            let text = RefusalText(japanese: japanese)
            let (from, at) = (address(of: request), now())
            if new != again {
                error = t("password.mismatch")
            } else if !throttle.attempt(login: session.login, address: from, now: at) {
                // The current password is guessed here as at the sign-in, and counted with it.
                error = t("signIn.throttled")
            } else {
                do {
                    try service.changeOwnPassword(session.login, current: current, new: new)
                    throttle.succeeded(login: session.login, address: from, attemptedAt: at)
                    sessions.endAll(login: session.login)
                    let renewed = sessions.start(login: session.login, actor: session.actor, now: now())
                    var response = page(title: t("password.title"), message: t("password.changed"))
                    response.headers.add("Set-Cookie", cookie(renewed.id, request: request))
                    return response
                } catch let refusal as SignInRefusal {
                    error = text.describe(refusal)
                } catch let refusal as AccountError {
                    error = text.describe(refusal)
                }
            }
        }
        let e = HTMLText.escape
        func field(_ name: String, _ label: String, _ autocomplete: String) -> String {
            "<div class=\"field\"><label for=\"f-\(name)\">\(e(label))</label><input type=\"password\" id=\"f-\(name)\" name=\"\(name)\" autocomplete=\"\(autocomplete)\" required></div>"
        }
        let form = """
        <form class="command" method="post" action="/password">
        <input type="hidden" name="_csrf" value="\(e(session.formToken))">
        \(error.map { "<p class=\"error\" role=\"alert\">\(e($0))</p>" } ?? "")
        \(field("current", t("password.current"), "current-password"))
        \(field("new", t("password.new"), "new-password"))
        \(field("again", t("password.again"), "new-password"))
        <p class="hint">\(e(t("password.rules")))</p>
        <p class="submit"><button type="submit">\(e(t("password.submit")))</button></p>
        </form>
        """
        let document = Document(kind: "web.password", title: t("password.title"), language: japanese ? "ja" : "en")
        return .html(frame.page(document, trailer: form), status: error == nil ? .ok : .unprocessableContent)
    }
}
