import CouncilService
import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The real `kadai serve` on a free loopback port over a copy of the demo council, spoken to over
/// raw HTTP/1.1: a person signs in, raises an issue through its form and reads it back; every
/// answer carries the security headers; SIGTERM and SIGINT stop the server in order (exit 0)
/// with every write in the log. The command line writes the same store while the server runs,
/// and each side sees the other's writes at once (issue 13, item 5). About a second a test, so
/// in the fast set.
@Suite struct ServeProcessTests {
    /// The demo council has K-0001 … K-0015; the first new issue is K-0016.
    static let nextId = "K-0016"

    /// The headers every answer of the web application carries.
    static func expectSecurityHeaders(_ response: RawClient.Response, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let policy = response.header("Content-Security-Policy") ?? ""
        #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"),
                "\(what): Content-Security-Policy '\(policy)'", sourceLocation: sourceLocation)
        #expect(response.header("X-Content-Type-Options") == "nosniff", "\(what)", sourceLocation: sourceLocation)
        #expect(response.header("X-Frame-Options") == "DENY", "\(what)", sourceLocation: sourceLocation)
        #expect(response.header("Referrer-Policy") == "same-origin", "\(what)", sourceLocation: sourceLocation)
        #expect(response.header("Cache-Control") != nil, "\(what)", sourceLocation: sourceLocation)
    }

    /// The targets of the links of a page that start with `prefix`.
    static func links(in html: String, under prefix: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.filter { $0.hasPrefix(prefix) }
    }

    @Test func aSignedInPersonRaisesAnIssueThatOutlivesTheServer() throws {
        let served = try ServedCouncil()
        let web = WebClient(port: served.port)

        let anonymous = try web.get("/issues")
        #expect(anonymous.status == 303 && anonymous.header("Location") == "/sign-in")
        let signInPage = try web.get("/sign-in")
        #expect(signInPage.status == 200 && signInPage.header("Content-Type")?.hasPrefix("text/html") == true)
        let signedIn = try web.signIn()
        #expect(signedIn.status == 303 && signedIn.header("Location") == "/")
        let cookie = try #require(signedIn.headers("Set-Cookie").first { $0.hasPrefix("kadai_session=") })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/") && !cookie.contains("Secure"),
                "not behind a proxy: no Secure, which a browser would refuse over plain http: \(cookie)")
        let start = try web.get("/")
        #expect(start.status == 200 && start.text.contains("あなたの会議体"), "the start page")

        let title = "夜間に使える移動支援が足りない"
        let summary = "相談支援専門員の連絡会で、夜間の通院に使える移動手段がないとの報告が続いた。"
        let form = try web.get("/issues/new")
        #expect(form.status == 200 && form.text.contains("name=\"title\"") && form.text.contains("name=\"_key\""))
        let fields = [("_csrf", WebClient.hidden("_csrf", in: form.text) ?? ""), ("_key", WebClient.hidden("_key", in: form.text) ?? ""),
                      ("title", title), ("by", "soudan"), ("on", "2025-05-01"), ("source", "会議"), ("category", "移動支援"),
                      ("group", "身体"), ("summary", summary), ("_do", "record")]
        let forged = try web.post("/issues/new", form: fields.filter { $0.0 != "_csrf" })
        #expect(forged.status == 403, "a POST without the form token is refused")
        let recorded = try web.post("/issues/new", form: fields)
        #expect(recorded.status == 303 && recorded.header("Location") == "/issues/\(Self.nextId)", "\(recorded.status) \(recorded.text.prefix(300))")
        let twice = try web.post("/issues/new", form: fields)
        #expect(twice.status == 303, "the same form sent again records nothing more (counted below)")
        #expect(twice.header("Location") == "/issues/\(Self.nextId)", "sent again, it still leads to the issue it raised")

        let page = try web.get("/issues/\(Self.nextId)")
        #expect(page.status == 200 && page.text.contains(title) && page.text.contains(summary) && page.text.contains("相談支援部会"))
        // Every form the issue page links to opens: one a command an open issue takes (all but reopen).
        let forms = Self.links(in: page.text, under: "/issues/\(Self.nextId)/")
        let declared = RecordingCommands.all.filter { $0.path.first == "issue" && $0.positional != nil && $0.path != ["issue", "reopen"] }
        #expect(Set(forms) == Set(declared.map { "/issues/\(Self.nextId)/" + $0.path.dropFirst().joined(separator: "-") }), "one form a command")
        for link in forms {
            #expect(try web.get(link).status == 200, "\(link)")
        }
        let list = try web.get("/issues?body=soudan&open=on")
        #expect(list.status == 200 && list.text.contains(title))
        let css = try web.get("/assets/kadai.css")
        #expect(css.status == 200 && css.header("Content-Type")?.hasPrefix("text/css") == true)
        let missing = try web.get("/issues/K-9999")
        #expect(missing.status == 404)
        for (what, response) in [("redirect to sign-in", anonymous), ("sign-in page", signInPage), ("signed in", signedIn), ("form", form),
                                 ("refused", forged), ("recorded", recorded), ("issue page", page), ("list", list), ("style sheet", css),
                                 ("not found", missing)] {
            Self.expectSecurityHeaders(response, what)
        }

        // Signed out, the session's cookie is worth nothing, even to whoever copied it.
        let stolen = try #require(web.cookies["kadai_session"])
        let signOut = try web.get("/sign-out")
        let signedOut = try web.post("/sign-out", form: [("_csrf", WebClient.hidden("_csrf", in: signOut.text) ?? "")])
        #expect(signedOut.status == 303 && signedOut.header("Location") == "/sign-in" && web.cookies["kadai_session"] == nil)
        let replayed = try RawClient.exchange(port: served.port, "GET", "/issues/\(Self.nextId)", headers: [("Cookie", "kadai_session=\(stolen)")])
        #expect(replayed.status == 303 && replayed.header("Location") == "/sign-in")

        let stopped = served.stop(SIGTERM)
        #expect(stopped.exitCode == 0, "\(stopped)")
        #expect(stopped.stdoutLines.last == "停止しました。", "\(stopped)")
        // One access-log line a request, with the method, path and status; never who signed in or a password.
        #expect(stopped.stdoutLines.contains { $0.contains("POST /issues/new 303") })
        #expect(stopped.stdoutLines.contains { $0.contains("POST /issues/new 403") })
        #expect(stopped.stdoutLines.contains { $0.contains("GET /issues/\(Self.nextId) 200") })
        #expect(!stopped.stdout.contains(ServedCouncil.password) && !stopped.stdout.contains(ServedCouncil.login))

        let shown = try served.kadai("issue", "show", Self.nextId)
        #expect(shown.exitCode == 0 && shown.stdout.contains(title) && shown.stdout.contains("相談支援部会"), "\(shown)")
        let history = try served.kadai("issue", "history", Self.nextId)
        #expect(history.exitCode == 0 && history.stdoutLines.count == 1, "recorded once: \(history)")
        #expect(history.stdout.contains(ServedCouncil.actor), "recorded as the signed-in person's actor: \(history)")
        let listed = try served.kadai("issue", "list")
        #expect(listed.stdoutLines.count == 16, "\(listed)")
        let verified = try served.kadai("audit", "verify")
        #expect(verified.exitCode == 0, "\(verified)")
    }

    @Test func theCommandLineAndTheServerWriteTheSameStore() throws {
        let served = try ServedCouncil()
        let web = WebClient(port: served.port)
        try web.signIn()
        let title = "休日に開いている相談窓口がない"
        #expect(try !web.get("/issues").text.contains(title))

        let raised = try served.kadai("issue", "raise", "--title", title, "--by", "soudan", "--on", "2025-06-01", "--as", ServedCouncil.actor)
        #expect(raised.exitCode == 0, "\(raised)")
        let id = try #require(raised.stdoutLines.first)
        #expect(id == Self.nextId)
        // The very next page the server serves has it: no restart, no waiting.
        let page = try web.get("/issues/\(id)")
        #expect(page.status == 200 && page.text.contains(title), "\(page.status)")
        #expect(try web.get("/issues").text.contains(title))

        // The server's next issue takes the next id, not the one the command line took.
        let webTitle = "グループホームの空きが分からない"
        let recorded = try web.submit("/issues/new", [("title", webTitle), ("by", "soudan"), ("on", "2025-06-02")])
        #expect(recorded.status == 303 && recorded.header("Location") == "/issues/K-0017", "\(recorded.status) \(recorded.text.prefix(300))")
        // And the command line sees the server's write while it still runs.
        let shown = try served.kadai("issue", "show", "K-0017")
        #expect(shown.exitCode == 0 && shown.stdout.contains(webTitle), "\(shown)")
        let analysed = try served.kadai("issue", "analyze", "K-0017", "--factor", "空き状況が集まる場所がない", "--on", "2025-06-10",
                                        "--as", ServedCouncil.actor)
        #expect(analysed.exitCode == 0, "\(analysed)")
        #expect(try web.get("/issues/K-0017").text.contains("空き状況が集まる場所がない"))

        let stopped = served.stop(SIGINT)
        #expect(stopped.exitCode == 0 && stopped.stdoutLines.last == "停止しました。", "\(stopped)")
        let verified = try served.kadai("audit", "verify")
        #expect(verified.exitCode == 0, "\(verified)")
        #expect(try served.kadai("issue", "list").stdoutLines.count == 17)
    }
}
