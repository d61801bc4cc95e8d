import Accounts
import Calendar
import CouncilService
import FileSystem
import EventStore
import Hashing
import HTTPServer
import WebApp

/// `kadai serve`: the council's web application on this machine, until Ctrl-C or SIGTERM, which
/// stop it in order (no new connections, answers in flight written). Loopback unless told
/// otherwise; behind a reverse proxy for TLS (README, "The web application").
enum ServeCommand {
    static func run(_ c: Context) throws -> Int32 {
        let listen = c.command.value("listen") ?? "127.0.0.1:8080"
        let (host, port) = try address(listen)
        let service = try c.openService()
        // Before any thread starts: the server's threads inherit the mask, so only sigwait sees them.
        StopSignals.block()
        let application = WebApplication(
            service: service,
            authenticate: { login, password in
                if case .signedIn(let account)? = try? service.signIn(login, password: password) { return (account.login.text, account.actor) }
                return nil
            },
            stillAllowed: { login, startedAt in service.accountStillAllows(login, since: Timestamp(millisecondsSinceEpoch: startedAt)) },
            behindProxy: c.command.flag("behind-proxy"), japanese: c.messages.language == .ja,
            randomBytes: {
                // Without the kernel's randomness no session id can be safe: better to fail loudly.
                guard let bytes = try? SystemRandom.bytes(32) else { fatalError("getrandom failed: no safe session id can be made") }
                return bytes
            },
            now: { Timestamp.now().millisecondsSinceEpoch })
        let server: HTTPServer
        let uploads = UploadFolder.make()
        defer { if let uploads { LocalFiles.removeTree(uploads) } }
        do {
            var configuration = HTTPServer.Configuration(host: host, port: port)
            // Minutes uploaded from the web come to a private folder as they arrive, never whole in memory.
            configuration.spool = uploads.map { application.uploadSpool(directory: $0) }
            server = try HTTPServer(configuration: configuration, accessLog: { Output.out(Self.masked($0)) }, handler: application.handle)
        } catch {
            throw CommandError(ja: error.message(japanese: true) + " --listen を確かめてください。", en: error.message(japanese: false) + " Check --listen.",
                               exitCode: 1)
        }
        let shown = host.contains(":") ? "[\(host)]" : host
        c.say(c.text("kadai を http://\(shown):\(server.port)/ で開きました。ブラウザーで開いてサインインしてください。止めるときは Ctrl-C を押します。",
                     "kadai is serving at http://\(shown):\(server.port)/. Open it in a browser and sign in. Press Ctrl-C to stop."))
        if let demo = try service.demoSignIn() {
            c.say(c.text("これはデモの協議会です。ログイン名 \(demo.login)、パスワード \(demo.password) でサインインできます（パスワードは起動のたびに変わります）。",
                         "This is the demo council: sign in as \(demo.login) with the password \(demo.password) (a new one at every start)."))
        }
        StopSignals.wait()
        server.stop()
        c.say(c.text("停止しました。", "Stopped."))
        return 0
    }

    /// `127.0.0.1:8080`, `[::1]:8080` or `:8080` (loopback).
    static func address(_ text: String) throws(CommandError) -> (String, UInt16) {
        let refusal = CommandError(ja: "--listen '\(text)' を読めません。127.0.0.1:8080 のように、アドレスとポート番号をコロンでつないで書いてください。",
                                   en: "--listen cannot read '\(text)'. Write an address and a port joined by a colon, like 127.0.0.1:8080.")
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else { throw refusal }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.isEmpty { host = "127.0.0.1" }
        guard !host.contains(where: { $0 == " " || $0 == "/" || $0 == "[" || $0 == "]" }) else { throw refusal }
        return (host, port)
    }

    /// The access-log line, with a calendar feed's secret token masked: whoever reads the log
    /// must not be able to read the person's calendar.
    static func masked(_ entry: AccessLogEntry) -> String {
        guard entry.path.hasPrefix("/calendar/") else { return entry.line }
        return entry.line.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0 == entry.path ? "/calendar/…" : String($0) }.joined(separator: " ")
    }
}
