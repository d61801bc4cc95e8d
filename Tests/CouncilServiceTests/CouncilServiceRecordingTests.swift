import Calendar
import Council
import CouncilService
import Dispatch
import EventStore
import Foundation
import Testing

/// The recording use-case in process: a batch decided and written whole, a refusal writing
/// nothing, a case note kept with its record or not at all, and many threads at once.
@Suite struct CouncilServiceRecordingTests {
    static let day = CalendarDate(year: 2024, month: 5, day: 1)!

    @Test func aBatchIsRecordedWholeAndReadBackByAnotherService() throws {
        let f = try ServiceFixture()
        let recorded = try f.service.record([
            .establishBody(BodyEstablished(body: "soudan", name: "相談支援部会", kind: .subcommittee, on: Self.day)),
            .raiseIssue(IssueRaised(issue: "", title: "相談先が分からない", raisedBy: "soudan", categories: [], groups: [], on: Self.day)),
            .raiseIssue(IssueRaised(issue: "", title: "移動手段が少ない", raisedBy: "soudan", categories: [], groups: [], on: Self.day)),
        ], as: ServiceFixture.caller)
        #expect(recorded.raisedIssues == ["K-0001", "K-0002"])
        #expect(recorded.positions == 2...4)
        _ = f.service.finishWriting()
        let other = try CouncilService.open(at: f.store)
        #expect(try other.issue("K-0002")?.title == "移動手段が少ない")
        #expect(try other.council().bodies["soudan"]?.name == "相談支援部会")
    }

    @Test func aRefusalNamesItsCommandAndWritesNothing() throws {
        let f = try ServiceFixture()
        let before = f.service.head
        #expect {
            try f.service.record([
                .establishBody(BodyEstablished(body: "soudan", name: "相談支援部会", kind: .subcommittee, on: Self.day)),
                .raiseIssue(IssueRaised(issue: "", title: "t", raisedBy: "nobody", categories: [], groups: [], on: Self.day)),
            ], as: ServiceFixture.caller)
        } throws: { error in
            guard let refusal = error as? Refusal, case .unknownBody("nobody", _) = refusal.error else { return false }
            return refusal.index == 1
        }
        #expect(f.service.head == before, "nothing written")
    }

    @Test func aCaseNoteIsKeptWithItsRecordOrNotAtAll() throws {
        let f = try ServiceFixture()
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        let raise = CouncilCommand.raiseIssue(IssueRaised(issue: "", title: "住まいが見つからない", raisedBy: "soudan", categories: [], groups: [], on: Self.day))
        let kept = try f.service.record([raise], as: ServiceFixture.caller, caseNote: CaseNoteRequest(text: "40代、退院後", issue: "", on: Self.day))
        let note = try #require(try f.service.issue("K-0001")?.caseNotes.first)
        #expect(kept.events.count == 2 && note.issue == "K-0001")
        let vault = f.store + "/vault"
        let notesBefore = try FileManager.default.contentsOfDirectory(atPath: vault)

        let refused = CouncilCommand.raiseIssue(IssueRaised(issue: "", title: "t", raisedBy: "nobody", categories: [], groups: [], on: Self.day))
        #expect(throws: Refusal.self) {
            try f.service.record([refused], as: ServiceFixture.caller, caseNote: CaseNoteRequest(text: "取り消される", issue: "", on: Self.day))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: vault) == notesBefore, "the refused note's text is taken back")
    }

    /// One owner of the store: calls from many threads are taken one at a time, and every raise
    /// gets its own id.
    @Test func manyThreadsRecordThroughOneService() throws {
        let f = try ServiceFixture()
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        let threads = 8, each = 5
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            for n in 0..<each {
                do {
                    try f.record("issue raise", "", ["title": ["課題 \(t)-\(n)"], "by": ["soudan"]])
                } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let council = try f.service.council()
        #expect(council.issues.count == threads * each)
        #expect(Set(council.issues.values.map(\.title)).count == threads * each)
    }
}

/// Errors gathered from many threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
