import Calendar
import Council
import CouncilService
import HTTPServer
import Testing
@testable import WebApp

/// Case notes are personal welfare data: where roles are enforced, the web shows their text only
/// to those the rules let attach one to the issue — its body's members, the administrator — on its
/// page and in its timeline in every format; a member of another body sees that a note exists.
@Suite struct CaseNoteReaderTests {
    static let note = "Bさん（30代）虐待通報あり"

    static func browser(signedInAs actor: String) throws -> WebApplicationTests.Browser {
        let council = try CommandFormTests.Council(enforceRoles: true)
        let admin = Caller(named: nil, account: CommandFormTests.caller.account)
        let service = council.service
        func record(_ words: String, _ positional: String = "", _ values: [String: [String]]) throws {
            _ = try service.record(try #require(RecordingCommands.named(words)), CommandInput(positional: positional, values: values, today: CommandFormTests.today), as: admin)
        }
        try record("body establish", "shuro", ["name": ["就労部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        try record("member appoint", "soudan", ["member": ["alice"], "affiliation": ["相談支援事業所"], "category": ["consultationSupport"], "on": ["2024-04-01"]])
        try record("member appoint", "shuro", ["member": ["bob"], "affiliation": ["就労支援事業所"], "category": ["employment"], "on": ["2024-04-01"]])
        try record("issue raise", "", ["title": ["住まい"], "by": ["soudan"], "on": ["2024-05-01"], "case-note": [note]])
        let app = WebApplication(service: service, authenticate: { login, password in password == "correct horse battery" ? (login, login) : nil },
                                 randomBytes: { [UInt8](repeating: UInt8.random(in: 0...255), count: 32) }, now: { 1_000_000 })
        let browser = WebApplicationTests.Browser(council: council, app: app)
        _ = try browser.signIn(login: actor)
        return browser
    }

    @Test(arguments: [("alice", true), ("city-admin", true), ("bob", false)])
    func aCaseNoteIsReadOnlyByThoseWhoMayAttachOne(_ actor: String, _ reads: Bool) throws {
        let b = try Self.browser(signedInAs: actor)
        for address in ["/issues/K-0001", "/documents/timeline/K-0001", "/documents/timeline/K-0001?format=csv",
                        "/documents/timeline/K-0001?format=json", "/documents/timeline/K-0001?format=md"] {
            let response = try b.request("GET", address)
            #expect(response.status == .ok, "\(actor) \(address)")
            #expect(b.text(response).contains(Self.note) == reads, "\(actor) \(address)")
        }
        #expect(!b.text(try b.request("GET", "/documents/steering")).contains(Self.note), "council-wide documents show no note where roles are enforced")
    }

    @Test(arguments: [("alice", true), ("bob", false)])
    func aMemberOfAnotherBodyIsRefusedInPlainJapaneseAndNothingIsWritten(_ actor: String, _ records: Bool) throws {
        let b = try Self.browser(signedInAs: actor)
        let form = try b.request("GET", "/issues/K-0001/analyze")
        let before = try b.council.service.issueHistory("K-0001").count
        let sent = try b.request("POST", "/issues/K-0001/analyze", form: [("_csrf", b.hidden("_csrf", in: form)), ("_key", b.hidden("_key", in: form)),
                                                                           ("_seen", b.hidden("_seen", in: form)), ("factor", "家賃が高い")])
        #expect((sent.status == .seeOther) == records, "\(actor): \(sent.status)")
        #expect(try b.council.service.issueHistory("K-0001").count == before + (records ? 1 : 0))
        if !records {
            #expect(b.text(sent).contains("家賃が高い"), "what was typed is kept")
            #expect(b.text(sent).contains("bob") && b.text(sent).contains("できません"), "\(b.text(sent).prefix(4000))")
        }
    }

    @Test(arguments: [("alice", true), ("city-admin", true), ("bob", false)])
    func aCaseNoteIsFoundOnlyByThoseWhoMayReadIt(_ actor: String, _ finds: Bool) throws {
        let b = try Self.browser(signedInAs: actor)
        let page = b.text(try b.request("GET", "/search?q=" + WebApplicationTests.Browser.encode("虐待　通報")))
        #expect(page.contains("href=\"/issues/K-0001\"") == finds, "\(actor)")
        #expect(page.contains("<mark>虐待</mark>通報") == finds && page.contains("事例メモ（内部用）") == finds, "\(actor)")
        #expect(try b.council.service.search("虐待", limit: 10).isEmpty, "the command line's search, with no reader, looks at no note")
    }
}
