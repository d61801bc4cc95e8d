import Calendar
import Council
import Hashing
import JSON
import Projections
import Testing
@testable import Documents

/// The status report, the schedule and the scorecard, from the same small council.
@Suite struct ReportTests {
    let record = SampleCouncil.nagaoka.record

    @Test func theStatusReportListsEachMeetingAsOnThePaperForm() {
        let d = StatusReport(record: record, body: record.body("soudan")!, year: fy(2020), language: .ja).document()
        #expect(d.title == "令和2年度 相談支援部会 検討状況報告書")
        #expect(d.byline == ["令和3年3月1日 更新"])
        guard case .table(let meetings)? = d.blocks.first(where: { if case .table = $0 { true } else { false } }) else {
            Issue.record("no meeting table"); return
        }
        #expect(meetings.header == ["開催日", "取組・検討内容"])
        #expect(meetings.rows.count == 6)
        #expect(meetings.rows[0] == ["【第1回】\n令和2年7月9日", "・議題 2020-07-09\n・関連する地域課題：K-0001 精神障害者が地域で暮らしにくい"])
        #expect(meetings.rows[1][0] == "【第2回】\n令和2年8月13日\n（オンライン開催）")
        #expect(d.blocks.contains(.fields([Field("今後の検討の方向性", "次年度も継続する。\n情報発信する。"),
                                           Field("運営会議への伝達事項等", "冊子の予算を確認したい。")])))
        guard case .fields(let head)? = d.blocks.first else { Issue.record("no members"); return }
        #expect(head[0] == Field("部会員", "基幹相談支援センター※事、手をつなぐ親の会"))
    }

    @Test func theActionPlanShowsTheGoalAndEachActionWithItsStatus() {
        let d = ActionPlanSheet(record: record, issue: record.state.issues["K-0001"]!, language: .ja).document()
        #expect(d.title == "アクションプラン（K-0001 精神障害者が地域で暮らしにくい）")
        #expect(d.blocks.contains(.paragraph("「精神障害者が地域で暮らしにくい」に対して目指すべき姿は『支援者や相談先が明確で、安心感を持ってもらえる体制』")))
        guard case .table(let t)? = d.blocks.last else { Issue.record("no table"); return }
        #expect(t.rows == [["精神障害者が地域で暮らしにくい", "民生委員", "相談支援部会が冊子を作る", "令和3年3月31日", "情報機能、開発機能", "実施中"]])
        guard case .array(let actions)? = d.facts["actions"], case .object(let first)? = actions.first else { Issue.record("no actions"); return }
        #expect(first["status"] == .string("inProgress"))
        #expect(first["statusPositions"] == .array([.int(Int64(record.events.count - 1))]))
    }

    @Test func theSteeringAgendaFindsQuietIssuesOverdueActionsAndBodiesNotMet() {
        let d = SteeringAgenda(record: record, on: date("2021-06-01"), staleMonths: 3, language: .ja).document()
        #expect(d.facts["staleIssues"] == .array([.string("K-0001")]))
        let plan = record.events.first { if case .actionPlanAdopted = $0.event { true } else { false } }!.position
        #expect(d.facts["overdueActions"] == .array([.object(["issue": .string("K-0001"), "action": .int(1), "planPosition": .int(Int64(plan))])]))
        #expect(d.facts["unassignedIssues"] == .array([]))
        #expect(d.facts["bodiesWithoutMeeting"] == .array([.string("soudan"), .string("shuro")]))
        // No steering meeting yet: the changes of 令和3年度 so far, which are none.
        #expect(d.facts["changes"] == .array([]))
        // Six months back from the last event, nothing is stale, and the plan is not yet due.
        let earlier = SteeringAgenda(record: record, on: date("2021-03-01"), language: .ja).document()
        #expect(earlier.facts["staleIssues"] == .array([]))
        #expect(earlier.facts["overdueActions"] == .array([]))
        guard case .array(let changes)? = earlier.facts["changes"] else { Issue.record("no changes"); return }
        #expect(changes.count == 11, "everything of 令和2年度 up to 3月1日")
    }

    @Test func theCompositionCountsSeatsByCategoryWithPartiesConcerned() {
        let d = Composition(record: record, on: date("2020-04-01"), language: .ja).document()
        guard case .table(let t)? = d.blocks.first else { Issue.record("no table"); return }
        #expect(t.header == ["種別", "相談支援部会", "就労部会", "合計"])
        #expect(t.rows.first { $0[0] == MemberCategory.partyConcerned.japanese } == [MemberCategory.partyConcerned.japanese, "1（1）", "0", "1（1）"])
        #expect(t.rows.last == ["合計", "2（1）", "0", "2（1）"])
        guard case .array(let bodies)? = d.facts["bodies"], case .object(let soudan)? = bodies.first else { Issue.record("no facts"); return }
        #expect(soudan["positions"] == .array([.int(4), .int(5)]), "the two appointments")
    }

    @Test func theActivityReportHasARowForTheBodyAndOneForEachIssue() {
        let d = ActivityReport(record: record, year: fy(2020), language: .ja).document()
        guard case .table(let t)? = d.blocks.first else { Issue.record("no table"); return }
        #expect(t.header == ["会議体", "事業項目", "取組状況", "結果及び評価", "次年度の計画"])
        #expect(t.rows.map { $0[1] } == ["地域課題をあげ、解決方法を検討し実行する。", "K-0001 精神障害者が地域で暮らしにくい", "会議の開催"])
        #expect(t.rows[0][2].hasPrefix("第1回（令和2年7月9日）\n第2回（令和2年8月13日）"))
        #expect(t.rows[0][4] == "情報発信する。")
        #expect(t.rows[1][2] == "令和3年2月18日：冊子の作成")
        let one = ActivityReport(record: record, year: fy(2020), body: "soudan", language: .ja).document()
        #expect(one.title == "令和2年度 相談支援部会 活動報告及び次年度活動計画")
        guard case .table(let t1)? = one.blocks.first else { Issue.record("no table"); return }
        #expect(t1.header.first == "事業項目" && t1.rows.count == 2)
    }

    @Test func theTimelineNamesWhoRecordedWhatWhereAndTheHeadItWasReadAt() {
        let council = SampleCouncil.nagaoka
        let head = (position: UInt64(council.events.count), hash: SHA256.hash(Array("head".utf8)))
        let record = CouncilRecord(state: council.state, events: council.events, head: head)
        let issue = record.state.issues["K-0001"]!
        let d = AuditTrail(record: record, issue: issue, language: .ja).document()
        guard case .table(let t)? = d.blocks.first(where: { if case .table = $0 { true } else { false } }) else { Issue.record("no table"); return }
        #expect(t.header == ["日付", "記録の内容", "記録日時（日本時間）", "記録者", "位置", "ハッシュ（先頭12桁）"])
        #expect(t.rows.count == council.events.filter { $0.event.issueId == "K-0001" }.count)
        #expect(t.rows[0][0] == "令和2年5月1日" && t.rows[0][1] == "提起：K-0001 精神障害者が地域で暮らしにくい")
        #expect(t.rows[0][2] == "令和8年11月21日 09:00" && t.rows[0][3] == "secretariat")
        #expect(d.blocks.contains(.fields([Field("この資料が読んだ記録の最新の位置とハッシュ", "\(head.position):\(head.hash.hex)")])))
        #expect(d.facts["headHash"] == .string(head.hash.hex))
        // Published, it says who recorded nothing.
        let published = AuditTrail(record: record, issue: issue, isPublic: true, language: .ja).document()
        guard case .table(let p)? = published.blocks.first(where: { if case .table = $0 { true } else { false } }) else { Issue.record("no table"); return }
        #expect(!p.header.contains("記録者") && !p.rows.flatMap { $0 }.contains("secretariat"))
        #expect(!DocumentFormat.json.render(published).contains("secretariat"))
    }

    @Test func theAnnualReportFollowsKokubunjisLayout() {
        let d = AnnualReport(record: record, body: record.body("soudan")!, year: fy(2020), language: .ja, today: date("2026-12-07")).document()
        #expect(d.title == "令和2年度 相談支援部会 年間活動報告書・令和3年度 年間活動計画書")
        let headings = d.blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
        #expect(headings == ["令和2年度 相談支援部会 年間活動報告書", "【令和2年度部会の主な取組内容】", "【活動の状況】", "【成果・活動から見えてきたことなど】",
                             "令和3年度 相談支援部会 年間活動計画書", "【令和3年度部会の主な取組予定】", "【活動内容及びスケジュールなど】"])
        guard case .table(let held) = d.blocks[4] else { Issue.record("no activity table"); return }
        #expect(held.header == ["日にち", "内容", "備考"])
        #expect(held.rows.count == 7, "six meetings and one activity")
        #expect(held.rows[1] == ["第2回 8月13日", "・議題 2020-08-13", "オンライン開催"])
        #expect(held.rows[5] == ["第6回 2月18日", "・議題 2021-02-18", ""])
        #expect(held.rows[6] == ["成果物 2月18日", "冊子の作成", "K-0001"])
        #expect(d.blocks.contains(.bullets(["◆ 情報発信する。"])), "next year's policy from the review, none being recorded yet")
        #expect(d.facts["meetingCount"] == .int(6))
    }

    /// An activity that names the meeting it was done at (BODY-年度-N) is listed once, under that
    /// meeting; one naming no meeting, or a meeting of another body, keeps a row of its own.
    @Test func anActivityDoneAtAMeetingIsListedOnceUnderIt() {
        var c = SampleCouncil.nagaoka
        c.run(.logActivity(ActivityLogged(issue: "K-0001", summary: "民生委員向けの説明会を開いた", kind: .training, meeting: "soudan-2020-6",
                                          advances: [], functions: [], on: date("2021-02-18"))))
        c.run(.recordMeeting(body: "shuro", on: date("2021-03-04"), number: nil, format: .inPerson, agenda: ["意見交換"], issues: [], decisions: []))
        c.run(.recordMeeting(body: "shuro", on: date("2021-03-04"), number: nil, format: .inPerson, agenda: ["意見交換"], issues: [], decisions: []))
        c.run(.logActivity(ActivityLogged(issue: "K-0001", summary: "就労部会と意見交換した", kind: .meeting, meeting: "shuro-2020-1",
                                          advances: [], functions: [], on: date("2021-03-04"))))
        for language in DocumentLanguage.allCases {
            let d = AnnualReport(record: c.record, body: c.record.body("soudan")!, year: fy(2020), language: language, today: date("2026-12-07")).document()
            guard case .table(let held) = d.blocks[4] else { Issue.record("no activity table"); return }
            #expect(held.rows.flatMap { $0 }.filter { $0.contains("民生委員向けの説明会を開いた") }.count == 1)
            #expect(!held.rows.contains { $0[0].hasPrefix(language == .ja ? "研修" : "training") }, "no row of its own beside its meeting's")
            #expect(held.rows.count == 8, "six meetings, the activity named at none, the one at another body's meeting")
            let sixth = language == .ja ? ["第6回 2月18日", "・議題 2021-02-18\n・（研修）民生委員向けの説明会を開いた（K-0001）", ""]
                : ["No. 6 Feb 18", "- 議題 2021-02-18\n- Training: 民生委員向けの説明会を開いた (K-0001)", ""]
            #expect(held.rows[5] == sixth)
            #expect(held.rows[7][1] == "就労部会と意見交換した")
        }
    }

    @Test func anIssueBelongsToTheBodyThatWorkedOnItThatYear() {
        var c = SampleCouncil.nagaoka
        c.run(.transferIssue(issue: "K-0001", to: "shuro", reason: nil, on: date("2021-04-10")))
        c.run(.logActivity(ActivityLogged(issue: "K-0001", summary: "就労部会で検討", kind: .meeting, advances: [], functions: [], on: date("2021-06-01"))))
        let r = c.record
        #expect(r.issues(of: "soudan", in: fy(2020)).map(\.id) == ["K-0001"])
        #expect(r.issues(of: "soudan", in: fy(2021)).map(\.id) == [], "it only passed through 相談支援部会 at the start of 令和3年度")
        #expect(r.issues(of: "shuro", in: fy(2021)).map(\.id) == ["K-0001"])
        c.run(.closeIssue(IssueClosed(issue: "K-0001", reason: .resolved, on: date("2022-03-01"))))
        #expect(c.record.issues(of: "shuro", in: fy(2022)).map(\.id) == [], "closed before 令和4年度")
    }

    @Test func theScheduleHasEveryBodyAgainstTheTwelveMonths() {
        let d = Schedule(record: record, year: fy(2020), language: .ja).document()
        guard case .table(let t)? = d.blocks.first else { Issue.record("no table"); return }
        #expect(t.header == ["会議体"] + ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] + ["計"])
        #expect(t.rows.map(\.first) == ["相談支援部会", "就労部会"])
        #expect(t.rows[0] == ["相談支援部会", "", "", "", "7月9日", "8月13日\n（オンライン開催）", "9月10日", "", "11月12日", "12月10日", "", "2月18日", "", "6回"])
        #expect(t.rows[1].last == "0回")
    }

    /// As the Nagaoka 全体スケジュール writes them: 8月6日, two days in one month one under the other,
    /// a meeting held in writing marked under its day as the other documents mark it.
    @Test func theScheduleWritesMonthAndDayAndHowEachMeetingWasHeld() {
        var c = SampleCouncil.nagaoka
        for (day, format) in [("2020-08-06", MeetingFormat.inPerson), ("2020-12-01", .inPerson), ("2020-12-16", .written)] {
            c.run(.recordMeeting(body: "shuro", on: date(day), number: nil, format: format, agenda: ["報告"], issues: [], decisions: []))
        }
        let cases: [(DocumentLanguage, [String])] = [
            (.ja, ["就労部会", "", "", "", "", "8月6日", "", "", "", "12月1日\n12月16日\n（書面開催）", "", "", "", "3回"]),
            (.en, ["就労部会", "", "", "", "", "Aug 6", "", "", "", "Dec 1\nDec 16\n(in writing)", "", "", "", "3"]),
        ]
        for (language, row) in cases {
            let d = Schedule(record: c.record, year: fy(2020), language: language).document()
            guard case .table(let t)? = d.blocks.first else { Issue.record("no table"); return }
            #expect(t.rows[1] == row)
        }
        let d = Schedule(record: c.record, year: fy(2020), language: .ja).document()
        guard case .array(let bodies)? = d.facts["bodies"], case .object(let shuro)? = bodies.last,
              case .array(let months)? = shuro["months"], case .object(let december)? = months.last else { Issue.record("no facts"); return }
        #expect(december["days"] == .array([.int(1), .int(16)]) && december["formats"] == .array([.string("inPerson"), .string("written")]))
    }

    @Test func theScheduleMarksMonthsPausedAndLeavesOutABodyEndedBeforeTheYear() {
        var c = SampleCouncil.nagaoka
        c.run(.pauseBody(BodyPaused(body: "shuro", on: date("2021-04-01"))))
        c.run(.resumeBody(BodyResumed(body: "shuro", on: date("2021-09-15"))))
        c.run(.dissolveBody(BodyDissolved(body: "soudan", on: date("2022-04-01"))))
        let d = Schedule(record: c.record, year: fy(2021), language: .ja).document()
        guard case .table(let t)? = d.blocks.first else { Issue.record("no table"); return }
        let shuro = t.rows.first { $0[0] == "就労部会" }!
        #expect(Array(shuro[1...6]) == ["休止", "休止", "休止", "休止", "休止", ""], "September: resumed on the 15th")
        let next = Schedule(record: c.record, year: fy(2022), language: .ja).document()
        guard case .table(let t2)? = next.blocks.first else { Issue.record("no table"); return }
        #expect(t2.rows.map(\.first) == ["就労部会"], "dissolved on 1 April, 相談支援部会 had no part of 令和4年度")
    }

    @Test func theScorecardNamesBodiesIssuesGapsAndTheChangeFromLastYear() throws {
        let d = Scorecard(record: record, year: fy(2020), language: .ja).document()
        guard case .array(let functions)? = d.facts["functions"] else { Issue.record("no functions"); return }
        #expect(functions.count == 6)
        let byName = Dictionary(uniqueKeysWithValues: functions.compactMap { f -> (String, JSONObject)? in
            guard case .object(let o) = f, case .string(let name)? = o["function"] else { return nil }
            return (name, o)
        })
        #expect(byName["information"]?["bodies"] == .array([.string("soudan")]))
        #expect(byName["information"]?["issues"] == .array([.string("K-0001")]))
        #expect(byName["information"]?["count"] == .int(2))
        #expect(byName["evaluation"]?["bodies"] == .array([]))
        #expect(byName["evaluation"]?["previousCount"] == .int(1))
        #expect(d.facts["unused"] == .array([.string("advocacy"), .string("evaluation")]))
        guard case .table(let t)? = d.blocks.first else { Issue.record("no table"); return }
        #expect(t.rows[5] == ["評価機能", "", "", "0", "1", "▲1"])
        #expect(t.rows[0].last == "+2")
        // One body only: 就労部会 exercised nothing in 令和2年度.
        let shuro = Scorecard(record: record, year: fy(2020), body: "shuro", language: .ja).document()
        #expect(shuro.facts["unused"] == .array(CouncilFunction.allCases.map { .string($0.rawValue) }))
    }
}
