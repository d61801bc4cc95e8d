import Calendar
import Council
import Testing

// evolve on issues: the phase through a whole life, the owner and its history, plan revisions with
// the status of each action, and the stream version every event counts in.

/// One step of a life, and the phase the issue must be in after it.
struct LifeStep: Sendable, CustomTestStringConvertible {
    var command: CouncilCommand
    var phase: IssuePhase
    var testDescription: String { "\(phase)" }
}

private let life: [LifeStep] = [
    LifeStep(command: .analyseIssue(IssueAnalysed(issue: "K-0001", factors: ["地域と医療の認識の差"], focusCandidates: ["医療", "交番・警察"],
                                                  chosen: ["医療"], on: date("2020-07-01"))), phase: .analysing),
    LifeStep(command: .analyseIssue(IssueAnalysed(issue: "K-0001", factors: ["障害への理解"], focusCandidates: [], chosen: [],
                                                  on: date("2020-08-01"))), phase: .analysing),
    LifeStep(command: Fixture.plan([1, 2]), phase: .planned),
    LifeStep(command: Fixture.act([ActionAdvance(action: 1, status: .inProgress)]), phase: .executing),
    LifeStep(command: Fixture.act([]), phase: .executing),
    LifeStep(command: .evaluateIssue(IssueEvaluated(issue: "K-0001", fiscalYear: fy(2020), outcome: "相談先が明確になった", functions: [.coordination],
                                                    decision: .close, on: date("2021-03-20"))), phase: .evaluated),
    LifeStep(command: Fixture.close(on: "2021-03-25"), phase: .closed),
    LifeStep(command: .reopenIssue(IssueReopened(issue: "K-0001", reason: "同様の事例", on: date("2021-06-01"))), phase: .evaluated),
    LifeStep(command: Fixture.plan([1, 2], on: "2021-07-01"), phase: .planned),
]

private func issue(after commands: [CouncilCommand], sourceLocation: SourceLocation = #_sourceLocation) -> IssueState? {
    run(Fixture.withIssue + commands, sourceLocation: sourceLocation).state.issues["K-0001"]
}

@Suite struct EvolveIssueTests {
    @Test func raisedIssue() {
        let i = issue(after: [])
        #expect(i?.phase == .raised)
        #expect(i?.owner == "sodan")
        #expect(i?.raisedBy == "sodan")
        #expect(i?.raisedOn == date("2020-06-01"))
        #expect(i?.title == "精神障害者が地域で暮らしにくい")
        #expect(i?.version == 1)
        #expect(i?.isClosed == false)
    }

    @Test(arguments: life.indices) func phaseThroughALife(_ k: Int) {
        #expect(issue(after: life[...k].map(\.command))?.phase == life[k].phase)
    }

    @Test func wholeLifeKeepsEverything() throws {
        let i = try #require(issue(after: life.map(\.command)))
        #expect(i.analyses.map(\.on) == [date("2020-07-01"), date("2020-08-01")])
        #expect(i.plans.map(\.revision) == [1, 2])
        #expect(i.activities.count == 2)
        #expect(i.evaluations.map(\.decision) == [.close])
        #expect(i.closure == nil)
        #expect(i.reopenings.map(\.reason) == ["同様の事例"])
        #expect(i.version == UInt64(1 + life.count))
        #expect(i.lastActivityOn == date("2021-07-01"))
        #expect(i.fiscalYears == 2020...2021)
    }

    @Test func closedStraightFromRaisedReopensAsRaised() throws {
        let closed = try #require(issue(after: [Fixture.close()]))
        #expect(closed.phase == .closed)
        #expect(closed.isClosed)
        #expect(closed.closure == IssueClosed(issue: "K-0001", reason: .resolved, on: date("2021-03-01")))
        let reopened = issue(after: [Fixture.close(), .reopenIssue(IssueReopened(issue: "K-0001", reason: "再燃", on: date("2021-05-01")))])
        #expect(reopened?.phase == .raised)
        #expect(reopened?.closure == nil)
    }

    @Test func ownerAfterAssignAndTransfer() throws {
        let i = try #require(issue(after: [
            .assignIssue(IssueAssigned(issue: "K-0001", to: "kurashi", reason: "地域移行", on: date("2020-07-01"))),
            .transferIssue(issue: "K-0001", to: "steering", reason: "全市的な課題", on: date("2020-09-01")),
        ]))
        #expect(i.owner == "steering")
        #expect(i.raisedBy == "sodan")
        #expect(i.ownership == [
            IssueTransferred(issue: "K-0001", from: "sodan", to: "kurashi", reason: "地域移行", on: date("2020-07-01")),
            IssueTransferred(issue: "K-0001", from: "kurashi", to: "steering", reason: "全市的な課題", on: date("2020-09-01")),
        ])
        #expect(i.phase == .raised)
        #expect(i.version == 3)
    }

    @Test func actionStatusesThroughRevisions() throws {
        let first = try #require(issue(after: [Fixture.plan([1, 2])]))
        #expect(first.actionStatus == [1: .notStarted, 2: .notStarted])
        let acted: [CouncilCommand] = [Fixture.plan([1, 2]),
                                       Fixture.act([ActionAdvance(action: 1, status: .done), ActionAdvance(action: 2, status: .inProgress)])]
        #expect(issue(after: acted)?.actionStatus == [1: .done, 2: .inProgress])
        // A later activity moves the same action again; the last word counts.
        #expect(issue(after: acted + [Fixture.act([ActionAdvance(action: 2, status: .dropped)])])?.actionStatus == [1: .done, 2: .dropped])
        // Revision 2 keeps 2 (and its status), drops 1, adds 3 unstarted.
        let revised = try #require(issue(after: acted + [Fixture.plan([2, 3], on: "2021-04-01")]))
        #expect(revised.actionStatus == [2: .inProgress, 3: .notStarted])
        #expect(revised.plans.map(\.revision) == [1, 2])
        #expect(revised.plans[0].actions.map(\.number) == [1, 2])
        #expect(revised.currentPlan?.revision == 2)
        #expect(revised.currentPlan?.actions.map(\.number) == [2, 3])
        // A revision that brings back 1 starts it again: its old status went with revision 2.
        #expect(issue(after: acted + [Fixture.plan([2, 3]), Fixture.plan([1, 2, 3])])?.actionStatus == [1: .notStarted, 2: .inProgress, 3: .notStarted])
    }

    @Test func lastActivityIgnoresLateEntries() throws {
        let i = try #require(issue(after: [Fixture.act([], on: "2021-02-01"), Fixture.act([], on: "2020-07-01")]))
        #expect(i.lastActivityOn == date("2021-02-01"))
        #expect(i.activities.map(\.on) == [date("2021-02-01"), date("2020-07-01")])
        #expect(i.fiscalYears == 2020...2020)
    }

    @Test func carryOversAreKept() throws {
        let i = try #require(issue(after: [.carryOverIssue(issue: "K-0001", note: "次年度へ", on: date("2021-03-31"))]))
        #expect(i.carryOvers == [IssueCarriedOver(issue: "K-0001", from: fy(2020), to: fy(2021), note: "次年度へ", on: date("2021-03-31"))])
        #expect(i.phase == .raised)
    }

    @Test func issueOrderIsFirstRecorded() {
        let s = run(Fixture.bodies + [Fixture.raise("Z-9"), Fixture.raise(), Fixture.raise("A-1")]).state
        #expect(s.issueOrder == ["Z-9", "K-0001", "A-1"])
        #expect(s.issuesInOrder.map(\.id) == ["Z-9", "K-0001", "A-1"])
    }

    @Test func eachIssueCountsItsOwnEvents() {
        let s = run(Fixture.withIssue + [Fixture.raise(), Fixture.plan([1]), Fixture.act([]), Fixture.act([], issue: "K-0002")]).state
        #expect(s.issues["K-0001"]?.version == 3)
        #expect(s.issues["K-0002"]?.version == 2)
        #expect(s.councilVersion == 1)
        #expect(s.bodies["sodan"]?.version == 1)
    }

    /// A projection replaying the log folds the events alone and must reach the same state.
    @Test func replayingTheEventsGivesTheSameState() {
        let r = run(Fixture.withIssue + life.map(\.command))
        #expect(fold(r.events) == r.state)
    }

    /// evolve records what happened and never refuses: an event of an issue it never saw is skipped.
    @Test func anEventOfAnUnknownIssueIsSkipped() {
        let before = run(Fixture.withIssue).state
        var after = before
        CouncilDecider.evolve(&after, .issueClosed(IssueClosed(issue: "K-0099", reason: .merged, on: date("2021-01-01"))))
        #expect(after == before)
    }
}
