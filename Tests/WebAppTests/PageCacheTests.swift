import Council
import CouncilService
import HTTPServer
import Testing
@testable import WebApp

/// Pages kept for the log's head they were made at: asked again they are served as made, until
/// anything is recorded — by this server or by another process on the same store — and never to
/// a reader they were not made for.
@Suite struct PageCacheTests {
    static func response(_ text: String) -> HTTPResponse { .html(text) }
    static func key(_ actor: String = "jimu", _ target: String = "/issues/K-0001") -> PageCache.Key {
        PageCache.Key(actor: actor, target: target, day: "2024-06-01")
    }
    static func text(_ response: HTTPResponse?) -> String? { response.map { String(decoding: $0.body, as: UTF8.self) } }

    @Test func aPageStandsOnlyForTheHeadItWasMadeAt() {
        let cache = PageCache()
        cache.keep(Self.response("at 5"), for: Self.key(), head: 5)
        #expect(Self.text(cache.page(Self.key(), head: 5)) == "at 5")
        #expect(cache.page(Self.key(), head: 6) == nil)
        #expect(cache.page(Self.key("someone-else"), head: 5) == nil)
        cache.keep(Self.response("at 6"), for: Self.key(), head: 6)
        cache.keep(Self.response("late, at 5"), for: Self.key(), head: 5)
        #expect(Self.text(cache.page(Self.key(), head: 6)) == "at 6", "a page made at an older head, kept late, replaces nothing")
        #expect(cache.page(Self.key(), head: 5) == nil && cache.count == 1)
    }

    @Test func pagesBeyondTheBudgetAreDroppedAndABigOneIsNotKept() {
        var limits = PageCache.Limits()
        (limits.bytes, limits.pageBytes) = (1000, 400)
        let cache = PageCache(limits: limits)
        cache.keep(Self.response(String(repeating: "x", count: 500)), for: Self.key(), head: 1)
        #expect(cache.count == 0)
        for n in 0..<3 { cache.keep(Self.response(String(repeating: "x", count: 300)), for: Self.key("p\(n)"), head: 1) }
        #expect(cache.count == 3)
        cache.keep(Self.response(String(repeating: "x", count: 300)), for: Self.key("p3"), head: 1)
        #expect(cache.count == 1 && cache.page(Self.key("p3"), head: 1) != nil)
    }

    @Test func aPageAskedAgainShowsWhatAnotherProcessRecordedMeanwhile() throws {
        let b = try WebApplicationTests.Browser()
        _ = try b.signIn()
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try b.council.service.record(raise, CommandInput(values: ["title": ["住まい"], "by": ["soudan"]], today: CommandFormTests.today), as: CommandFormTests.caller)
        let first = try b.request("GET", "/issues/K-0001")
        #expect(b.text(try b.request("GET", "/issues/K-0001")) == b.text(first) && b.app.pageCache.count == 1)

        // What `kadai issue analyze` would do beside the server: its own service on the same folder.
        let elsewhere = try CouncilService.open(at: b.council.folder.path("EventLog"))
        let analyse = try #require(RecordingCommands.named("issue analyze"))
        _ = try elsewhere.record(analyse, CommandInput(positional: "K-0001", values: ["factor": ["家賃が高い"]], today: CommandFormTests.today),
                                 as: CommandFormTests.caller)
        _ = elsewhere.finishWriting()
        #expect(b.text(try b.request("GET", "/issues/K-0001")).contains("家賃が高い"))
        #expect(b.text(try b.request("GET", "/issues")).contains("分析"), "the list too")
    }

    @Test func aFormIsMadeAnewEachTime() throws {
        let b = try WebApplicationTests.Browser()
        _ = try b.signIn()
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try b.council.service.record(raise, CommandInput(values: ["title": ["住まい"], "by": ["soudan"]], today: CommandFormTests.today), as: CommandFormTests.caller)
        let keys = try (0..<2).map { _ in b.hidden("_key", in: try b.request("GET", "/issues/K-0001/analyze")) }
        #expect(keys[0] != keys[1] && !keys[0].isEmpty)
    }

    @Test func aPageWithCaseNotesIsNeverServedToSomeoneWhoMayNotReadThem() throws {
        let alice = try CaseNoteReaderTests.browser(signedInAs: "alice")
        #expect(alice.text(try alice.request("GET", "/issues/K-0001")).contains(CaseNoteReaderTests.note))
        let bob = WebApplicationTests.Browser(council: alice.council, app: alice.app)
        _ = try bob.signIn(login: "bob")
        let page = try bob.request("GET", "/issues/K-0001")
        #expect(page.status == .ok && !bob.text(page).contains(CaseNoteReaderTests.note))
    }
}
