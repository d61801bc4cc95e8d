import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Fifty people at once on the real `kadai serve` (issue 13, "Tests and figures"): each signed in
/// from a loopback address of its own (127.0.0.10 …, a machine each, as in an office) over one
/// kept-alive connection, for `KADAI_LOAD_SECONDS` (60 unless set; `KADAI_LOAD_SECONDS=10 swift
/// test --filter ServeLoad` for a short run), viewing pages, searching, opening documents, raising
/// issues and analysing them through their forms. Every answer must be the one expected: no 5xx,
/// no refusal. Halfway the server is killed with SIGKILL and started again on the same store; the
/// people sign in again and go on. At the end every write that was acknowledged (a 303 to its issue)
/// is in the store, each raised issue under an id of its own, and the chain verifies.
@Suite struct ServeLoadTests {
    static let people = 50
    /// Five people a login: one login keeps at most 20 sessions, and its sign-ins are taken one at a
    /// time (the throttle counts a login's attempts in flight as failures until they succeed).
    static let logins = [ServedCouncil.login] + (1...9).map { "jimu-\($0)" }
    static let seconds = ProcessInfo.processInfo.environment["KADAI_LOAD_SECONDS"].flatMap(Double.init) ?? 60
    /// The demo council's issues (K-0001 … K-0015), one of its bodies and a year of its documents.
    static let pages = ["/", "/issues", "/bodies/soudan"] + (1...15).map { String(format: "/issues/K-%04d", $0) }
    static let searches = ["支援", "移動 支援", "相談", "就労"].map { "/search?q=" + $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }
    static let documents = ["/documents/sheet/soudan/2024", "/documents/status/soudan/2025", "/documents/sheet/shuro/2024"]

    @Test(.tags(.load), .notInFastSet) func fiftyPeopleReadAndWriteWhileTheServerIsKilledAndRestarted() throws {
        let served = try ServedCouncil(logins: Array(Self.logins.dropFirst()))
        let board = LoadBoard(port: served.port)
        let started = Date()
        let deadline = started.addingTimeInterval(Self.seconds)
        let everyone = DispatchGroup()
        for person in 0..<Self.people {
            everyone.enter()
            let thread = Thread {
                Self.visit(as: person, board: board, until: deadline)
                everyone.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }

        Thread.sleep(until: started.addingTimeInterval(Self.seconds / 2))
        board.takeDown()
        let killedAt = Date()
        let killed = served.stop(SIGKILL)
        #expect(killed.signalled && killed.status == SIGKILL, "\(killed.command)")
        try served.restart()
        let restartedIn = Date().timeIntervalSince(killedAt)
        board.bringUp(port: served.port)

        let joined = everyone.wait(timeout: .now() + Self.seconds + 120)
        #expect(joined == .success, "every person stops by the deadline")
        let ran = Date().timeIntervalSince(started)
        let stopped = served.stop(SIGTERM)
        #expect(stopped.exitCode == 0 && stopped.stdoutLines.last == "停止しました。", "\(stopped)")

        let report = board.report()
        print("""
        ServeLoad: \(Self.people) people, \(Self.format(ran)) s in all (the server killed at \(Self.format(killedAt.timeIntervalSince(started))) s, \
        serving again \(String(format: "%.2f", restartedIn)) s later); \(report.requests) requests answered (\(report.answeredByServer[0] ?? 0) before \
        the kill, \(report.answeredByServer[1] ?? 0) after), \(report.raised.count) issues raised and \
        \(report.analysed.count) analyses acknowledged, \(report.conflicts) forms shown again because another person wrote first, \
        \(report.signIns) sign-ins, \(report.cut) actions cut by the kill
        """)
        for line in report.latencies { print("ServeLoad: \(line)") }
        #expect(report.failures.isEmpty, "\(report.failureCount) unexpected answers or failures, the first: \(report.failures.joined(separator: "\n"))")
        #expect(report.signIns >= Self.people && (report.answeredByServer[1] ?? 0) > Self.people, "everyone signed in; the restarted server served")
        #expect(report.raised.count > 0 && report.analysed.count > 0, "writes were made and acknowledged")

        // Every acknowledged write is in the store: each issue under its own id, with its title;
        // each analysis on its issue.
        #expect(Set(report.raised.map(\.id)).count == report.raised.count, "one id an acknowledged issue")
        let listed = try served.kadai("issue", "list", "--json")
        let issues = try listed.decode(IssueList.self).issues
        #expect(Set(issues.map(\.id)).count == issues.count, "no id twice in the store")
        #expect(issues.count >= 15 + report.raised.count)
        let titles = Dictionary(issues.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let lost = report.raised.filter { titles[$0.id] != $0.title }
        #expect(lost.isEmpty, "acknowledged but not in the store as acknowledged: \(lost.prefix(5))")
        for (id, factors) in Dictionary(grouping: report.analysed, by: \.id) {
            let shown = try served.kadai("issue", "show", id, "--json")
            let recorded = Set(try shown.decode(ShownIssue.self).analyses.flatMap(\.factors))
            let missing = factors.map(\.factor).filter { !recorded.contains($0) }
            #expect(missing.isEmpty, "\(id): acknowledged analyses missing: \(missing)")
        }
        let verified = try served.kadai("audit", "verify")
        #expect(verified.exitCode == 0, "\(verified)")
    }

    /// `kadai-bench web` itself, briefly: three people, a second a page, every answer a 200, each
    /// figure a `NAME VALUE UNIT` line (nginx's too, where it is installed).
    @Test(.tags(.slow), .notInFastSet) func theWebBenchmarkMeasuresEveryPage() throws {
        let copy = try DemoCouncilTests.embeddedCopy()
        let run = try bench("web", "--store", copy.store, "--clients", "3", "--seconds", "1")
        #expect(run.exitCode == 0, "\(run)")
        let figures = Dictionary(run.stdoutLines.map { line in (String(line.prefix { $0 != " " }), line.split(separator: " ")) },
                                 uniquingKeysWith: { first, _ in first })
        #expect(figures.values.allSatisfy { $0.count == 3 && Double($0[1]) != nil }, "\(run.stdout)")
        let servers = FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") ? ["web", "nginx"] : ["web"]
        for server in servers {
            for page in ["issue_page", "issue_list", "review_sheet"] + (server == "web" ? ["search"] : []) {
                #expect(figures["\(server).\(page).errors"]?[1] == "0", "\(server).\(page)\n\(run.stdout)")
                #expect(Double(figures["\(server).\(page).rps"]?[1] ?? "") ?? 0 > 0, "\(server).\(page)")
                #expect(figures["\(server).\(page).p99_ms"] != nil)
            }
        }
    }

    /// One person until the deadline: signs in to whichever server is up, acts, and when that
    /// server is killed, waits for the next and signs in again. A failure while the server is up
    /// is the test's failure; one after it was taken down is the kill's doing.
    static func visit(as person: Int, board: LoadBoard, until deadline: Date) {
        var random = TestRandom(seed: TestRandom.seed(default: 13) &+ UInt64(person))
        let login = logins[person % logins.count]
        var visitor = Visitor(person: person, login: login)
        while let (generation, port) = board.server(until: deadline) {
            let web = WebClient(port: port, from: "127.0.0.\(10 + person)", keepsAlive: true)
            do {
                try board.signingIn(login) { try visitor.signIn(web) }
                board.signedIn()
                while Date() < deadline && board.isUp(generation) {
                    try visitor.act(web, board: board, random: &random)
                }
            } catch is RawClient.Failure where board.wasTakenDown(generation) {
                board.cutByTheKill()
            } catch {
                board.fail("\(login) from 127.0.0.\(10 + person): \(error)")
            }
            board.add(visitor.takeLatencies(), server: generation)
            if Date() >= deadline { return }
        }
    }

    static func format(_ seconds: Double) -> String { String(format: "%.1f", seconds) }

    struct IssueList: Decodable {
        struct Entry: Decodable { let id: String; let title: String }
        let issues: [Entry]
    }

    struct ShownIssue: Decodable {
        struct Analysis: Decodable { let factors: [String] }
        let analyses: [Analysis]
    }
}

/// An answer that is not the one expected.
struct UnexpectedAnswer: Error, CustomStringConvertible {
    let description: String
    init(_ what: String, _ response: RawClient.Response) {
        description = "\(what): \(response.status) \(response.header("Location") ?? "") \(response.text.prefix(300))"
    }
}

/// One person's actions and how long each answer took.
struct Visitor {
    let person: Int
    let login: String
    /// How many writes this person has made: the next title's or factor's number, across both servers.
    var made = 0
    var latencies: [String: [Double]] = [:]

    init(person: Int, login: String) {
        self.person = person
        self.login = login
    }

    mutating func signIn(_ web: WebClient) throws {
        let page = try timed("sign-in", web) { try $0.get("/sign-in") }
        guard page.status == 200 else { throw UnexpectedAnswer("GET /sign-in", page) }
        let form = [("_csrf", WebClient.hidden("_csrf", in: page.text) ?? ""), ("login", login), ("password", ServedCouncil.password)]
        let signedIn = try timed("sign-in", web) { try $0.post("/sign-in", form: form) }
        guard signedIn.status == 303, signedIn.header("Location") == "/" else { throw UnexpectedAnswer("POST /sign-in", signedIn) }
    }

    /// One action drawn at random: a page (45 %), a search (15 %), a document (15 %), an issue
    /// raised (12 %) or an acknowledged issue analysed (13 %).
    mutating func act(_ web: WebClient, board: LoadBoard, random: inout TestRandom) throws {
        let roll = random.below(100)
        switch roll {
        case ..<45: try view(ServeLoadTests.pages[random.below(ServeLoadTests.pages.count)], "page", web)
        case ..<60: try view(ServeLoadTests.searches[random.below(ServeLoadTests.searches.count)], "search", web)
        case ..<75: try view(ServeLoadTests.documents[random.below(ServeLoadTests.documents.count)], "document", web)
        case ..<87: try raise(web, board: board)
        default:
            guard let target = board.acknowledgedIssue(random.below(1 << 30)) else { return try raise(web, board: board) }
            try analyse(target, web, board: board)
        }
    }

    mutating func view(_ target: String, _ kind: String, _ web: WebClient) throws {
        let page = try timed(kind, web) { try $0.get(target) }
        guard page.status == 200, page.header("Content-Type")?.hasPrefix("text/html") == true, !page.body.isEmpty else {
            throw UnexpectedAnswer("GET \(target)", page)
        }
    }

    mutating func raise(_ web: WebClient, board: LoadBoard) throws {
        made += 1
        let title = "負荷試験 \(person)-\(made) 夜間の移動支援が足りない"
        let form = try timed("raise", web) { try $0.get("/issues/new") }
        guard form.status == 200 else { throw UnexpectedAnswer("GET /issues/new", form) }
        let fields = Self.hidden(form) + [("title", title), ("by", "soudan"), ("on", "2025-06-01"), ("source", "会議"), ("category", "移動支援"),
                                          ("summary", "相談支援専門員の連絡会で、夜間の通院に使える移動手段がないとの報告が続いた。"), ("_do", "record")]
        let recorded = try timed("raise", web) { try $0.post("/issues/new", form: fields) }
        guard recorded.status == 303, let location = recorded.header("Location"), location.hasPrefix("/issues/K-"),
              location.dropFirst("/issues/K-".count).allSatisfy(\.isNumber) else {
            throw UnexpectedAnswer("POST /issues/new", recorded)
        }
        board.acknowledge(raised: String(location.dropFirst("/issues/".count)), title: title)
    }

    /// The analysis form of an issue, sent; shown again (409) when someone else recorded about the
    /// issue after the form was fetched, and then sent again as shown, as a person would.
    mutating func analyse(_ id: String, _ web: WebClient, board: LoadBoard) throws {
        made += 1
        let factor = "負荷試験の要因 \(person)-\(made)"
        let target = "/issues/\(id)/analyze"
        var form = try timed("analyse", web) { try $0.get(target) }
        guard form.status == 200 else { throw UnexpectedAnswer("GET \(target)", form) }
        for _ in 0..<5 {
            let fields = Self.hidden(form) + [("factor", factor), ("on", "2025-06-10"), ("_do", "record")]
            let answer = try timed("analyse", web) { try $0.post(target, form: fields) }
            if answer.status == 303 && answer.header("Location") == "/issues/\(id)" {
                return board.acknowledge(analysed: id, factor: factor)
            }
            guard answer.status == 409 else { throw UnexpectedAnswer("POST \(target)", answer) }
            board.conflicted()
            form = answer
        }
        throw UnexpectedAnswer("POST \(target) shown again five times", form)
    }

    static func hidden(_ page: RawClient.Response) -> [(String, String)] {
        ["_csrf", "_key", "_seen", "_id"].compactMap { name in WebClient.hidden(name, in: page.text).map { (name, $0) } }
    }

    mutating func timed(_ kind: String, _ web: WebClient, _ request: (WebClient) throws -> RawClient.Response) throws -> RawClient.Response {
        let start = ContinuousClock.now
        let response = try request(web)
        let took = ContinuousClock.now - start
        latencies[kind, default: []].append(Double(took.components.seconds) * 1000 + Double(took.components.attoseconds) / 1e15)
        return response
    }

    mutating func takeLatencies() -> [String: [Double]] {
        defer { latencies = [:] }
        return latencies
    }
}

/// What the people share: which server is up, what was acknowledged, what went wrong.
final class LoadBoard: @unchecked Sendable {
    struct Report {
        var requests = 0
        /// Requests answered by the first server and by the one started after the kill.
        var answeredByServer: [Int: Int] = [:]
        var raised: [(id: String, title: String)] = []
        var analysed: [(id: String, factor: String)] = []
        var conflicts = 0
        var signIns = 0
        var cut = 0
        var failures: [String] = []
        var failureCount = 0
        var latencies: [String] = []
    }

    private let condition = NSCondition()
    private var generation = 0
    private var port: UInt16
    private var down = false
    private var state = Report()
    private var times: [String: [Double]] = [:]
    private var loginLocks: [String: NSLock] = [:]

    init(port: UInt16) { self.port = port }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    /// The server up now, waiting while there is none; nil once the deadline has passed.
    func server(until deadline: Date) -> (generation: Int, port: UInt16)? {
        locked {
            while down && Date() < deadline { _ = condition.wait(until: deadline) }
            return Date() < deadline && !down ? (generation, port) : nil
        }
    }

    func isUp(_ generation: Int) -> Bool { locked { !down && self.generation == generation } }
    func wasTakenDown(_ generation: Int) -> Bool { locked { down || self.generation != generation } }
    func takeDown() { locked { down = true } }

    func bringUp(port: UInt16) {
        locked {
            generation += 1
            self.port = port
            down = false
            condition.broadcast()
        }
    }

    /// One sign-in of a login at a time.
    func signingIn(_ login: String, _ body: () throws -> Void) throws {
        let lock = locked {
            let lock = loginLocks[login] ?? NSLock()
            loginLocks[login] = lock
            return lock
        }
        lock.lock()
        defer { lock.unlock() }
        try body()
    }

    func signedIn() { locked { state.signIns += 1 } }
    func conflicted() { locked { state.conflicts += 1 } }
    func cutByTheKill() { locked { state.cut += 1 } }
    func acknowledge(raised id: String, title: String) { locked { state.raised.append((id, title)) } }
    func acknowledge(analysed id: String, factor: String) { locked { state.analysed.append((id, factor)) } }

    /// One of the acknowledged issues, by a number drawn.
    func acknowledgedIssue(_ drawn: Int) -> String? { locked { state.raised.isEmpty ? nil : state.raised[drawn % state.raised.count].id } }

    func fail(_ what: String) {
        locked {
            state.failureCount += 1
            if state.failures.count < 10 { state.failures.append(what) }
        }
    }

    func add(_ latencies: [String: [Double]], server generation: Int) {
        locked {
            times.merge(latencies) { $0 + $1 }
            state.answeredByServer[generation, default: 0] += latencies.values.map(\.count).reduce(0, +)
        }
    }

    /// Everything counted, with each kind of request's answer times.
    func report() -> Report {
        locked {
            var report = state
            report.requests = times.values.map(\.count).reduce(0, +)
            report.latencies = times.keys.sorted().map { kind in
                let sorted = times[kind]!.sorted()
                func at(_ p: Double) -> String { String(format: "%.1f", sorted[min(sorted.count - 1, Int(p * Double(sorted.count - 1)))]) }
                return "\(kind): \(sorted.count) requests, p50 \(at(0.5)) ms, p99 \(at(0.99)) ms, max \(at(1)) ms"
            }
            return report
        }
    }
}
