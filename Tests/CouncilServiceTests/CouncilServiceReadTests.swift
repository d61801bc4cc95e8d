import Calendar
import Council
import CouncilService
import Dispatch
import Projections
import Testing

/// Reads in process: an issue and a body as their pages show them, lists with filters, histories,
/// diffs, and time travel, each refused by name when it names what the council does not have.
@Suite struct CouncilServiceReadTests {
    static let day = CalendarDate(year: 2024, month: 6, day: 1)!

    static func council() throws -> ServiceFixture {
        let f = try ServiceFixture()
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        try f.record("body establish", "kodomo", ["name": ["こども部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        try f.record("issue raise", "", ["title": ["住まいが見つからない"], "by": ["soudan"], "on": ["2024-05-01"]])
        try f.record("issue raise", "", ["title": ["放課後の居場所"], "by": ["kodomo"], "on": ["2024-07-01"]])
        return f
    }

    @Test func anIssueComesWithItsOwnersNameAndItsCaseNotes() throws {
        let f = try Self.council()
        let raise = CouncilCommand.raiseIssue(IssueRaised(issue: "", title: "退院後の支援", raisedBy: "soudan", categories: [], groups: [], on: Self.day))
        try f.service.record([raise], as: ServiceFixture.caller, caseNote: CaseNoteRequest(text: "40代、退院後", issue: "", on: Self.day))
        let view = try f.service.issueView("K-0003")
        #expect(view.issue.title == "退院後の支援" && view.ownerName == "相談支援部会")
        #expect(view.caseNotes.map(\.text) == ["40代、退院後"] && view.caseNotes.allSatisfy { !$0.erased })
    }

    @Test func anIssueBeforeItWasRaisedIsNotThere() throws {
        let f = try Self.council()
        #expect(throws: DomainError.unknownIssue("K-0002", known: [])) {
            try f.service.issueView("K-0002", at: ReadingPoint(asOf: CalendarDate(year: 2024, month: 6, day: 30)!))
        }
        #expect(throws: DomainError.unknownIssue("K-0009", known: [])) { try f.service.issueView("K-0009") }
    }

    @Test func listsKeepWhatTheFilterNames() throws {
        let f = try Self.council()
        let kodomo = try f.service.issues(IssueFilter(body: "kodomo"))
        #expect(kodomo.issues.map(\.id) == ["K-0002"] && kodomo.ownerName(of: kodomo.issues[0]) == "こども部会")
        let all = try f.service.issues(IssueFilter(openOnly: true))
        #expect(all.issues.map(\.id) == ["K-0001", "K-0002"])
        let june = try f.service.issues(IssueFilter(),
                                        at: ReadingPoint(asOf: CalendarDate(year: 2024, month: 6, day: 30)!))
        #expect(june.issues.map(\.id) == ["K-0001"])
        #expect(throws: DomainError.unknownBody("sodan", known: [])) {
            try f.service.issues(IssueFilter(body: "sodan"))
        }
        #expect(try f.service.bodies().map(\.id) == ["soudan", "kodomo"])
    }

    @Test func aListHeldByAServiceThatLivesOnSeesEveryLaterWrite() throws {
        let f = try Self.council()
        #expect(try f.service.issues(IssueFilter()).issues.count == 2)
        try f.record("issue raise", "", ["title": ["移動の手段がない"], "by": ["soudan"], "on": ["2024-08-01"]])
        let other = try CouncilService.open(at: f.store)
        try other.record([.raiseIssue(IssueRaised(issue: "", title: "相談先が分からない", raisedBy: "kodomo", categories: [], groups: [], on: Self.day))],
                         as: ServiceFixture.caller)
        _ = other.finishWriting()
        #expect(try f.service.issues(IssueFilter()).issues.map(\.title) == ["住まいが見つからない", "放課後の居場所", "移動の手段がない", "相談先が分からない"])
        #expect(try f.service.bodies().count == 2)
    }

    @Test func aBodyComesWithTheIssuesItOwns() throws {
        let f = try Self.council()
        let view = try f.service.bodyView("kodomo")
        #expect(view.body.name == "こども部会" && view.issues.map(\.id) == ["K-0002"])
        #expect(throws: DomainError.unknownBody("kodomo", known: [])) {
            try f.service.bodyView("kodomo", at: ReadingPoint(asOf: CalendarDate(year: 2024, month: 3, day: 31)!))
        }
    }

    @Test func historiesAndDiffsNameWhatTheyAreAbout() throws {
        let f = try Self.council()
        #expect(try f.service.issueHistory("K-0001").map(\.record.type) == ["IssueRaised"])
        #expect(throws: DomainError.unknownIssue("K-0404", known: [])) { try f.service.issueHistory("K-0404") }
        let diff = try f.service.auditDiff("K-0002", from: CalendarDate(year: 2024, month: 6, day: 1)!, to: CalendarDate(year: 2024, month: 7, day: 31)!)
        #expect(diff.before.isEmpty && diff.after["title"] == .string("放課後の居場所") && diff.changes.count == 1)
        #expect(throws: QueryRefusal.noIssueOrBody("nothing")) { try f.service.auditDiff("nothing", from: Self.day, to: Self.day) }
    }

    @Test func manyThreadsReadAndWriteThroughOneService() throws {
        let f = try Self.council()
        let service = f.service
        DispatchQueue.concurrentPerform(iterations: 16) { n in
            if n % 2 == 0 {
                _ = try? service.record([.raiseIssue(IssueRaised(issue: "", title: "課題\(n)", raisedBy: "soudan", categories: [], groups: [], on: Self.day))],
                                        as: ServiceFixture.caller)
            } else {
                _ = try? service.issues(IssueFilter())
                _ = try? service.document(.activityReport(year: FiscalYear(startYear: 2024)), language: .ja)
            }
        }
        #expect(try service.issues(IssueFilter()).issues.count == 10)
    }
}
