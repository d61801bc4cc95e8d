import Testing

/// One regional issue from 提起 to 取扱い終了 and back, through the built `kadai`: after every step
/// `issue show --json` must say what a secretariat would expect, and `issue history` must hold every
/// event at the position its write reported.
@Suite struct CouncilIssueLifeTests {
    @Test func anIssueGoesThroughItsWholeLife() throws {
        let council = try CouncilStore("issue-life")
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        try council.ok("body", "establish", "chiiki-wg", "--name", "地域移行WG", "--kind", "workingGroup", "--parent", "soudan", "--on", "2019-04-01")
        try council.ok("member", "appoint", "soudan", "--member", "hokenjo", "--affiliation", "長岡保健所", "--category", "保健所",
                       "--role", "chair", "--on", "2019-04-01")
        var positions: [Int] = []
        func recorded(_ reply: WriteReply, _ count: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) {
            guard let p = reply.positions, p.count == 2 else { Issue.record("no positions in \(reply)", sourceLocation: sourceLocation); return }
            #expect(p[1] - p[0] + 1 == count, sourceLocation: sourceLocation)
            positions += Array(p[0]...p[1])
        }

        // 提起: the new id alone on stdout's first line.
        let raised = try council.ok("issue", "raise", "--title", "精神障害者が地域で暮らしにくい", "--by", "soudan", "--on", "2020-08-06",
                                    "--source", "個別支援", "--category", "地域移行・地域定着支援", "--group", "精神")
        #expect(raised.stdoutLines.first == "K-0001", "\(raised)")
        positions.append(try council.history("K-0001").events[0].position)
        var issue = try council.issue("K-0001")
        #expect(issue.phase == "raised" && issue.owner == "soudan" && issue.ownerName == "相談支援部会" && issue.raisedBy == "soudan")
        #expect(issue.raisedOn == "2020-08-06" && issue.categories == ["地域移行・地域定着支援"] && issue.groups == ["精神"])
        #expect(issue.plan == nil && issue.analyses.isEmpty && issue.closed == nil)

        // An issue with an id of its own; its id is the first line too, and it does not take K-0002.
        let named = try council.ok("issue", "raise", "--id", "WG-1", "--title", "退院後の住まいがない", "--by", "chiiki-wg", "--on", "2020-08-20")
        #expect(named.stdoutLines.first == "WG-1", "\(named)")
        #expect(try council.issue("WG-1").owner == "chiiki-wg")

        // 背景分析, twice: both kept, in order.
        recorded(try council.write("issue", "analyze", "K-0001", "--factor", "地域と医療の認識の差", "--factor", "障害への理解",
                                   "--focus", "医療", "--focus", "民生委員", "--chosen", "医療", "--evidence", "類似事例12件", "--on", "2020-09-01"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "analysing" && issue.analyses.count == 1)
        recorded(try council.write("issue", "analyze", "K-0001", "--factor", "相談先が分からない", "--on", "2020-09-15"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "analysing")
        #expect(issue.analyses.map(\.factors) == [["地域と医療の認識の差", "障害への理解"], ["相談先が分からない"]])
        #expect(issue.analyses[0].focusCandidates == ["医療", "民生委員"] && issue.analyses[0].chosen == ["医療"]
                && issue.analyses[0].evidence == "類似事例12件")

        // アクションプラン with two actions.
        recorded(try council.write("issue", "plan", "K-0001", "--goal", "支援者や相談先が明確で、安心感を持ってもらえる体制",
                                   "--action", "事務局|民生委員|冊子を作成し配布する|R3.3.31|情報,開発",
                                   "--action", "部会|地域住民|研修会を開く||教育", "--on", "2020-10-01"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "planned" && issue.plan?.revision == 1 && issue.planRevisions == 1)
        let first = try #require(issue.plan?.actions.first)
        #expect(first.number == 1 && first.who == "事務局" && first.toward == "民生委員" && first.what == "冊子を作成し配布する")
        #expect(first.due == "2021-03-31" && first.functions == ["information", "development"])
        #expect(issue.plan?.actions.last?.due == nil && issue.plan?.actions.last?.functions == ["education"])
        #expect(issue.statuses == ["notStarted", "notStarted"])

        // A meeting that takes the issue up.
        recorded(try council.write("meeting", "record", "soudan", "--on", "R2.10.10", "--agenda", "背景の整理", "--issue", "K-0001",
                                   "--decision", "冊子を作る"))
        let meeting = try #require(try council.body("soudan").meetings.first)
        #expect(meeting.number == 1 && meeting.on == "2020-10-10" && meeting.issues == ["K-0001"] && meeting.decisions == ["冊子を作る"])
        positions.removeLast() // the meeting belongs to the body's stream, not the issue's

        // 実行: an activity advances action 1.
        recorded(try council.write("issue", "act", "K-0001", "--on", "2020-10-20", "--summary", "冊子の原稿を作成", "--kind", "deliverable",
                                   "--action", "1=inProgress", "--function", "情報"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "executing" && issue.statuses == ["inProgress", "notStarted"])
        #expect(issue.activities.count == 1 && issue.activities[0].kind == "deliverable" && issue.activities[0].functions == ["information"])

        // A revision takes the issue back to planned; it keeps the numbering, the statuses and every version.
        recorded(try council.write("issue", "plan", "K-0001", "--goal", "支援者や相談先が明確な体制",
                                   "--action", "事務局|民生委員|冊子を作成し配布する|R3.3.31|情報,開発",
                                   "--action", "部会|地域住民|研修会を開く|R3.2.28|教育,権利擁護", "--on", "2020-11-01"))
        issue = try council.issue("K-0001")
        #expect(issue.plan?.revision == 2 && issue.planRevisions == 2 && issue.plan?.goal == "支援者や相談先が明確な体制")
        #expect(issue.plan?.actions.last?.due == "2021-02-28" && issue.plan?.actions.last?.functions == ["education", "advocacy"])
        #expect(issue.phase == "planned" && issue.statuses == ["inProgress", "notStarted"])

        recorded(try council.write("issue", "act", "K-0001", "--on", "2021-02-10", "--summary", "冊子を配布し研修会を開催", "--kind", "training",
                                   "--action", "1=done", "--action", "2=done", "--function", "教育"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "executing" && issue.statuses == ["done", "done"] && issue.activities.count == 2)
        #expect(issue.activities[1].advances == [.init(action: 1, status: "done"), .init(action: 2, status: "done")])

        // 評価 for 令和2年度.
        recorded(try council.write("issue", "evaluate", "K-0001", "--fy", "R2", "--outcome", "相談先が明確になった", "--function", "開発",
                                   "--decision", "continue", "--next", "配布先を広げる"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "evaluated" && issue.evaluations.count == 1)
        let evaluation = try #require(issue.evaluations.first)
        #expect(evaluation.fy == 2020 && evaluation.decision == "continue" && evaluation.functions == ["development"])
        #expect(evaluation.on == "2021-03-31" && evaluation.next == "配布先を広げる")

        // 取扱い終了, then 再開.
        recorded(try council.write("issue", "close", "K-0001", "--reason", "resolved", "--note", "成果を確認", "--on", "2021-06-01"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "closed" && issue.closed?.reason == "resolved" && issue.closed?.on == "2021-06-01")
        recorded(try council.write("issue", "reopen", "K-0001", "--reason", "新たな事例", "--on", "2021-07-01"))
        issue = try council.issue("K-0001")
        #expect(issue.phase == "evaluated" && issue.closed == nil, "reopened, it is back where it stood before closing")
        #expect(issue.owner == "soudan" && issue.analyses.count == 2 && issue.planRevisions == 2 && issue.evaluations.count == 1)

        // The history: every event of the stream, at the positions the writes reported, versions 1…n.
        let history = try council.history("K-0001")
        #expect(history.events.map(\.position) == positions)
        #expect(history.events.map(\.version) == Array(1...positions.count))
        #expect(history.events.map(\.type) == ["IssueRaised", "IssueAnalysed", "IssueAnalysed", "ActionPlanAdopted", "ActivityLogged",
                                               "ActionPlanAdopted", "ActivityLogged", "IssueEvaluated", "IssueClosed", "IssueReopened"])
        #expect(history.events.allSatisfy { $0.actor == "secretariat" && $0.hash.count == 64 })
        let text = try council.ok("issue", "history", "K-0001")
        #expect(text.stdoutLines.count == positions.count, "\(text)")
        for (line, position) in zip(text.stdoutLines, positions) {
            #expect(line.hasPrefix("\(position)\t"), "\(text)")
        }
    }

    /// Who recorded it is the actor of the event; an issue moved to another body changes owner only.
    @Test func aTransferChangesTheOwnerAndTheActorIsKept() throws {
        let council = try CouncilStore("issue-owner")
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        try council.ok("body", "establish", "shuro", "--name", "就労支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        try council.ok("issue", "raise", "--title", "就労先が少ない", "--by", "soudan", "--on", "2020-05-01")
        try council.ok("issue", "analyze", "K-0001", "--factor", "企業の理解", "--on", "2020-06-01")
        try council.ok("issue", "transfer", "K-0001", "--to", "shuro", "--reason", "就労の課題", "--on", "2020-07-01", "--as", "unei")
        let issue = try council.issue("K-0001")
        #expect(issue.owner == "shuro" && issue.ownerName == "就労支援部会" && issue.raisedBy == "soudan" && issue.phase == "analysing")
        #expect(try council.history("K-0001").events.map(\.actor) == ["secretariat", "secretariat", "unei"])
        #expect(try council.issueIds("--body", "shuro") == ["K-0001"] && council.issueIds("--body", "soudan").isEmpty)
    }
}
