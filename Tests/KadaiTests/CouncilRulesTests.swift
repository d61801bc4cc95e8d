import Calendar
import Council
import EventStore
import Foundation
import Projections
import Testing

/// The rules' second edition (issue 14, item 7), and that a council begun under the first keeps
/// being read: its records are imported and replayed as they were admitted.
@Suite struct CouncilRulesTests {
    static func council(_ label: String) throws -> CouncilStore {
        let council = try CouncilStore(label)
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2020-04-01")
        try council.ok("issue", "raise", "--title", "移動手段", "--by", "soudan", "--on", "2021-04-05")
        return council
    }

    @Test func anActivityNamesOnlyARecordedMeeting() throws {
        let council = try Self.council("rules-meeting")
        try council.ok("meeting", "record", "soudan", "--on", "2021-05-10", "--agenda", "議題")
        try council.ok("meeting", "record", "soudan", "--on", "2021-07-12", "--agenda", "議題")
        try expectCouncilRefusal(council, ["issue", "act", "K-0001", "--on", "2021-09-01", "--summary", "s", "--meeting", "soudan-2021-3"], exit: 1,
                                 mentioning: ["There is no recorded meeting 'soudan-2021-3'", "Known: soudan-2021-2, soudan-2021-1."])
        try expectCouncilRefusal(council, ["issue", "act", "K-0001", "--on", "2021-09-01", "--summary", "s", "--meeting", "soudn-2021-2"], exit: 1,
                                 mentioning: ["There is no recorded meeting 'soudn-2021-2'"])
        try expectCouncilRefusal(council, ["issue", "act", "K-0001", "--on", "2021-09-01", "--summary", "s", "--meeting", "soudan-2021-1x"], exit: 1,
                                 mentioning: ["'soudan-2021-1x'"])
        try council.ok("issue", "act", "K-0001", "--on", "2021-07-12", "--summary", "聞き取り結果を共有", "--meeting", "soudan-2021-2")
        #expect(try council.issue("K-0001").activities.map(\.meeting) == ["soudan-2021-2"])
    }

    @Test func aSecondReviewOfTheYearMustSayItAmendsAndTheRecordSaysWhatChanged() throws {
        let council = try Self.council("rules-review")
        let review = ["review", "record", "soudan", "--fy", "R3", "--summary", "移動手段を整理した", "--comment", "よく進んだ", "--next", "continue"]
        try expectCouncilRefusal(council, review + ["--amend"], exit: 1, mentioning: ["There is no review of 'soudan' for FY2021 to amend yet."])
        try council.ok(review)
        try expectCouncilRefusal(council, review, exit: 1,
                                 mentioning: ["The review of 'soudan' for FY2021 is already recorded (dated 2022-03-31)", "--amend"])
        try expectCouncilRefusal(council, review + ["--amend"], exit: 1, mentioning: ["change"])
        let amended = try council.ok(["review", "record", "soudan", "--fy", "R3", "--summary", "移動手段の利用要件を整理した", "--comment", "よく進んだ",
                                      "--next", "continue", "--amend", "--lang", "ja"]).stdout
        #expect(amended.contains("振り返りの修正（令和3年度）：活動のまとめを変更"), "\(amended)")
        let sheet = try council.ok("sheet", "soudan", "--fy", "R3").stdout
        #expect(sheet.contains("移動手段の利用要件を整理した") && !sheet.contains("移動手段を整理した"))
        let history = try council.ok("report", "audit", "--since", "2020-01-01", "--lang", "ja").stdout
        #expect(history.contains("振り返り（令和3年度）：次年度継続") && history.contains("振り返りの修正（令和3年度）：活動のまとめを変更"), "\(history)")
    }

    @Test func aMeetingLeftToBeNumberedMayNotComeBeforeOneNumberedAlready() throws {
        let council = try Self.council("rules-number")
        try council.ok("meeting", "record", "soudan", "--on", "2021-05-10", "--agenda", "議題")
        try council.ok("meeting", "record", "soudan", "--on", "2021-09-13", "--agenda", "議題", "--number", "3")
        try expectCouncilRefusal(council, ["meeting", "record", "soudan", "--on", "2021-07-12", "--agenda", "議題"], exit: 1,
                                 mentioning: ["earlier than its no. 3 (2021-09-13)", "--number"])
        let second = try council.ok("meeting", "record", "soudan", "--on", "2021-07-12", "--agenda", "議題", "--number", "2").stdout
        #expect(second.hasPrefix("soudan-2021-2\n") && !second.contains("Note:"))
        let same = try council.ok("meeting", "record", "soudan", "--on", "2021-09-13", "--agenda", "午後の部").stdout
        #expect(same.contains("Note: no. 3 is recorded on the same day (2021-09-13)."), "\(same)")
        #expect(try council.body("soudan").meetings.map(\.number).sorted() == [1, 2, 3, 4])
    }

    /// A council begun before the rules had editions: its log (an activity naming a meeting that
    /// was never recorded, a review recorded twice, a meeting numbered out of order) is admitted
    /// on import, and it keeps its rules for new records.
    @Test func aCouncilBegunUnderTheFirstEditionKeepsItsRules() throws {
        let scratch = try Scratch("rules-first")
        let store = try EventStore.create(at: scratch.store)
        var state = CouncilState()
        let day = { (text: String) in try DateParser.parse(text) }
        for command: CouncilCommand in [
            .initialise(CouncilInitialised(name: "古い協議会", rules: 1, on: try day("2020-04-01"))),
            .establishBody(BodyEstablished(body: "soudan", name: "相談支援部会", kind: .subcommittee, on: try day("2020-04-01"))),
            .raiseIssue(IssueRaised(issue: "", title: "移動手段", raisedBy: "soudan", categories: [], groups: [], on: try day("2021-04-05"))),
            .logActivity(ActivityLogged(issue: "K-0001", summary: "会議より先に記録", kind: .meeting, meeting: "soudan-2021-1", advances: [], functions: [], on: try day("2021-05-10"))),
            .recordMeeting(body: "soudan", on: try day("2021-09-13"), number: nil, format: .inPerson, agenda: ["議題"], issues: [], decisions: []),
            .recordMeeting(body: "soudan", on: try day("2021-05-10"), number: nil, format: .inPerson, agenda: ["議題"], issues: [], decisions: []),
            .recordReview(BodyYearReviewed(body: "soudan", fiscalYear: FiscalYear(startYear: 2021), comments: ["一度目"], functions: [], next: .continue, on: try day("2022-03-31"))),
            .recordReview(BodyYearReviewed(body: "soudan", fiscalYear: FiscalYear(startYear: 2021), comments: ["二度目"], functions: [], next: .continue, on: try day("2022-03-31"))),
        ] {
            for event in try CouncilDecider.decide(command, state) {
                CouncilDecider.evolve(&state, event)
                _ = try store.append([event.proposed], actor: "secretariat")
            }
        }
        try store.close()
        #expect(state.rules == 1)
        let exported = scratch.path("old.jsonl"), restored = scratch.path("restored/EventLog")
        #expect(try TransferTests.run(["export", "--out", exported], store: scratch.store).exitCode == 0)
        let imported = try TransferTests.run(["import", exported], store: restored)
        #expect(imported.exitCode == 0, "\(imported)")
        let again = try TransferTests.run(["issue", "act", "K-0001", "--on", "2021-10-01", "--summary", "s", "--meeting", "soudan-2021-9"], store: restored)
        #expect(again.exitCode == 0, "the first edition does not look meetings up\n\(again)")
        let sheet = try TransferTests.run(["sheet", "soudan", "--fy", "R3"], store: restored).stdout
        #expect(sheet.contains("二度目") && !sheet.contains("一度目"), "the first edition's second review replaces the first\n\(sheet)")
        let body: BodyView = try TransferTests.run(["body", "show", "soudan", "--json"], store: restored).decode()
        #expect(Set(body.meetings.map { "\($0.number) \($0.on)" }) == ["1 2021-09-13", "2 2021-05-10"])

        // Adopting the current edition: what came before stays, what comes after is checked.
        let adopted = try TransferTests.run(["rules", "adopt"], store: restored)
        #expect(adopted.exitCode == 0 && adopted.stdout.contains("rules: edition \(CouncilRules.current) adopted"), "\(adopted)")
        let refused = try TransferTests.run(["issue", "act", "K-0001", "--on", "2021-10-02", "--summary", "s", "--meeting", "soudan-2021-9"], store: restored)
        #expect(refused.exitCode == 1 && refused.stderr.contains("There is no recorded meeting 'soudan-2021-9'"), "\(refused)")
        let twice = try TransferTests.run(["rules", "adopt"], store: restored)
        #expect(twice.exitCode == 0 && twice.stdout.contains("Nothing to record: it is already so."), "\(twice)")
        #expect(try TransferTests.run(["audit", "verify"], store: restored).exitCode == 0)
    }

    @Test(arguments: ["soudan-2021-3", "seishin-kyogi-2024-1", "a-b-c-2024-12"])
    func aMeetingIdNamesItsBody(_ id: String) {
        #expect(MeetingReference.body(of: id) == id.split(separator: "-").dropLast(2).joined(separator: "-"))
    }

    @Test(arguments: ["soudan", "soudan-2021", "-2021-3", "soudan-2021-", "soudan-x-3", "soudan-２０２１-3"])
    func aMeetingIdOfAnotherShapeNamesNoBody(_ id: String) {
        #expect(MeetingReference.body(of: id) == nil)
    }
}
