import EventStore
import Foundation
import Testing

/// `audit log`: who recorded what and when, page by page, with filters. The store is written in
/// process with a clock that strikes every hour, so the date filters have known answers.
extension CommandLineTests {
    static let actors = ["secretariat", "地域生活部会", "相談支援専門員"]
    static let streams = ["issue-a", "issue-b", "issue-c"]

    /// 30 events; event i (position i + 1) is recorded at 2026-04-01T00:00Z + i hours.
    static func hourlyStore() throws -> Scratch {
        let scratch = try Scratch("audit-log")
        try EventStore.create(at: scratch.store)
        let clock = HourlyClock(from: Timestamp(year: 2026, month: 4, day: 1)!)
        let store = try EventStore.open(at: scratch.store, options: StoreOptions(clock: { clock.tick() }))
        for i in 0..<30 {
            let event = ProposedEvent(stream: streams[i % 3], type: "ActivityLogged", occurredAt: Timestamp(year: 2026, month: 3, day: 1)!,
                                      data: ["i": .int(Int64(i))])
            try store.append([event], actor: actors[(i / 3) % 3])
        }
        try store.saveIndex()
        return scratch
    }

    final class HourlyClock: @unchecked Sendable {
        private let lock = NSLock()
        private var next: Timestamp
        init(from start: Timestamp) { next = start }
        func tick() -> Timestamp {
            lock.lock(); defer { lock.unlock() }
            defer { next = Timestamp(millisecondsSinceEpoch: next.millisecondsSinceEpoch + 3_600_000) }
            return next
        }
    }

    static func page(_ scratch: Scratch, _ options: [String]) throws -> LogPage {
        let outcome = try ChildProcess(try Tools.kadai(), ["audit", "log", "--store", scratch.store, "--lang", "en", "--json"] + options)
            .finish(timeout: Tools.timeout)
        guard outcome.exitCode == 0 else { throw UnexpectedOutput(what: "audit log failed", outcome: outcome) }
        return try outcome.decode()
    }

    /// Follows `next` to the end, checking every page but the last is full.
    static func allPages(_ scratch: Scratch, _ filters: [String], limit: Int) throws -> [Int] {
        var positions: [Int] = []
        var from: Int? = nil
        repeat {
            let page = try page(scratch, filters + ["--limit", "\(limit)"] + (from.map { ["--from", "\($0)"] } ?? []))
            #expect(page.events.count == limit || page.next == nil, "a page with a next page is full: \(filters) from \(from ?? 1)")
            positions += page.events.map(\.position)
            from = page.next
        } while from != nil && positions.count <= 30
        return positions
    }

    @Test func pagesFollowOneAnother() throws {
        let scratch = try Self.hourlyStore()
        let first = try Self.page(scratch, ["--limit", "10"])
        #expect(first.events.map(\.position) == Array(1...10) && first.next == 11)
        let second = try Self.page(scratch, ["--limit", "10", "--from", "\(try #require(first.next))"])
        #expect(second.events.map(\.position) == Array(11...20) && second.next == 21)
        let third = try Self.page(scratch, ["--limit", "10", "--from", "21"])
        #expect(third.events.map(\.position) == Array(21...30) && third.next == nil)
        #expect(first.events[0].recordedAt == "2026-04-01T00:00:00.000Z" && first.events[0].actor == "secretariat")
        #expect(try Self.page(scratch, []).events.count == 30, "the default page holds 50")
    }

    @Test(arguments: actors)
    func theActorFilterKeepsOnlyThatActor(_ actor: String) throws {
        let scratch = try Self.hourlyStore()
        let expected = (0..<30).filter { Self.actors[($0 / 3) % 3] == actor }.map { $0 + 1 }
        #expect(try Self.allPages(scratch, ["--actor", actor], limit: 4) == expected)
    }

    @Test(arguments: streams)
    func theStreamFilterKeepsOnlyThatStream(_ stream: String) throws {
        let scratch = try Self.hourlyStore()
        let expected = (0..<30).filter { Self.streams[$0 % 3] == stream }.map { $0 + 1 }
        let page = try Self.page(scratch, ["--stream", stream])
        #expect(page.events.map(\.position) == expected)
        #expect(page.events.map(\.version) == Array(1...10))
        #expect(try Self.allPages(scratch, ["--stream", stream], limit: 3) == expected)
    }

    /// A bare date is a whole day in Japan time (UTC+9); a date-time says its own offset.
    @Test(arguments: [
        (["--since", "2026-04-01T05:00:00Z", "--until", "2026-04-01T09:00:00Z"], Array(6...10)),
        (["--until", "2026-04-01"], Array(1...15)),
        (["--since", "2026-04-02"], Array(16...30)),
        (["--since", "2026-04-01T18:00:00+09:00", "--until", "2026-04-01T20:30:00+09:00"], Array(10...12)),
        (["--since", "2099-01-01"], []),
        (["--until", "2000-01-01"], []),
        // Days in 和暦 or abbreviated, and times with milliseconds as the log prints them.
        (["--until", "令和8年4月1日"], Array(1...15)),
        (["--since", "R8.4.2"], Array(16...30)),
        (["--since", "2026-04-01T05:00:00.000Z", "--until", "2026-04-01T08:59:59.999Z"], Array(6...9)),
    ])
    func dateFiltersKeepTheRecordedTimesBetween(_ options: [String], _ expected: [Int]) throws {
        let scratch = try Self.hourlyStore()
        let page = try Self.page(scratch, options)
        #expect(page.events.map(\.position) == expected)
        #expect(page.next == nil)
    }

    @Test(arguments: ["2021-02-29", "2026-13-01", "2026-04-31", "2026-04-01T24:00:00Z", "令和8年13月1日", "yesterday", "2026-04-01T09:00:00.5Z"])
    func anImpossibleDateIsRefusedAndNamed(_ date: String) throws {
        let scratch = try Self.hourlyStore()
        try Self.expectRefusal(scratch, ["audit", "log", "--store", scratch.store, "--lang", "en", "--since", date],
                               exit: 2, mentioning: ["--since cannot read the date '\(date)'"])
        try Self.expectRefusal(scratch, ["audit", "log", "--store", scratch.store, "--lang", "en", "--until", date],
                               exit: 2, mentioning: ["--until cannot read the date '\(date)'"])
    }

    @Test func anUnknownStreamOrABadLimitIsRefused() throws {
        let scratch = try Self.hourlyStore()
        try Self.expectRefusal(scratch, ["audit", "log", "--store", scratch.store, "--lang", "en", "--stream", "issue-z"],
                               exit: 1, mentioning: ["There is no stream 'issue-z'"])
        try Self.expectRefusal(scratch, ["audit", "log", "--store", scratch.store, "--lang", "en", "--limit", "0"],
                               exit: 2, mentioning: ["--limit", "'0'"])
    }
}
