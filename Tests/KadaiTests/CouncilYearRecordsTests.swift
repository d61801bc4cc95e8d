import Foundation
import Testing

/// What a secretariat writes that had nowhere to go (issue 14, item 5), each from the command line
/// to the documents that print it.
@Suite struct CouncilYearRecordsTests {
    static func council(_ label: String) throws -> CouncilStore {
        let council = try CouncilStore(label)
        try council.ok("body", "establish", "chiiki", "--name", "地域生活移行部会", "--kind", "subcommittee", "--on", "2016-04-01")
        return council
    }

    @Test func aRenameKeepsItsReasonAndTheBodysPageSaysIt() throws {
        let council = try Self.council("year-rename")
        try council.ok("body", "rename", "chiiki", "--name", "どこでだれと暮らしたいか部会", "--on", "2018-04-01",
                       "--reason", "地域移行・地域定着をテーマに、本人の思いから考える部会とするため")
        let site = council.scratch.path("site")
        try council.ok("site", "--out", site, "--fy", "R2", "--lang", "ja")
        let page = try String(contentsOfFile: site + "/bodies/chiiki.html", encoding: .utf8)
        #expect(page.contains("地域生活移行部会") && page.contains("名称変更の理由：地域移行・地域定着をテーマに、本人の思いから考える部会とするため"))
    }

    @Test func severalPeopleOfOneOrganisationSitOnOneSeat() throws {
        let council = try Self.council("year-people")
        try council.ok("member", "appoint", "chiiki", "--member", "shienkakari", "--affiliation", "長岡市福祉課支援係", "--category", "行政職員",
                       "--role", "secretariat", "--people", "3", "--on", "2020-04-01")
        #expect(try council.ok("body", "show", "chiiki", "--lang", "ja").stdout.contains("長岡市福祉課支援係（3名）"))
        let status = try council.ok("report", "status", "chiiki", "--fy", "R2", "--lang", "ja").stdout
        #expect(status.contains("長岡市福祉課支援係（3名）※事"), "\(status)")
        try expectCouncilRefusal(council, ["member", "appoint", "chiiki", "--member", "kikan", "--affiliation", "基幹", "--category", "行政職員",
                                           "--people", "100"], exit: 1, mentioning: ["100 people cannot sit on one seat; give 1 to 99."])
    }

    @Test func aMeetingKnownOnlyToHaveBeenHeldKeepsItsRemark() throws {
        let council = try Self.council("year-held")
        try council.ok("meeting", "record", "chiiki", "--on", "2020-10-20", "--note", "資料は書面で配布")
        let annual = try council.ok("report", "annual", "chiiki", "--fy", "R2", "--lang", "ja").stdout
        #expect(annual.contains("| 第1回 10月20日 |  | 資料は書面で配布 |"), "\(annual)")
        let status = try council.ok("report", "status", "chiiki", "--fy", "R2", "--lang", "ja").stdout
        #expect(status.contains("※資料は書面で配布"), "\(status)")
    }

    @Test func aYearsCountKnownOnlyAsANumberIsPrintedAsSuch() throws {
        let council = try Self.council("year-count")
        try council.ok("meeting", "record", "chiiki", "--on", "2023-05-10", "--agenda", "方針")
        try council.ok("meeting", "count", "chiiki", "--fy", "R5", "--count", "7", "--note", "運営会議を年７回開催")
        let sheet = try council.ok("sheet", "chiiki", "--fy", "R5", "--lang", "ja").stdout
        #expect(sheet.contains("| 開催回数 | 7回（回数のみの記録） |"), "\(sheet)")
        let schedule = try council.ok("report", "schedule", "--fy", "R5", "--lang", "ja").stdout
        #expect(schedule.contains("7回（回数のみの記録）"))
        // No more than recorded says nothing new: the meetings recorded are the count.
        try council.ok("meeting", "count", "chiiki", "--fy", "R5", "--count", "1")
        #expect(try council.ok("sheet", "chiiki", "--fy", "R5", "--lang", "ja").stdout.contains("| 開催回数 | 1回 |"))
    }

    @Test func theStatusReportsDateAndDirectionAreTheSecretariatsOwn() throws {
        let council = try Self.council("year-status")
        try council.ok("meeting", "record", "chiiki", "--on", "2021-01-12", "--agenda", "振り返り")
        try council.ok("review", "record", "chiiki", "--fy", "R2", "--next", "continue", "--next-policy", "方針案", "--on", "2021-01-13")
        var status = try council.ok("report", "status", "chiiki", "--fy", "R2", "--lang", "ja").stdout
        #expect(status.contains("令和3年1月13日 更新") && status.contains("| 今後の検討の方向性 | 次年度も継続"), "derived while none is written\n\(status)")
        try council.ok("body", "status", "chiiki", "--fy", "R2", "--on", "2021-01-15", "--direction", "今年度の部会は終了。次年度も開催する。")
        status = try council.ok("report", "status", "chiiki", "--fy", "R2", "--lang", "ja").stdout
        #expect(status.contains("令和3年1月15日 更新") && status.contains("| 今後の検討の方向性 | 今年度の部会は終了。次年度も開催する。 |"), "\(status)")
    }

    /// The 更新日 the report finds for itself is a day that was recorded: not a month-dated
    /// training's last day, not the day next year's plan was made.
    @Test func theStatusReportsOwnDateIsNeverInvented() throws {
        let council = try Self.council("year-updated")
        try council.ok("meeting", "record", "chiiki", "--on", "2021-01-12", "--agenda", "振り返り")
        try council.ok("body", "activity", "chiiki", "--kind", "training", "--title", "研修", "--on", "令和3年2月")
        try council.ok("meeting", "plan", "chiiki", "--fy", "R3", "--number", "1", "--date", "2021-05-10", "--on", "2021-03-20")
        let status = try council.ok("report", "status", "chiiki", "--fy", "R2", "--lang", "ja").stdout
        #expect(status.contains("令和3年1月12日 更新"), "\(status)")
    }

    /// An activity known only to its 年度, then the year's evaluation dated inside it: the issue is evaluated.
    @Test func anActivityKnownOnlyToItsYearDoesNotHoldBackTheEvaluation() throws {
        let council = try Self.council("year-phase")
        try council.ok("issue", "raise", "--title", "移動手段", "--by", "chiiki", "--on", "2021-04-05")
        try council.ok("issue", "act", "K-0001", "--on", "令和3年度", "--summary", "整理した")
        try council.ok("issue", "evaluate", "K-0001", "--fy", "R3", "--outcome", "整理できた", "--decision", "continue", "--on", "2022-03-15")
        #expect(try council.issue("K-0001").phase == "evaluated")
    }
}
