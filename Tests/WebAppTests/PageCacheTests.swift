import Council
import CouncilService
import Hashing
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

    static func head(_ position: UInt64, _ tag: UInt8 = 0) -> LogHead { LogHead(position: position, hash: SHA256.hash([UInt8(truncatingIfNeeded: position), tag])) }

    /// As the application uses it: asked first, kept when not there.
    static func make(_ cache: PageCache, _ text: String, _ key: PageCache.Key = key(), at head: LogHead) {
        if cache.page(key, head: head) == nil { cache.keep(response(text), for: key, head: head) }
    }

    @Test func aPageStandsOnlyForTheHeadItWasMadeAt() {
        let cache = PageCache()
        Self.make(cache, "at 5", at: Self.head(5))
        #expect(Self.text(cache.page(Self.key(), head: Self.head(5))) == "at 5")
        #expect(cache.page(Self.key("someone-else"), head: Self.head(5)) == nil)
        #expect(cache.page(Self.key(), head: Self.head(6)) == nil)
        #expect(cache.count == 0, "a request at another head lets every page go")
        Self.make(cache, "at 6", at: Self.head(6))
        cache.keep(Self.response("late, at 5"), for: Self.key(), head: Self.head(5))
        #expect(Self.text(cache.page(Self.key(), head: Self.head(6))) == "at 6", "a page made at a head the cache moved on from is not kept")
    }

    @Test func theSameCountOfEventsWithAnotherLastHashIsAnotherHead() {
        // A writer's batch seen, then cut (never acknowledged), then other events to the same count.
        let cache = PageCache()
        Self.make(cache, "with the cut batch", at: Self.head(7, 1))
        #expect(cache.page(Self.key(), head: Self.head(7, 2)) == nil)
    }

    @Test func pagesBeyondTheBudgetAreDroppedAndABigOneIsNotKept() {
        var limits = PageCache.Limits()
        (limits.bytes, limits.pageBytes) = (1000, 400)
        let cache = PageCache(limits: limits)
        Self.make(cache, String(repeating: "x", count: 500), at: Self.head(1))
        #expect(cache.count == 0)
        for n in 0..<3 { Self.make(cache, String(repeating: "x", count: 300), Self.key("p\(n)"), at: Self.head(1)) }
        #expect(cache.count == 3)
        Self.make(cache, String(repeating: "x", count: 300), Self.key("p3"), at: Self.head(1))
        #expect(cache.count == 1 && cache.page(Self.key("p3"), head: Self.head(1)) != nil)
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
