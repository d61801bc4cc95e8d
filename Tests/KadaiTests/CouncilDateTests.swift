import Calendar
import Council
import EventStore
import Foundation
import Projections
import Testing

/// Reports speak 和暦, so dates are typed that way (DESIGN §6): each form must be stored as the ISO
/// date it denotes, and a date that does not exist must be refused by name, with nothing written.
@Suite struct CouncilDateTests {
    static func council(_ label: String) throws -> CouncilStore {
        let council = try CouncilStore(label)
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2000-04-01")
        return council
    }

    @Test(arguments: [
        ("令和2年8月6日", "2020-08-06"), ("R2.8.6", "2020-08-06"), ("2020-08-06", "2020-08-06"), ("H30.4.1", "2018-04-01"),
        ("平成33年4月1日", "2021-04-01"), ("令和元年5月1日", "2019-05-01"), ("平成31年4月30日", "2019-04-30"), ("R3.3.31", "2021-03-31"),
    ])
    func aWarekiDateIsStoredAsISO(_ typed: String, _ iso: String) throws {
        let council = try Self.council("date-ok")
        let reply = try council.write("issue", "raise", "--title", "日付の確認", "--by", "soudan", "--on", typed)
        #expect(reply.id == "K-0001" && reply.events.first?.on == iso)
        #expect(try council.issue("K-0001").raisedOn == iso)
        try council.ok("issue", "plan", "K-0001", "--goal", "目標", "--action", "事務局|民生委員|冊子|\(typed)|情報", "--on", typed)
        #expect(try council.issue("K-0001").plan?.actions.first?.due == iso)
        try council.ok("meeting", "record", "soudan", "--on", typed, "--agenda", "議題", "--issue", "K-0001")
        #expect(try council.body("soudan").meetings.first?.on == iso)
    }

    @Test(arguments: [
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "2021-02-29"], ["--on", "'2021-02-29'"]),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "令和2年13月1日"], ["--on", "'令和2年13月1日'"]),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "R2.2.30"], ["--on", "'R2.2.30'"]),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "来週"], ["--on", "'来週'"]),
        (["meeting", "record", "soudan", "--on", "2021-02-29", "--agenda", "a"], ["--on", "'2021-02-29'"]),
        (["issue", "plan", "K-0001", "--goal", "g", "--action", "a|b|c|令和2年13月1日|"], ["--action", "'令和2年13月1日'"]),
        (["issue", "show", "K-0001", "--as-of", "2021-02-29"], ["--as-of", "'2021-02-29'"]),
        (["issue", "show", "K-0001", "--known-at", "yesterday"], ["--known-at", "'yesterday'"]),
    ])
    func aDateThatDoesNotExistIsRefusedByName(_ arguments: [String], _ mentioning: [String]) throws {
        let council = try Self.council("date-bad")
        try council.ok("issue", "raise", "--title", "既存の課題", "--by", "soudan", "--on", "2020-05-01")
        try expectCouncilRefusal(council, arguments, exit: 2, mentioning: mentioning)
    }

    static let outside = ["1873-01-01", "2100-12-31"]

    /// Every date and fiscal-year option, and a date in an `apply` line, stops at 1873…2100: these
    /// used to be taken, and three of them then trapped (SIGILL) in the decider or a document.
    @Test(arguments: [
        (["issue", "carry-over", "K-0001", "--on", "9999-12-31"], ["--on: '9999-12-31' is outside the dates kadai takes"] + outside),
        (["report", "annual", "soudan", "--fy", "9999"], ["--fy: '9999' is outside the fiscal years kadai takes: from 1873 (明治6年度) to 2100."]),
        (["issue", "act", "K-0001", "--on", "0001-02-01", "--summary", "s"], ["--on: '0001-02-01'"] + outside),
        (["issue", "plan", "K-0001", "--goal", "g", "--action", "a|b|c|2101-01-01|"], ["--action: '2101-01-01'"] + outside),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "明治5年12月2日"], ["--on: '明治5年12月2日'"] + outside),
        (["issue", "show", "K-0001", "--as-of", "R83.1.1"], ["--as-of: 'R83.1.1'"] + outside),
        (["issue", "show", "K-0001", "--known-at", "2200-01-01T00:00:00Z"], ["--known-at: '2200-01-01T00:00:00Z'"] + outside),
        (["audit", "log", "--since", "0001-01-01"], ["--since: '0001-01-01'"] + outside),
        (["report", "steering", "--on", "0001-01-01"], ["--on: '0001-01-01'"] + outside),
        (["site", "--out", "site", "--fy", "FY0001"], ["--fy: 'FY0001'", "1873", "2100"]),
        (["issue", "list", "--fy", "H9999"], ["--fy: 'H9999'", "1873", "2100"]),
    ])
    func aDateOutsideWhatCanBeTypedIsRefusedNamingTheRange(_ arguments: [String], _ mentioning: [String]) throws {
        let council = try Self.council("date-range")
        try council.ok("issue", "raise", "--title", "既存の課題", "--by", "soudan", "--on", "2020-05-01")
        try expectCouncilRefusal(council, arguments, exit: 2, mentioning: mentioning)
    }

    @Test func aDateInAnApplyLineIsRefusedNamingTheRange() throws {
        let council = try Self.council("date-range-apply")
        let lines = [#"{"command":"issue raise","title":"t","by":"soudan","on":"2020-05-01"}"#,
                     #"{"command":"issue carry-over","id":"K-0001","on":"9999-12-31"}"#]
        try expectCouncilRefusal(council, ["apply", try council.file("far.jsonl", lines.joined(separator: "\n"))], exit: 2,
                                 mentioning: ["line 2: --on: '9999-12-31'"] + Self.outside)
    }

    /// Only 平成 runs past its end (DESIGN §6); a day after any other era ended is the next era's.
    @Test(arguments: [
        ("S64.1.8", "H1.1.8"), ("昭和64年1月8日", "平成元年1月8日"), ("T15.12.25", "S1.12.25"), ("M45.7.30", "T1.7.30"),
    ])
    func aDayAfterItsEraEndedIsRefusedWithTheRightForm(_ typed: String, _ correction: String) throws {
        let council = try Self.council("date-era")
        try expectCouncilRefusal(council, ["issue", "raise", "--title", "t", "--by", "soudan", "--on", typed], exit: 2,
                                 mentioning: ["--on: '\(typed)' is after", "write \(correction)."])
        try council.ok("issue", "raise", "--title", "t", "--by", "soudan", "--on", "H32.1.1")
        try expectCouncilRefusal(council, ["report", "schedule", "--fy", "大正16年度"], exit: 2, mentioning: ["after 大正 ended", "write 昭和2年度."])
    }

    /// Records dated in year 1 and in 9999, as an older kadai or an import could have left them:
    /// `kadai site` and the documents used to trap on them; now they print.
    @Test func aStoreHoldingDaysAtTheCalendarsEndsStillPublishes() throws {
        let council = try Self.council("date-ends")
        let store = try EventStore.open(at: council.store)
        var state = try CouncilLoader(store: store).fullState()
        let first = CalendarDate(year: 1, month: 1, day: 1)!, march = CalendarDate(year: 1, month: 3, day: 31)!
        for command: CouncilCommand in [
            .establishBody(BodyEstablished(body: "old", name: "古い部会", kind: .subcommittee, on: first)),
            .recordMeeting(body: "old", on: march, number: nil, format: .inPerson, agenda: ["議題"], issues: [], decisions: []),
            .raiseIssue(IssueRaised(issue: "", title: "古い課題", raisedBy: "old", categories: [], groups: [], on: march)),
            .carryOverIssue(issue: "K-0001", note: nil, on: .latest),
        ] {
            for event in try CouncilDecider.decide(command, state) {
                CouncilDecider.evolve(&state, event)
                _ = try store.append([event.proposed], actor: "secretariat")
            }
        }
        try store.close()
        let site = council.scratch.path("site")
        try council.ok("site", "--out", site, "--fy", "2026")
        #expect(FileManager.default.fileExists(atPath: site + "/years/0.html"))
        try council.ok("report", "steering", "--on", "2026-04-01")
        try council.ok("issue", "show", "K-0001")
    }

    /// 年度 in every written form; 令和元年度 and 平成31年度 are the same year.
    @Test(arguments: [("R2", 2020), ("令和2年度", 2020), ("FY2020", 2020), ("2020", 2020), ("令和元年度", 2019), ("平成31年度", 2019)])
    func aFiscalYearIsReadInEveryForm(_ typed: String, _ year: Int) throws {
        let council = try Self.council("fy")
        try council.ok("issue", "raise", "--title", "年度の確認", "--by", "soudan", "--on", "2019-04-01")
        try council.ok("issue", "evaluate", "K-0001", "--fy", typed, "--outcome", "成果", "--decision", "continue")
        let evaluation = try #require(try council.issue("K-0001").evaluations.first)
        #expect(evaluation.fy == year && evaluation.on == "\(year + 1)-03-31", "an evaluation without --on is dated the year's last day")
    }

    /// Work entered from an old report is often known only to the month or the 年度 (issue 14,
    /// item 4): it is stored so, printed so in every document, sorted after the dated work it may
    /// have followed, and it invents no last-activity day.
    @Test func anActivityKnownOnlyToItsMonthOrYearIsKeptAndPrintedSo() throws {
        let council = try Self.council("date-partial")
        try council.ok("issue", "raise", "--title", "移動手段の整理", "--by", "soudan", "--on", "2021-04-05")
        try council.ok("meeting", "record", "soudan", "--on", "2021-11-20", "--agenda", "移動支援")
        let month = try council.write("issue", "act", "K-0001", "--on", "R3.11", "--summary", "事業所へ聞き取り", "--kind", "survey")
        #expect(month.events.first?.on == "2021-11")
        try council.ok("issue", "act", "K-0001", "--on", "令和3年度", "--summary", "利用要件を整理", "--kind", "deliverable")
        try council.ok("issue", "act", "K-0001", "--on", "2021-11-30", "--summary", "月末の打合せ", "--kind", "meeting")

        let issue = try council.issue("K-0001")
        #expect(issue.activities.map(\.on) == ["2021-11-30", "2021-11", "FY2021"])
        #expect(issue.lastActivityOn == "2021-11-30", "the month and the year move no day")

        let shown = try council.ok("issue", "show", "K-0001", "--lang", "ja").stdout
        #expect(shown.contains("令和3年11月 調査") && shown.contains("令和3年度 成果物"), "\(shown)")
        let annual = try council.ok("report", "annual", "soudan", "--fy", "R3", "--lang", "ja").stdout
        #expect(annual.contains("| 調査 11月 |") && annual.contains("| 成果物 年度内 |"), "\(annual)")
        let order = ["第1回 11月20日", "月末の打合せ", "事業所へ聞き取り", "利用要件を整理"].map { annual.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! }, "\(annual)")
        let activity = try council.ok("report", "pdca", "--fy", "R3", "--lang", "ja").stdout
        #expect(activity.contains("令和3年11月：事業所へ聞き取り") && activity.contains("令和3年度：利用要件を整理"), "\(activity)")
        let audit = try council.ok("report", "audit", "--since", "2021-01-01", "--lang", "ja").stdout
        #expect(audit.contains("| 令和3年11月 |") && audit.contains("| 令和3年度 |"), "\(audit)")

        // As of 15 November the month is not over, so the work of "令和3年11月" is not yet certain.
        #expect(try council.issue("K-0001", "--as-of", "2021-11-15").activities.isEmpty)
        #expect(try council.issue("K-0001", "--as-of", "2021-12-01").activities.map(\.on) == ["2021-11-30", "2021-11"])
    }

    @Test(arguments: [("2021", "'2021'"), ("R3", "'R3'"), ("令和3年13月", "'令和3年13月'"), ("令和元年4月", "平成31年4月")])
    func anActivityDateThatIsNeitherDayMonthNorYearIsRefused(_ typed: String, _ mentioning: String) throws {
        let council = try Self.council("date-partial-bad")
        try council.ok("issue", "raise", "--title", "t", "--by", "soudan", "--on", "2019-04-05")
        try expectCouncilRefusal(council, ["issue", "act", "K-0001", "--on", typed, "--summary", "s"], exit: 2, mentioning: ["--on", mentioning])
        try expectCouncilRefusal(council, ["meeting", "record", "soudan", "--on", "R3.11", "--agenda", "a"], exit: 2,
                                 mentioning: ["--on: 'R3.11' gives the month but not the day"])
    }
}
