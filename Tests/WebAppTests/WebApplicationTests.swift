import Calendar
import Council
import CouncilService
import HTTPServer
import Documents
import Testing
@testable import WebApp

/// The application in process, request by request: sign-in and its throttle, sessions and their
/// end, the form token on every POST, forms that record once as the signed-in person or come back
/// with the refusal beside the field, documents as pages and files, the security headers.
@Suite struct WebApplicationTests {
    final class Browser: @unchecked Sendable {
        let council: CommandFormTests.Council
        let app: WebApplication
        var cookies: [String: String] = [:]
        var clock: Int64 = 1_000_000

        init() throws {
            council = try CommandFormTests.Council()
            let counter = Counter()
            let clockBox = ClockBox()
            app = WebApplication(service: council.service, authenticate: { login, password in
                login == "jimu" && password == "correct horse battery" ? (login: "jimu", actor: "secretariat") : nil
            }, randomBytes: { counter.next() }, now: { clockBox.now })
            self.clockBox = clockBox
        }

        /// A browser of an application made elsewhere (its own accounts and clock).
        init(council: CommandFormTests.Council, app: WebApplication) {
            self.council = council
            self.app = app
            clockBox = ClockBox()
        }
        let clockBox: ClockBox

        func request(_ method: String, _ target: String, form: [(String, String)] = [], peer: String = "127.0.0.1:50000") throws -> HTTPResponse {
            var headers: HTTPHeaders = [:]
            if !cookies.isEmpty { headers.add("Cookie", cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
            let body = form.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
            let response = app.handle(HTTPRequest(method: method, target: try RequestTarget(target), headers: headers, body: Array(body.utf8), peer: peer))
            for header in response.headers.values("Set-Cookie") {
                let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                cookies[String(pair[0])] = pair.count > 1 && !pair[1].isEmpty ? String(pair[1]) : nil
            }
            return response
        }

        static func encode(_ text: String) -> String {
            text.utf8.map { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) ? String(UnicodeScalar(b)) : String(format2: b)
            }.joined()
        }

        func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

        /// The value of a hidden input of the last page.
        func hidden(_ name: String, in response: HTTPResponse) -> String {
            let html = text(response)
            guard let r = html.range(of: "name=\"\(name)\" value=\"") else { return "" }
            return String(html[r.upperBound...].prefix { $0 != "\"" })
        }

        func signIn(password: String = "correct horse battery", login: String = "jimu") throws -> HTTPResponse {
            let page = try request("GET", "/sign-in")
            return try request("POST", "/sign-in", form: [("_csrf", hidden("_csrf", in: page)), ("login", login), ("password", password)])
        }
    }

    final class Counter: @unchecked Sendable {
        var n: UInt8 = 0
        func next() -> [UInt8] { n &+= 1; return [UInt8](repeating: n, count: 32) }
    }

    final class ClockBox: @unchecked Sendable { var now: Int64 = 1_000_000 }

    @Test func everyPageButTheSignInAsksForASession() throws {
        let b = try Browser()
        let response = try b.request("GET", "/issues")
        #expect(response.status == .seeOther && response.headers["Location"] == "/sign-in")
        #expect(response.headers["Content-Security-Policy"]?.contains("default-src 'none'") == true && response.headers["X-Frame-Options"] == "DENY")
    }

    @Test func aSignInStartsANewSessionInAStrictCookie() throws {
        let b = try Browser()
        b.cookies[WebApplication.cookieName] = "planted-by-someone-else"
        let response = try b.signIn()
        #expect(response.status == .seeOther)
        let cookie = try #require(response.headers.values("Set-Cookie").first { $0.hasPrefix(WebApplication.cookieName + "=") })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/") && !cookie.contains("planted"))
        #expect(try b.request("GET", "/issues").status == .ok)
    }

    @Test func aWrongPasswordAndAnUnknownLoginReadTheSame() throws {
        let b = try Browser()
        let wrong = try b.signIn(password: "wrong")
        let unknown = try b.signIn(login: "nobody")
        #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
        #expect(b.text(wrong).contains("ログイン名かパスワードが違います") && b.text(unknown).contains("ログイン名かパスワードが違います"))
    }

    @Test func guessingIsStoppedEvenWithTheRightPasswordAfterwards() throws {
        let b = try Browser()
        for _ in 0..<5 { _ = try b.signIn(password: "guess") }
        #expect(try b.signIn().status == .tooManyRequests)
        b.clockBox.now += 16 * 60_000
        #expect(try b.signIn().status == .seeOther, "the window passes")
    }

    @Test func guessesAreCountedPerAccountWhateverTheCaseTyped() throws {
        let b = try Browser()
        for login in ["Jimu", "JIMU", "jImu", "jiMu", "jimU"] { _ = try b.signIn(password: "guess", login: login) }
        #expect(try b.signIn().status == .tooManyRequests)
    }

    @Test func behindAProxyGuessesAreCountedPerAddressItForwards() throws {
        let council = try CommandFormTests.Council()
        let app = WebApplication(service: council.service, authenticate: { _, _ in nil }, behindProxy: true,
                                 randomBytes: { [UInt8](repeating: 7, count: 32) }, now: { 1_000_000 })
        func attempt(from address: String, login: String) -> HTTPStatus {
            let request = HTTPRequest(method: "POST", target: try! RequestTarget("/sign-in"),
                                      headers: ["Cookie": "kadai_sign_in=" + String(repeating: "07", count: 32), "X-Forwarded-For": "198.51.100.1, " + address],
                                      body: Array("_csrf=\(String(repeating: "07", count: 32))&login=\(login)&password=x".utf8), peer: "127.0.0.1:40000")
            return app.handle(request).status
        }
        for n in 0..<20 { _ = attempt(from: "203.0.113.9", login: "user\(n)") }
        #expect(attempt(from: "203.0.113.9", login: "another") == .tooManyRequests)
        #expect(attempt(from: "192.0.2.44", login: "another") == .unauthorized, "someone elsewhere is not locked out")
    }

    @Test func anOfficeSigningInFromOneAddressIsNeverRefusedForIt() throws {
        let b = try Browser()
        for n in 0..<25 {
            b.cookies = [:]
            #expect(try b.signIn().status == .seeOther, "sign-in \(n + 1) from the same address")
        }
        for _ in 0..<4 { _ = try b.signIn(password: "guess") }
        #expect(try b.signIn().status == .seeOther, "the failures are still below the account's five")
    }

    @Test func aSessionCookieSentTwiceCountsAsNone() throws {
        let b = try Browser()
        _ = try b.signIn()
        let own = try #require(b.cookies[WebApplication.cookieName])
        func get(_ cookie: String) -> HTTPResponse {
            b.app.handle(HTTPRequest(method: "GET", target: try! RequestTarget("/issues"), headers: ["Cookie": cookie], peer: "127.0.0.1:50000"))
        }
        #expect(get("kadai_session=\(own)").status == .ok)
        #expect(get("kadai_session= \(own) ").status == .ok, "spaces around the value")
        // One planted for a longer path is sent first: neither is taken.
        #expect(get("kadai_session=planted; kadai_session=\(own)").headers["Location"] == "/sign-in")
    }

    @Test func aSignInWithoutItsFormTokenIsRefused() throws {
        let b = try Browser()
        let response = try b.request("POST", "/sign-in", form: [("login", "jimu"), ("password", "correct horse battery")])
        #expect(response.status == .forbidden && b.cookies[WebApplication.cookieName] == nil)
    }

    @Test func aFormRecordsOnceAsTheSignedInPersonAndOnlyWithItsToken() throws {
        let b = try Browser()
        _ = try b.signIn()
        let before = b.council.service.head
        let page = try b.request("GET", "/issues/new")
        #expect(page.status == .ok)
        let fields = [("title", "精神障害者が地域で暮らしにくい"), ("by", "soudan"), ("_key", b.hidden("_key", in: page))]
        #expect(try b.request("POST", "/issues/new", form: fields).status == .forbidden)
        #expect(b.council.service.head == before, "nothing written without the token")
        let withToken = fields + [("_csrf", b.hidden("_csrf", in: page))]
        let recorded = try b.request("POST", "/issues/new", form: withToken)
        #expect(recorded.status == .seeOther && recorded.headers["Location"] == "/issues/K-0001")
        let again = try b.request("POST", "/issues/new", form: withToken)
        let count = try b.council.service.issues(.init()).issues.count
        #expect(again.status == .seeOther && count == 1, "sent twice, recorded once")
        #expect(try b.council.service.issueHistory("K-0001").map(\.record.actor) == ["secretariat"])
        #expect(b.text(try b.request("GET", "/issues/K-0001")).contains("精神障害者が地域で暮らしにくい"))
    }

    @Test func aRefusedFormComesBackWithTheRefusalBesideItsField() throws {
        let b = try Browser()
        _ = try b.signIn()
        let page = try b.request("GET", "/issues/new")
        let response = try b.request("POST", "/issues/new", form: [("_csrf", b.hidden("_csrf", in: page)), ("title", ""), ("by", "soudan"),
                                                                   ("summary", "<b>概要</b>")])
        #expect(response.status == .unprocessableContent)
        let html = b.text(response)
        #expect(html.contains("f-title-error") && html.contains("&lt;b&gt;概要&lt;/b&gt;") && !html.contains("<b>概要"))
    }

    @Test func aSessionIsWorthNothingAfterSignOut() throws {
        let b = try Browser()
        _ = try b.signIn()
        let stolen = try #require(b.cookies[WebApplication.cookieName])
        let page = try b.request("GET", "/sign-out")
        #expect(try b.request("POST", "/sign-out", form: [("_csrf", b.hidden("_csrf", in: page))]).status == .seeOther)
        b.cookies[WebApplication.cookieName] = stolen
        #expect(try b.request("GET", "/issues").headers["Location"] == "/sign-in")
    }

    @Test func aSessionEndsWhenIdle() throws {
        let b = try Browser()
        _ = try b.signIn()
        b.clockBox.now += 31 * 60_000
        #expect(try b.request("GET", "/issues").headers["Location"] == "/sign-in")
    }

    @Test func bodiesDocumentsAndTheAuditTrailHaveTheirPages() throws {
        let b = try Browser()
        _ = try b.signIn()
        #expect(b.text(try b.request("GET", "/bodies")).contains("href=\"/bodies/soudan\""))
        let body = b.text(try b.request("GET", "/bodies/soudan"))
        #expect(body.contains("相談支援部会") && body.contains("href=\"/documents/sheet/soudan/2024\""))
        #expect(try b.request("GET", "/documents").status == .ok)
        let audit = b.text(try b.request("GET", "/audit?stream=body-soudan"))
        #expect(audit.contains("BodyEstablished") && !audit.contains("CouncilInitialised"))
        #expect(try b.request("GET", "/audit?stream=body-sodan").status == .badRequest)
        #expect(try b.request("GET", "/favicon.ico").status == .notFound)
    }

    /// Account links and adopting the rules stay with the administrator's command line.
    @Test func everyRecordingCommandButAccountLinksAndTheRulesHasItsFormPage() throws {
        let b = try Browser()
        _ = try b.signIn()
        let page = try b.request("GET", "/issues/new")
        _ = try b.request("POST", "/issues/new", form: [("_csrf", b.hidden("_csrf", in: page)), ("title", "住まい"), ("by", "soudan")])
        for d in RecordingCommands.all where d.path.first != "actor" && d.path.first != "rules" {
            let address: String
            switch (d.path.first, d.positional) {
            case ("issue", nil): address = "/issues/new"
            case ("issue", _): address = IssuePaths.form("K-0001", d.path[1])
            case ("body", nil), ("body", _) where d.path == ["body", "establish"]: address = "/bodies/new"
            default: address = try #require(BodyPages.commands.first { $0.declaration.name == d.name }.map { BodyPages.form("soudan", $0.route) }, "\(d.name)")
            }
            let response = try b.request("GET", address)
            #expect(response.status == .ok, "\(d.name) at \(address)")
            #expect(b.text(response).contains(HTMLText.escape(d.heading.ja)), "\(d.name)")
        }
    }

    @Test func aMeetingIsRecordedFromItsBodysPage() throws {
        let b = try Browser()
        _ = try b.signIn()
        let page = try b.request("GET", "/bodies/soudan/meeting-record")
        let response = try b.request("POST", "/bodies/soudan/meeting-record", form: [("_csrf", b.hidden("_csrf", in: page)), ("_key", b.hidden("_key", in: page)),
                                                                                       ("on", "R6.5.10"), ("agenda", "地域課題の共有"), ("agenda", "")])
        #expect(response.status == .seeOther && response.headers["Location"] == "/bodies/soudan")
        let body = b.text(try b.request("GET", "/bodies/soudan"))
        #expect(body.contains("地域課題の共有"))
        let establish = try b.request("GET", "/bodies/new")
        let made = try b.request("POST", "/bodies/new", form: [("_csrf", b.hidden("_csrf", in: establish)), ("_id", "kodomo"), ("name", "こども部会"),
                                                               ("kind", "subcommittee")])
        let bodies = b.text(try b.request("GET", "/bodies"))
        #expect(made.status == .seeOther && bodies.contains("こども部会"))
    }

    @Test func theStartPageShowsWhatIsOverdueAndWhatWasRecordedSinceTheLastVisit() throws {
        let b = try Browser()
        _ = try b.signIn()
        let first = b.text(try b.request("GET", "/"))
        #expect(first.contains("相談支援部会") && first.contains("前回のサインイン以降の記録はありません"))
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try b.council.service.record(raise, CommandInput(values: ["title": ["住まい"], "by": ["soudan"]], today: CommandFormTests.today), as: CommandFormTests.caller)
        let plan = try #require(RecordingCommands.named("issue plan"))
        _ = try b.council.service.record(plan, CommandInput(positional: "K-0001", values: ["goal": ["安心"], "action": ["事務局|民生委員|冊子を配る|R6.5.1|情報"]],
                                                            today: CommandFormTests.today), as: CommandFormTests.caller)
        let page = try b.request("GET", "/sign-out")
        _ = try b.request("POST", "/sign-out", form: [("_csrf", b.hidden("_csrf", in: page))])
        b.clockBox.now += 60_000
        _ = try b.signIn()
        let second = b.text(try b.request("GET", "/"))
        #expect(second.contains("1. 冊子を配る") && second.contains("IssueRaised") && second.contains("ActionPlanAdopted"))
    }

    @Test func aLongListComesAHundredIssuesToAPageWithItsFiltersKept() throws {
        let b = try Browser()
        _ = try b.signIn()
        let raise = try #require(RecordingCommands.named("issue raise"))
        for n in 1...103 {
            _ = try b.council.service.record(raise, CommandInput(values: ["title": ["課題\(n)号"], "by": ["soudan"]], today: CommandFormTests.today),
                                             as: CommandFormTests.caller)
        }
        let first = b.text(try b.request("GET", "/issues?body=soudan"))
        #expect(first.contains("103件（1〜100件目）") && first.contains("課題100号<") && !first.contains("課題101号"))
        #expect(first.contains("href=\"/issues?body=soudan&amp;page=2\"") && !first.contains("前のページ"))
        let second = b.text(try b.request("GET", "/issues?body=soudan&page=2"))
        #expect(second.contains("103件（101〜103件目）") && second.contains("課題101号") && !second.contains("課題100号<"))
        #expect(second.contains("href=\"/issues?body=soudan&amp;page=1\"") && !second.contains("次のページ"))
        #expect(b.text(try b.request("GET", "/issues?page=99")).contains("課題103号"), "past the last page is the last page")
        #expect(b.text(try b.request("GET", "/issues?page=x")).contains("課題1号<"))
    }

    @Test func theListFiltersByCategoryGroupAreaAndStatusOfferingWhatWasRecorded() throws {
        let b = try Browser()
        _ = try b.signIn()
        let raise = try #require(RecordingCommands.named("issue raise"))
        for (title, category, group, area) in [("住まい", "地域移行", "精神", "栃尾"), ("通学", "移動支援", "身体", "中之島")] {
            _ = try b.council.service.record(raise, CommandInput(values: ["title": [title], "by": ["soudan"], "category": [category], "group": [group], "area": [area]],
                                                                 today: CommandFormTests.today), as: CommandFormTests.caller)
        }
        let all = b.text(try b.request("GET", "/issues"))
        #expect(all.contains("<option value=\"地域移行\">地域移行</option>") && all.contains("<option value=\"中之島\">中之島</option>"))
        for (query, shown, hidden) in [("category=%E5%9C%B0%E5%9F%9F%E7%A7%BB%E8%A1%8C", "住まい", "通学"), ("group=%E8%BA%AB%E4%BD%93", "通学", "住まい"),
                                       ("area=%E6%A0%83%E5%B0%BE", "住まい", "通学"), ("status=open", "住まい", "（該当なし）")] {
            let page = b.text(try b.request("GET", "/issues?" + query))
            #expect(page.contains(">\(shown)<") && !page.contains(">\(hidden)<"), "\(query)")
        }
        #expect(b.text(try b.request("GET", "/issues?status=closed")).contains("該当する地域課題はありません"))
        #expect(b.text(try b.request("GET", "/issues?group=%E8%BA%AB%E4%BD%93")).contains("<option value=\"身体\" selected>身体</option>"))
    }

    @Test func pagesTravelInTimeByTheirAddress() throws {
        let b = try Browser()
        _ = try b.signIn()
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try b.council.service.record(raise, CommandInput(values: ["title": ["住まい"], "by": ["soudan"], "on": ["R6.5.1"]], today: CommandFormTests.today),
                                         as: CommandFormTests.caller)
        let plan = try #require(RecordingCommands.named("issue plan"))
        _ = try b.council.service.record(plan, CommandInput(positional: "K-0001", values: ["goal": ["安心して暮らせる"], "action": ["事務局|民生委員|冊子|R6.9.1|情報"],
                                                                                     "on": ["R6.7.1"]], today: CommandFormTests.today), as: CommandFormTests.caller)
        #expect(b.text(try b.request("GET", "/issues/K-0001")).contains("安心して暮らせる"))
        let june = b.text(try b.request("GET", "/issues/K-0001?as-of=R6.6.30"))
        #expect(!june.contains("安心して暮らせる") && june.contains("value=\"R6.6.30\""))
        #expect(try b.request("GET", "/issues/K-0001?known-at=2999-01-01").status == .badRequest)
        #expect(try b.request("GET", "/issues/K-0001?as-of=someday").status == .badRequest)
        #expect(try b.request("GET", "/issues?as-of=R6.6.30").status == .ok)
        let sheet = b.text(try b.request("GET", "/documents/sheet/soudan/R6?as-of=R6.6.30"))
        #expect(sheet.contains("/documents/sheet/soudan/R6?format=csv&amp;as-of=R6%2E6%2E30"))
    }

    @Test func aFormAboutAnIssueSomeoneElseChangedMeanwhileComesBackOnceWithTheirChange() throws {
        let b = try Browser()
        _ = try b.signIn()
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try b.council.service.record(raise, CommandInput(values: ["title": ["住まい"], "by": ["soudan"]], today: CommandFormTests.today), as: CommandFormTests.caller)
        let page = try b.request("GET", "/issues/K-0001/analyze")
        let analyse = try #require(RecordingCommands.named("issue analyze"))
        _ = try b.council.service.record(analyse, CommandInput(positional: "K-0001", values: ["factor": ["家賃が高い"]], today: CommandFormTests.today),
                                         as: Caller(named: "minami", account: nil))
        let fields = [("_csrf", b.hidden("_csrf", in: page)), ("_key", b.hidden("_key", in: page)), ("_seen", b.hidden("_seen", in: page)),
                      ("factor", "保証人がいない")]
        let conflict = try b.request("POST", "/issues/K-0001/analyze", form: fields)
        #expect(conflict.status == .conflict && b.text(conflict).contains("minami") && b.text(conflict).contains("保証人がいない"))
        #expect(try b.council.service.issueHistory("K-0001").count == 2, "nothing recorded yet")
        let again = try b.request("POST", "/issues/K-0001/analyze", form: [("_csrf", b.hidden("_csrf", in: conflict)), ("_key", b.hidden("_key", in: conflict)),
                                                                           ("_seen", b.hidden("_seen", in: conflict)), ("factor", "保証人がいない")])
        #expect(again.status == .seeOther)
        #expect(try b.council.service.issueView("K-0001").issue.analyses.count == 2)
    }

    @Test func aSecondLookAtTheSignInPageKeepsItsToken() throws {
        let b = try Browser()
        let first = b.hidden("_csrf", in: try b.request("GET", "/sign-in"))
        _ = try b.request("GET", "/issues")
        #expect(b.hidden("_csrf", in: try b.request("GET", "/sign-in")) == first)
    }

    @Test func documentsArePagesAndFiles() throws {
        let b = try Browser()
        _ = try b.signIn()
        let page = try b.request("GET", "/documents/sheet/soudan/R6")
        #expect(page.status == .ok && b.text(page).contains("振り返り・評価シート"))
        let csv = try b.request("GET", "/documents/sheet/soudan/R6?format=csv")
        #expect(csv.headers["Content-Type"]?.hasPrefix("text/csv") == true && csv.headers["Content-Disposition"]?.contains("sheet-soudan-R6.csv") == true)
        #expect(try b.request("GET", "/documents/sheet/nobody/R6").status == .notFound)
        #expect(try b.request("GET", "/assets/kadai.css").headers["Content-Type"]?.hasPrefix("text/css") == true)
    }
}

extension String {
    init(format2 byte: UInt8) {
        let digits = Array("0123456789ABCDEF")
        self = "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }
}
