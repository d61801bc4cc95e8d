import Foundation
import Hashing

extension KadaiBench {
    /// `kadai-bench web`: `kadai serve` (the one beside this program) on the store, `--clients`
    /// people signed in, each on one kept-alive connection from a loopback address of its own,
    /// requesting one page as fast as answers come for `--seconds`: the issue page, the issue
    /// list, a search and a review sheet; requests/s and the p50/p99 time of an answer. Then the
    /// same client against nginx serving `kadai site` output of the same store: the same issue's
    /// page, the top page (its list of issues) and the same review sheet. The accounts it signs
    /// in with (`kadai-bench-1` …, ten people each, recording as `kadai-bench`) are added to the
    /// store, or given a new password when there.
    func web() {
        let clients = number("clients", default: 50)
        let seconds = Double(number("seconds", default: 20))
        guard clients <= 240 else { Self.fail("--clients takes at most 240: each connects from an address of its own, 127.0.0.10 to 127.0.0.249.") }
        let kadai = Self.sibling("kadai")
        guard access(kadai, X_OK) == 0 else { Self.fail("'\(kadai)' is not there: build it beside kadai-bench (swift build -c release).") }
        let folder = Self.temporaryFolder()

        let password: String
        do { password = try SystemRandom.bytes(16).map { String(format: "%02x", $0) }.joined() } catch { Self.fail("\(error)") }
        let passwordFile = folder + "/password"
        guard FileManager.default.createFile(atPath: passwordFile, contents: Data((password + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            Self.fail("cannot write '\(passwordFile)'")
        }
        let logins = (1...((clients + 9) / 10)).map { "kadai-bench-\($0)" }
        for login in logins {
            let common = ["--password-file", passwordFile, "--store", storePath]
            if Self.run(kadai, ["account", "add", login, "--actor", "kadai-bench"] + common, log: folder + "/account.log") != 0
                && Self.run(kadai, ["account", "reset", login] + common, log: folder + "/account.log") != 0 {
                Self.fail("kadai account add \(login) failed:\n" + ((try? String(contentsOfFile: folder + "/account.log", encoding: .utf8)) ?? ""))
            }
        }

        func start() -> (pid: pid_t, people: [Person]) {
            let server = Self.serve(kadai, store: storePath, log: folder + "/serve.log")
            return (server.pid, Self.signIn(clients, logins: logins, password: password, port: server.port))
        }
        var server = start()
        let pages = WebPages.find(server.people[0].connection, cookie: server.people[0].cookie)
        var kadaiFigures: [String: Figure] = [:]
        for (name, target) in [("issue_page", pages.issue), ("issue_list", "/issues"), ("search", "/search?q=%E6%94%AF%E6%8F%B4"), ("review_sheet", pages.sheet)] {
            Figures.note("kadai: \(name) \(target)")
            let requests = server.people.map { $0.connection.request("GET", target, headers: [("Cookie", "kadai_session=\($0.cookie)")]) }
            let figure = Self.measure(server.people.map(\.connection), requests, seconds: seconds)
            figure.print("web.\(name)")
            kadaiFigures[name] = figure
            if figure.unanswered > 0 {
                // The server is still making the answers no one waits for: the next page would be measured beside them.
                Figures.note("kadai: \(figure.unanswered) requests for \(name) unanswered; the server is started again for the next page")
                Self.stop(server.pid, SIGTERM)
                server = start()
            }
            Self.measureMaking(target, name: name, person: server.people[0])
        }
        Self.stop(server.pid, SIGTERM)

        guard access(Self.nginx, X_OK) == 0 else { return Figures.note("\(Self.nginx) is not there (apt-get install nginx): no figures beside nginx.") }
        let site = folder + "/site"
        let t0 = Figures.now()
        guard Self.spawnAndWait(kadai, ["site", "--out", site, "--store", storePath]).status == 0 else { Self.fail("kadai site --out \(site) failed") }
        Figures.note("kadai site wrote the pages in \(Int(Figures.now() - t0)) s")
        let nginx = Self.startNginx(root: site, folder: folder)
        let connections = (0..<clients).map { HTTPConnection(port: nginx.port, from: Self.address(of: $0)) }
        for (name, file) in [("issue_page", "/issues/\(pages.issueId).html"), ("issue_list", "/index.html"),
                             ("review_sheet", "/years/\(pages.sheetYear)/sheet-\(pages.sheetBody).html")] {
            guard FileManager.default.fileExists(atPath: site + file) else {
                Figures.note("the site has no \(file): no nginx.\(name)")
                continue
            }
            Figures.note("nginx: \(name) \(file)")
            let figure = Self.measure(connections, connections.map { $0.request("GET", file) }, seconds: seconds)
            figure.print("nginx.\(name)")
            if let ours = kadaiFigures[name], figure.rps > 0 { Figures.print("web.\(name).rps_pct_of_nginx", 100 * ours.rps / figure.rps, "%") }
        }
        Self.stop(nginx.pid, SIGQUIT)
    }

    /// The page made afresh, as after any write: the server keeps a page made for one person at
    /// the log's head and answers the same address from it until the next write, so the figures
    /// above time pages kept. Here each request's address differs (`fresh=N`, which no page reads),
    /// one after another on one connection: `web.NAME.made_p50_ms` and `.made_max_ms`.
    static func measureMaking(_ target: String, name: String, person: Person) {
        var times: [Double] = []
        for n in 0..<20 {
            let t0 = Figures.now()
            let answer: HTTPConnection.Answer
            do {
                answer = try person.connection.exchange(person.connection.request("GET", target + (target.contains("?") ? "&" : "?") + "fresh=\(n)",
                                                                                  headers: [("Cookie", "kadai_session=\(person.cookie)")]))
            } catch { Self.fail("GET \(target) afresh: \(error)") }
            guard answer.status == 200 else { Self.fail("GET \(target) afresh answered \(answer.status)") }
            times.append((Figures.now() - t0) * 1000)
        }
        times.sort()
        Figures.print("web.\(name).made_p50_ms", Figures.percentile(times, 0.5), "ms")
        Figures.print("web.\(name).made_max_ms", times.last ?? 0, "ms")
    }

    /// A person signed in: their connection and session cookie.
    struct Person {
        let connection: HTTPConnection
        let cookie: String
    }

    /// The connection of person `i` comes from 127.0.0.(10 + i): the server counts sign-ins by
    /// address (twenty in 15 minutes from one), as it would count an office's machines.
    static func address(of person: Int) -> String { "127.0.0.\(10 + person)" }

    /// Signs in `count` people, ten to a login (a login keeps at most 20 sessions, and the server
    /// lets five of one login's sign-ins be checked at once): the logins side by side, each one's
    /// people one after another. Prints the time of a sign-in, which stretches the password.
    static func signIn(_ count: Int, logins: [String], password: String, port: UInt16) -> [Person] {
        let results = Collected<(Int, Person, Double)>()
        let group = DispatchGroup()
        for (index, login) in logins.enumerated() {
            group.enter()
            Thread.detachNewThread {
                for person in stride(from: index * 10, to: min(count, index * 10 + 10), by: 1) {
                    let connection = HTTPConnection(port: port, from: Self.address(of: person))
                    let t0 = Figures.now()
                    do {
                        let cookie = try Self.signIn(connection, login: login, password: password)
                        results.add((person, Person(connection: connection, cookie: cookie), (Figures.now() - t0) * 1000))
                    } catch { Self.fail("\(login) could not sign in from \(Self.address(of: person)): \(error)") }
                }
                group.leave()
            }
        }
        group.wait()
        let signedIn = results.all.sorted { $0.0 < $1.0 }
        let times = signedIn.map(\.2).sorted()
        Figures.print("web.sign_in.p50_ms", Figures.percentile(times, 0.5), "ms")
        return signedIn.map(\.1)
    }

    /// The sign-in form fetched and sent back with its token; the session cookie it gives.
    /// Login, password and token are letters, digits and `-`: nothing to encode.
    static func signIn(_ connection: HTTPConnection, login: String, password: String) throws -> String {
        let form = try connection.exchange(connection.request("GET", "/sign-in"))
        guard form.status == 200, let token = form.cookies.first(where: { $0.name == "kadai_sign_in" })?.value,
              let csrf = WebPages.hidden("_csrf", in: form.text) else {
            throw HTTPConnection.Failure(description: "GET /sign-in answered \(form.status) without its form")
        }
        let body = Array("_csrf=\(csrf)&login=\(login)&password=\(password)".utf8)
        let headers = [("Cookie", "kadai_sign_in=\(token)"), ("Content-Type", "application/x-www-form-urlencoded")]
        let answer = try connection.exchange(connection.request("POST", "/sign-in", headers: headers, body: body))
        guard answer.status == 303, let session = answer.cookies.first(where: { $0.name == "kadai_session" })?.value else {
            throw HTTPConnection.Failure(description: "POST /sign-in answered \(answer.status)")
        }
        return session
    }
}

/// The pages the benchmark asks for, found on the store: `K-0001` or else the first issue of the
/// list, and the fullest review sheet of the body that owns it (the body whose name the issue
/// page shows in a cell of its own; the first body when none).
struct WebPages {
    let issueId: String
    let sheetBody: String
    let sheetYear: String
    var issue: String { "/issues/\(issueId)" }
    var sheet: String { "/documents/sheet/\(sheetBody)/\(sheetYear)" }

    static func find(_ connection: HTTPConnection, cookie: String) -> WebPages {
        func get(_ target: String) -> HTTPConnection.Answer {
            do { return try connection.exchange(connection.request("GET", target, headers: [("Cookie", "kadai_session=\(cookie)")])) } catch {
                KadaiBench.fail("GET \(target): \(error)")
            }
        }
        var id = "K-0001"
        var page = get("/issues/\(id)")
        if page.status != 200 {
            guard let first = links(in: get("/issues").text, under: "/issues/K-").first else { KadaiBench.fail("the store has no issue to show") }
            id = String(first.dropFirst("/issues/".count))
            page = get("/issues/\(id)")
        }
        let bodies = get("/bodies").text.components(separatedBy: "<a href=\"/bodies/").dropFirst().map { anchor in
            (id: String(anchor.prefix { $0 != "\"" }), name: String(anchor.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }))
        }
        guard let owner = bodies.first(where: { page.text.contains("<td>\($0.name)</td>") }) ?? bodies.first else { KadaiBench.fail("the store has no body") }
        let sheets = links(in: get("/bodies/\(owner.id)").text, under: "/documents/sheet/").map { ($0, get($0)) }.filter { $0.1.status == 200 }
            .map { ($0.0, $0.1.body.count) }
        guard let fullest = sheets.max(by: { $0.1 < $1.1 })?.0.split(separator: "/"), fullest.count == 4 else {
            KadaiBench.fail("/bodies/\(owner.id) links to no review sheet")
        }
        return WebPages(issueId: id, sheetBody: String(fullest[2]), sheetYear: String(fullest[3]))
    }

    /// The targets of the links of a page that start with `prefix`.
    static func links(in html: String, under prefix: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.filter { $0.hasPrefix(prefix) }
    }

    /// The value of a hidden input of a page.
    static func hidden(_ name: String, in html: String) -> String? {
        guard let r = html.range(of: "type=\"hidden\" name=\"\(name)\" value=\"") else { return nil }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }
}

/// Values added from several threads.
final class Collected<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [T] = []
    func add(_ value: T) { lock.lock(); values.append(value); lock.unlock() }
    var all: [T] { lock.lock(); defer { lock.unlock() }; return values }
}
