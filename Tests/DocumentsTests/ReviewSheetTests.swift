import Calendar
import Council
import JSON
import Testing
@testable import Documents

/// The review sheet derives every figure from the events: 開催回数 and 開催月 from the meetings, the
/// functions from the review, plans, activities and evaluations, each with its positions.
@Suite struct ReviewSheetTests {
    let council = SampleCouncil.nagaoka

    func sheet(_ body: String = "soudan", _ year: Int = 2020, _ language: DocumentLanguage = .ja) -> Document {
        let record = council.record
        return ReviewSheet(record: record, body: record.body(body)!, year: fy(year), language: language).document()
    }

    @Test func countsMeetingsAndMonthsFromTheRecordedMeetings() {
        let d = sheet()
        #expect(d.facts["meetingCount"] == .int(6))
        #expect(d.facts["meetingMonths"] == .array([7, 8, 9, 11, 12, 2].map { .int($0) }))
        #expect(d.blocks.contains(.fields([Field("開催回数", "6回"), Field("開催月", "7月、8月、9月、11月、12月、2月")])))
        // Each counted meeting is named by its position in the log.
        let meetingPositions = council.events.filter { if case .meetingRecorded(let m) = $0.event { m.body == "soudan" } else { false } }.map(\.position)
        #expect(d.facts["meetingPositions"] == .array(meetingPositions.map { .int(Int64($0)) }))
    }

    @Test func marksTheFunctionsExercisedThatYearByThisBody() {
        let d = sheet()
        #expect(d.facts["functions"] == .array(["information", "coordination", "development", "education"].map { .string($0) }))
        #expect(d.blocks.contains(.paragraph("■情報機能　■調整機能　■開発機能　■教育機能　□権利擁護機能　□評価機能")))
        // 情報 comes from the review and from the activity that carried the plan's action 1 (情報・開発)
        // forward: both positions are named.
        guard case .object(let byFunction)? = d.facts["functionPositions"], case .array(let info)? = byFunction["information"] else {
            Issue.record("no positions for information"); return
        }
        #expect(info.count == 2)
        // 就労部会's 評価 of the year before is not this body's, nor this year's.
        #expect(!d.blocks.contains(.paragraph("■評価機能")))
    }

    @Test func aPlanAloneExercisesNothingUntilAnActivityCarriesItsActionForward() {
        var c = SampleCouncil.nagaoka
        c.run(.raiseIssue(IssueRaised(issue: "", title: "権利擁護の課題", raisedBy: "soudan", categories: [], groups: [], on: date("2020-06-01"))))
        c.run(.planIssue(issue: "K-0002", goal: "目標", actions: [PlannedAction(number: 1, who: "部会", toward: "市", what: "提言する", due: nil, functions: [.advocacy])],
                         on: date("2020-06-10")))
        func functions() -> JSONValue? {
            ReviewSheet(record: c.record, body: c.record.body("soudan")!, year: fy(2020), language: .ja).document().facts["functions"]
        }
        #expect(functions() == .array(["information", "coordination", "development", "education"].map { .string($0) }))
        c.run(.logActivity(ActivityLogged(issue: "K-0002", summary: "提言書を出した", kind: .deliverable, advances: [ActionAdvance(action: 1, status: .done)],
                                          functions: [], on: date("2020-10-01"))))
        #expect(functions() == .array(["information", "coordination", "development", "education", "advocacy"].map { .string($0) }))
    }

    @Test func aPastYearShowsEachIssueWithThePhaseItHadThen() {
        var c = SampleCouncil.nagaoka
        c.run(.closeIssue(IssueClosed(issue: "K-0001", reason: .resolved, on: date("2021-06-01"))))
        let d = ReviewSheet(record: c.record, body: c.record.body("soudan")!, year: fy(2020), language: .ja).document()
        #expect(d.blocks.contains(.bullets(["K-0001 精神障害者が地域で暮らしにくい（実行）"])), "closed only in 令和3年度")
    }

    @Test func showsPolicyCommentsAndNextYearFromTheirEvents() {
        let d = sheet()
        #expect(d.title == "令和2年度 相談支援部会 振り返り・評価シート")
        #expect(d.byline == ["作成：令和3年3月1日"])
        #expect(d.blocks.contains(.paragraph("地域課題をあげ、解決方法を検討し実行する。")))
        #expect(d.blocks.contains(.bullets(["課題は地域ごとに違う。"])))
        #expect(d.blocks.contains(.bullets(["K-0001 精神障害者が地域で暮らしにくい（実行）"])))
        guard case .fields(let next)? = d.blocks.last else { Issue.record("no next-year block"); return }
        #expect(next.map(\.value) == ["✓", "情報発信する。", "", "各事業所から課題をあげる。", "", ""])
    }

    @Test func aYearWithNothingRecordedSaysSoInsteadOfInventing() {
        let d = sheet("soudan", 2022)
        #expect(d.facts["meetingCount"] == .int(0))
        #expect(d.facts["meetingMonths"] == .array([]))
        #expect(d.blocks.contains(.paragraph("（活動方針はまだ記録されていません）")))
        #expect(d.blocks.contains(.paragraph("（振り返りはまだ記録されていません）")))
        #expect(d.facts["reviewPosition"] == .null)
    }

    @Test func inEnglishEveryLabelIsEnglishAndDatesAreISO() {
        let d = sheet("soudan", 2020, .en)
        #expect(d.title == "FY2020 相談支援部会 Year-end review sheet")
        #expect(d.byline == ["Prepared: 2021-03-01"])
        #expect(d.blocks.contains(.fields([Field("Meetings held", "6"), Field("Months met", "Jul, Aug, Sep, Nov, Dec, Feb")])))
        let labels = d.blocks.compactMap { block -> String? in if case .heading(let h) = block { h } else { nil } }
        #expect(labels.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(labels)")
    }
}
