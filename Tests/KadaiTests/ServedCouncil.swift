import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `kadai serve --listen 127.0.0.1:0` on a scratch copy of the demo council, with one sign-in
/// account for its secretariat (or more, all of them its). The port is read from the first line the server prints. A server
/// the test did not stop is killed when this goes away, so a failure never leaves one running.
final class ServedCouncil {
    static let login = "jimu"
    static let password = "correct horse battery"
    /// The demo council's secretariat, the actor of every write it made.
    static let actor = "sample-city-secretariat"

    let scratch: Scratch
    private(set) var server: ChildProcess
    private(set) var port: UInt16
    var store: String { scratch.store }
    var address: String { "http://127.0.0.1:\(port)" }

    /// `logins`: more accounts beside `jimu`, each for the same actor with the same password.
    convenience init(logins: [String] = []) throws {
        try self.init(scratch: try DemoCouncilTests.embeddedCopy(), accounts: ([Self.login] + logins).map { ($0, Self.actor) })
    }

    /// The store of `scratch`, with an account for each login and actor given, all with the same password.
    init(scratch: Scratch, accounts: [(login: String, actor: String)]) throws {
        self.scratch = scratch
        for (login, actor) in accounts {
            let added = try ChildProcess(try Tools.kadai(), ["account", "add", login, "--actor", actor, "--store", scratch.store],
                                         input: Array("\(Self.password)\n".utf8)).finish(timeout: Tools.timeout)
            guard added.exitCode == 0 else { throw UnexpectedOutput(what: "kadai account add failed", outcome: added) }
        }
        (server, port) = try Self.start(on: scratch.store)
    }

    /// A new server on the same store, once the last one has stopped or been killed; it may listen
    /// on another port, and nobody is signed in to it.
    func restart() throws {
        precondition(server.hasExited, "the server still runs")
        (server, port) = try Self.start(on: store)
    }

    private static func start(on store: String) throws -> (ChildProcess, UInt16) {
        let server = try ChildProcess(try Tools.kadai(), ["serve", "--listen", "127.0.0.1:0", "--store", store])
        let first = server.waitForLine(timeout: 60) { $0.contains("http://127.0.0.1:") }
        guard let first, let port = Self.port(in: server.lines[first]) else {
            server.send(SIGKILL)
            throw UnexpectedOutput(what: "kadai serve printed no address", outcome: server.finish(timeout: 10))
        }
        return (server, port)
    }

    deinit {
        if !server.hasExited {
            server.send(SIGKILL)
            _ = server.finish(timeout: 10)
        }
    }

    /// The port of the first `http://127.0.0.1:PORT/` in a line.
    static func port(in line: String) -> UInt16? {
        guard let start = line.range(of: "http://127.0.0.1:") else { return nil }
        return UInt16(line[start.upperBound...].prefix { $0.isNumber })
    }

    /// Sends the signal and waits for the server to end.
    func stop(_ signal: Int32 = SIGTERM) -> Outcome {
        server.send(signal)
        return server.finish(timeout: 30)
    }

    /// Runs `kadai` on the served store while the server runs.
    func kadai(_ arguments: String...) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), arguments + ["--store", store]).finish(timeout: Tools.timeout)
    }
}

/// A browser without a browser: requests over loopback, one connection each (or one kept open for
/// them all, as a browser keeps it), with the cookies the server set sent back, and forms posted
/// URL-encoded as a browser posts them.
final class WebClient {
    let port: UInt16
    /// The loopback address it connects from (`127.0.0.9`: a machine of its own); the system's when nil.
    let source: String?
    let keepsAlive: Bool
    private var connection: RawClient?
    private(set) var cookies: [String: String] = [:]

    init(port: UInt16, from source: String? = nil, keepsAlive: Bool = false) {
        self.port = port
        self.source = source
        self.keepsAlive = keepsAlive
    }

    func get(_ target: String) throws -> RawClient.Response { try request("GET", target) }

    func post(_ target: String, form: [(String, String)]) throws -> RawClient.Response {
        try request("POST", target, body: Array(Self.encoded(form).utf8), headers: [("Content-Type", "application/x-www-form-urlencoded")])
    }

    func request(_ method: String, _ target: String, body: [UInt8] = [], headers: [(String, String)] = []) throws -> RawClient.Response {
        var sent = headers
        if !cookies.isEmpty { sent.append(("Cookie", cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))) }
        let response = try keepsAlive ? exchangeKeepingAlive(method, target, headers: sent, body: body)
                                       : RawClient.exchange(port: port, method, target, headers: sent, body: body, from: source)
        for header in response.headers("Set-Cookie") {
            let pair = header.prefix { $0 != ";" }.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = pair.count > 1 ? String(pair[1]) : ""
            cookies[String(pair[0])] = value.isEmpty ? nil : value
        }
        return response
    }

    /// On the open connection, or a new one; a connection the server closes is not used again.
    private func exchangeKeepingAlive(_ method: String, _ target: String, headers: [(String, String)], body: [UInt8]) throws -> RawClient.Response {
        let open = try connection ?? RawClient(port: port, from: source, timeout: .seconds(30))
        guard let response = open.exchange(method, target, headers: headers, body: body) else {
            connection = nil
            throw RawClient.Failure(description: "\(method) \(target) on port \(port): no whole answer")
        }
        connection = response.header("Connection")?.lowercased() == "close" ? nil : open
        return response
    }

    /// The sign-in form fetched and sent back with its token.
    @discardableResult
    func signIn(login: String = ServedCouncil.login, password: String = ServedCouncil.password) throws -> RawClient.Response {
        let page = try get("/sign-in")
        return try post("/sign-in", form: [("_csrf", Self.hidden("_csrf", in: page.text) ?? ""), ("login", login), ("password", password)])
    }

    /// A form fetched, filled and sent with the hidden inputs it came with (`_csrf`, `_key`, `_id`).
    func submit(_ target: String, _ fields: [(String, String)]) throws -> RawClient.Response {
        let page = try get(target)
        let hidden = ["_csrf", "_key", "_id", "_seen"].compactMap { name in Self.hidden(name, in: page.text).map { (name, $0) } }
        return try post(target, form: hidden + fields + [("_do", "record")])
    }

    /// The value of a hidden input of a page.
    static func hidden(_ name: String, in html: String) -> String? {
        guard let r = html.range(of: "type=\"hidden\" name=\"\(name)\" value=\"") else { return nil }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }

    /// `application/x-www-form-urlencoded`: every byte but letters and digits percent-encoded.
    static func encoded(_ pairs: [(String, String)]) -> String {
        func encode(_ text: String) -> String {
            text.utf8.map { b in
                (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) ? String(UnicodeScalar(b)) : String(format: "%%%02X", b)
            }.joined()
        }
        return pairs.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }
}
