import Calendar
import Council
import Testing

// decide, accepted: the life of an issue. Rows check what decide completes from the state — the
// next issue id, the previous owner, the plan revision, the fiscal years of a carry-over — and
// that free text is stored trimmed.

private let given = Fixture.withIssue
private let day = date("2020-07-01")
private let planned = given + [Fixture.plan([1, 2])]

private func raised(_ id: String, title: String = "精神障害者が地域で暮らしにくい") -> CouncilEvent {
    .issueRaised(IssueRaised(issue: id, title: title, raisedBy: "sodan", categories: [], groups: [], on: date("2020-06-01")))
}

private let rows: [Accepted] = [
    Accepted("raise: the first free id is K-0001, text trimmed", given: Fixture.bodies,
             .raiseIssue(IssueRaised(issue: "", title: " 精神障害者が地域で暮らしにくい ", raisedBy: "sodan", source: "個別支援",
                                     categories: ["地域移行・地域定着支援"], groups: ["精神"], area: "栃尾", summary: " 退院後の支援 ", on: date("2020-06-01"))),
             .issueRaised(IssueRaised(issue: "K-0001", title: "精神障害者が地域で暮らしにくい", raisedBy: "sodan", source: "個別支援",
                                      categories: ["地域移行・地域定着支援"], groups: ["精神"], area: "栃尾", summary: "退院後の支援", on: date("2020-06-01")))),
    Accepted("raise: then K-0002", given: given, Fixture.raise(title: "就労先が少ない"), raised("K-0002", title: "就労先が少ない")),
    Accepted("raise: an id already taken is skipped", given: given + [Fixture.raise("K-0002")], Fixture.raise(), raised("K-0003")),
    Accepted("raise: an explicit id is kept", given: given, Fixture.raise("NAG-R2.01"), raised("NAG-R2.01")),
    Accepted("raise: 64 characters is a valid id", given: given, Fixture.raise(String(repeating: "a", count: 64)),
             raised(String(repeating: "a", count: 64))),
    Accepted("raise: a 200-character title", given: given, Fixture.raise(title: String(repeating: "課", count: 200)),
             raised("K-0002", title: String(repeating: "課", count: 200))),
    Accepted("raise: by a paused body", given: given + [.pauseBody(BodyPaused(body: "kurashi", on: day))],
             Fixture.raise(by: "kurashi"),
             .issueRaised(IssueRaised(issue: "K-0002", title: "精神障害者が地域で暮らしにくい", raisedBy: "kurashi", categories: [], groups: [], on: date("2020-06-01")))),
    Accepted("assign", given: given,
             .assignIssue(IssueAssigned(issue: "K-0001", to: "kurashi", reason: "地域移行の課題", on: day)),
             .issueAssigned(IssueAssigned(issue: "K-0001", to: "kurashi", reason: "地域移行の課題", on: day))),
    Accepted("transfer fills from with the owner", given: given,
             .transferIssue(issue: "K-0001", to: "kurashi", reason: " 移管 ", on: day),
             .issueTransferred(IssueTransferred(issue: "K-0001", from: "sodan", to: "kurashi", reason: "移管", on: day))),
    Accepted("transfer after assign starts from the assignee", given: given + [.assignIssue(IssueAssigned(issue: "K-0001", to: "kurashi", on: day))],
             .transferIssue(issue: "K-0001", to: "steering", reason: nil, on: date("2020-08-01")),
             .issueTransferred(IssueTransferred(issue: "K-0001", from: "kurashi", to: "steering", reason: nil, on: date("2020-08-01")))),
    Accepted("analyse, trimmed", given: given,
             .analyseIssue(IssueAnalysed(issue: "K-0001", factors: [" 地域と医療の認識の差 "], focusCandidates: ["医療", " 地域住民"],
                                         chosen: ["医療 "], evidence: " 事例を12件収集 ", on: day)),
             .issueAnalysed(IssueAnalysed(issue: "K-0001", factors: ["地域と医療の認識の差"], focusCandidates: ["医療", "地域住民"],
                                          chosen: ["医療"], evidence: "事例を12件収集", on: day))),
    Accepted("plan: revision 1", given: given, Fixture.plan([1, 2]),
             .actionPlanAdopted(ActionPlanAdopted(issue: "K-0001", revision: 1, goal: "支援者や相談先が明確で、安心感を持ってもらえる体制",
                                                  actions: [Fixture.action(1), Fixture.action(2)], on: date("2020-09-01")))),
    Accepted("plan: revision 2", given: planned, Fixture.plan([1, 3], on: "2021-04-01"),
             .actionPlanAdopted(ActionPlanAdopted(issue: "K-0001", revision: 2, goal: "支援者や相談先が明確で、安心感を持ってもらえる体制",
                                                  actions: [Fixture.action(1), Fixture.action(3)], on: date("2021-04-01")))),
    Accepted("plan: revision 3", given: planned + [Fixture.plan([1])], Fixture.plan([1]),
             .actionPlanAdopted(ActionPlanAdopted(issue: "K-0001", revision: 3, goal: "支援者や相談先が明確で、安心感を持ってもらえる体制",
                                                  actions: [Fixture.action(1)], on: date("2020-09-01")))),
    Accepted("act with advances, at a recorded meeting", given: planned + [.recordMeeting(body: "sodan", on: date("2020-10-01"), number: nil, format: .inPerson, agenda: ["研修会"], issues: [], decisions: [])],
             .logActivity(ActivityLogged(issue: "K-0001", summary: " 研修会を開催 ", kind: .training, meeting: "sodan-2020-1",
                                         advances: [ActionAdvance(action: 1, status: .done), ActionAdvance(action: 2, status: .inProgress)],
                                         functions: [.education], on: date("2020-10-01"))),
             .activityLogged(ActivityLogged(issue: "K-0001", summary: "研修会を開催", kind: .training, meeting: "sodan-2020-1",
                                            advances: [ActionAdvance(action: 1, status: .done), ActionAdvance(action: 2, status: .inProgress)],
                                            functions: [.education], on: date("2020-10-01")))),
    Accepted("act without a plan and without advances", given: given, Fixture.act([]),
             .activityLogged(ActivityLogged(issue: "K-0001", summary: "研修会を開催", kind: .training, advances: [], functions: [], on: date("2020-10-01")))),
    Accepted("evaluate, trimmed", given: planned,
             .evaluateIssue(IssueEvaluated(issue: "K-0001", fiscalYear: fy(2020), outcome: " 相談先が明確になった ", functions: [.development],
                                           decision: .continue, next: " 冊子を作る ", reason: " 継続が必要 ", on: date("2021-03-20"))),
             .issueEvaluated(IssueEvaluated(issue: "K-0001", fiscalYear: fy(2020), outcome: "相談先が明確になった", functions: [.development],
                                            decision: .continue, next: "冊子を作る", reason: "継続が必要", on: date("2021-03-20")))),
    Accepted("close, note trimmed", given: given,
             .closeIssue(IssueClosed(issue: "K-0001", reason: .individualSupport, note: " 個別に対応 ", on: date("2021-03-01"))),
             .issueClosed(IssueClosed(issue: "K-0001", reason: .individualSupport, note: "個別に対応", on: date("2021-03-01")))),
    Accepted("reopen a closed issue", given: given + [Fixture.close()],
             .reopenIssue(IssueReopened(issue: "K-0001", reason: " 同様の事例が再び ", on: date("2021-06-01"))),
             .issueReopened(IssueReopened(issue: "K-0001", reason: "同様の事例が再び", on: date("2021-06-01")))),
    Accepted("carry over on 31 March: FY2020 → FY2021", given: given,
             .carryOverIssue(issue: "K-0001", note: " 引き継ぎ ", on: date("2021-03-31")),
             .issueCarriedOver(IssueCarriedOver(issue: "K-0001", from: fy(2020), to: fy(2021), note: "引き継ぎ", on: date("2021-03-31")))),
    Accepted("carry over on 1 April: FY2021 → FY2022", given: given,
             .carryOverIssue(issue: "K-0001", note: nil, on: date("2021-04-01")),
             .issueCarriedOver(IssueCarriedOver(issue: "K-0001", from: fy(2021), to: fy(2022), note: nil, on: date("2021-04-01")))),
    Accepted("carry over recorded after the year began, into it: FY2020 → FY2021", given: given,
             .carryOverIssue(issue: "K-0001", note: nil, on: date("2021-04-05"), to: fy(2021)),
             .issueCarriedOver(IssueCarriedOver(issue: "K-0001", from: fy(2020), to: fy(2021), note: nil, on: date("2021-04-05")))),
    Accepted("carry over into the next year, said so: FY2020 → FY2021", given: given,
             .carryOverIssue(issue: "K-0001", note: nil, on: date("2021-03-20"), to: fy(2021)),
             .issueCarriedOver(IssueCarriedOver(issue: "K-0001", from: fy(2020), to: fy(2021), note: nil, on: date("2021-03-20")))),
]

@Suite struct DecideIssueTests {
    @Test(arguments: rows) func accepted(_ row: Accepted) { check(row) }

    /// Three issues raised without ids are numbered in turn.
    @Test func idsInTurn() {
        let r = run(Fixture.bodies + [Fixture.raise(), Fixture.raise(), Fixture.raise()])
        #expect(r.state.issueOrder == ["K-0001", "K-0002", "K-0003"])
    }

    /// "the next free one (K-0001, K-0002 …)": an issue raised under its own id takes no K number.
    @Test
    func firstGeneratedIdAfterAnExplicitOne() {
        check(Accepted("first K id after NAG-1", given: Fixture.bodies + [Fixture.raise("NAG-1")], Fixture.raise(), raised("K-0001")))
    }

    /// The rows of an action plan are printed in the アクションプラン table: their text is checked and
    /// trimmed like every other text, and an action needs a who and a toward-whom.
    @Test
    func actionTextsCheckedAndTrimmed() {
        let padded = PlannedAction(number: 1, who: " 部会 ", toward: " 市民 ", what: " 冊子を作る ")
        check(Accepted("plan, action texts trimmed", given: given,
                       .planIssue(issue: "K-0001", goal: "目標", actions: [padded], on: day),
                       .actionPlanAdopted(ActionPlanAdopted(issue: "K-0001", revision: 1, goal: "目標",
                                                            actions: [PlannedAction(number: 1, who: "部会", toward: "市民", what: "冊子を作る")], on: day))))
        check(Refused("plan, an action without who", given: given,
                      .planIssue(issue: "K-0001", goal: "目標", actions: [PlannedAction(number: 1, who: " ", toward: "市民", what: "冊子")], on: day),
                      .emptyText(field: "who")))
    }

    /// A whole first year, and the events each command wrote, in order.
    @Test func aYearInOrder() {
        let r = run(planned + [Fixture.act([ActionAdvance(action: 1, status: .inProgress)]), Fixture.close()])
        #expect(r.events.map(\.typeName) == [
            "CouncilInitialised", "BodyEstablished", "BodyEstablished", "BodyEstablished",
            "IssueRaised", "ActionPlanAdopted", "ActivityLogged", "IssueClosed",
        ])
    }
}
