import Calendar
import Council
import Testing

// decide, refused: one row per rule of an issue's life, with the exact error. Every command that
// works on an issue is tried on a closed one and on an unknown one.

private let given = Fixture.withIssue
private let day = date("2021-06-01")
private let closed = given + [Fixture.close()]
private let closedOn = date("2021-03-01")
private let planned = given + [Fixture.plan([1, 2])]
private let knownBodies = ["steering", "sodan", "kurashi"]
private let kurashiGone = given + [.dissolveBody(BodyDissolved(body: "kurashi", on: date("2021-03-31")))]

/// Every command that needs an open issue, aimed at `id`.
private func working(on id: String) -> [(String, CouncilCommand)] {
    [
        ("analyse", .analyseIssue(IssueAnalysed(issue: id, factors: ["要因"], focusCandidates: [], chosen: [], on: day))),
        ("plan", Fixture.plan([1], issue: id, on: "2021-06-01")),
        ("act", Fixture.act([], issue: id, on: "2021-06-01")),
        ("evaluate", .evaluateIssue(IssueEvaluated(issue: id, fiscalYear: fy(2021), outcome: "成果", functions: [], decision: .continue, on: day))),
        ("close", Fixture.close(id, on: "2021-06-01")),
        ("assign", .assignIssue(IssueAssigned(issue: id, to: "kurashi", on: day))),
        ("transfer", .transferIssue(issue: id, to: "kurashi", reason: nil, on: day)),
        ("carry over", .carryOverIssue(issue: id, note: nil, on: day)),
    ]
}

private let onClosed = working(on: "K-0001").map { Refused("\($0.0) a closed issue", given: closed, $0.1, .issueClosed("K-0001", on: closedOn)) }
private let onUnknown = working(on: "K-0099").map { Refused("\($0.0) an unknown issue", given: given, $0.1, .unknownIssue("K-0099", known: ["K-0001"])) }
private let beforeInitialise = working(on: "K-0001").map { Refused("\($0.0) before initialise", given: [], $0.1, .notInitialised) }

private let rows: [Refused] = [
    Refused("raise before initialise", given: [], Fixture.raise(), .notInitialised),
    Refused("carry over two years ahead", given: given, .carryOverIssue(issue: "K-0001", note: nil, on: day, to: fy(2023)),
            .carryOverYear(issue: "K-0001", to: fy(2023), on: day)),
    Refused("carry over into a year gone by", given: given, .carryOverIssue(issue: "K-0001", note: nil, on: day, to: fy(2020)),
            .carryOverYear(issue: "K-0001", to: fy(2020), on: day)),
    Refused("raise by an unknown body", given: given, Fixture.raise(by: "roudou"), .unknownBody("roudou", known: knownBodies)),
    Refused("raise by a dissolved body", given: kurashiGone, Fixture.raise(by: "kurashi"), .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("duplicate issue id", given: given, Fixture.raise("K-0001"), .duplicateIssue("K-0001")),
    Refused("issue id with a space", given: given, Fixture.raise("K 2"), .invalidId(field: "issue id", id: "K 2")),
    Refused("issue id with a slash", given: given, Fixture.raise("K/2"), .invalidId(field: "issue id", id: "K/2")),
    Refused("65-character issue id", given: given, Fixture.raise(String(repeating: "k", count: 65)),
            .invalidId(field: "issue id", id: String(repeating: "k", count: 65))),
    Refused("empty title", given: given, Fixture.raise(title: ""), .emptyText(field: "title")),
    Refused("whitespace-only title", given: given, Fixture.raise(title: " \u{3000}\n"), .emptyText(field: "title")),
    Refused("201-character title", given: given, Fixture.raise(title: String(repeating: "課", count: 201)),
            .textTooLong(field: "title", limit: 200, length: 201)),
    Refused("a summary over 4000 characters", given: given,
            .raiseIssue(IssueRaised(issue: "", title: "題", raisedBy: "sodan", categories: [], groups: [],
                                    summary: String(repeating: "a", count: 4001), on: day)),
            .textTooLong(field: "summary", limit: 4000, length: 4001)),
    Refused("reopen an open issue", given: given, .reopenIssue(IssueReopened(issue: "K-0001", reason: "再検討", on: day)),
            .issueNotClosed("K-0001")),
    Refused("reopen an unknown issue", given: given, .reopenIssue(IssueReopened(issue: "K-0099", reason: "再検討", on: day)),
            .unknownIssue("K-0099", known: ["K-0001"])),
    Refused("reopen without a reason", given: closed, .reopenIssue(IssueReopened(issue: "K-0001", reason: " ", on: day)),
            .emptyText(field: "reason")),
    Refused("assign to the owner", given: given, .assignIssue(IssueAssigned(issue: "K-0001", to: "sodan", on: day)),
            .sameOwner(issue: "K-0001", body: "sodan")),
    Refused("transfer to the owner", given: given, .transferIssue(issue: "K-0001", to: "sodan", reason: nil, on: day),
            .sameOwner(issue: "K-0001", body: "sodan")),
    Refused("transfer back to the assignee", given: given + [.assignIssue(IssueAssigned(issue: "K-0001", to: "kurashi", on: day))],
            .transferIssue(issue: "K-0001", to: "kurashi", reason: nil, on: day), .sameOwner(issue: "K-0001", body: "kurashi")),
    Refused("assign to an unknown body", given: given, .assignIssue(IssueAssigned(issue: "K-0001", to: "roudou", on: day)),
            .unknownBody("roudou", known: knownBodies)),
    Refused("transfer to a dissolved body", given: kurashiGone, .transferIssue(issue: "K-0001", to: "kurashi", reason: nil, on: day),
            .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("act: advance without a plan", given: given, Fixture.act([ActionAdvance(action: 1, status: .done)]), .noPlan("K-0001")),
    Refused("act: a number not in the plan", given: planned, Fixture.act([ActionAdvance(action: 3, status: .done)]),
            .unknownAction(issue: "K-0001", number: 3, known: [1, 2])),
    Refused("act: a number only in an earlier revision", given: planned + [Fixture.plan([1, 3])],
            Fixture.act([ActionAdvance(action: 2, status: .done)]), .unknownAction(issue: "K-0001", number: 2, known: [1, 3])),
    Refused("act: an empty summary", given: given,
            .logActivity(ActivityLogged(issue: "K-0001", summary: "", kind: .other, advances: [], functions: [], on: day)),
            .emptyText(field: "summary")),
    Refused("plan with no actions", given: given, Fixture.plan([]), .noActions),
    Refused("plan: action number 0", given: given, Fixture.plan([1, 0]), .invalidActionNumber(0)),
    Refused("plan: duplicate action numbers", given: given, Fixture.plan([1, 2, 1]), .duplicateActionNumber(1)),
    Refused("plan: an empty goal", given: given, .planIssue(issue: "K-0001", goal: " ", actions: [Fixture.action(1)], on: day),
            .emptyText(field: "goal")),
    Refused("plan: an action with nothing to do", given: given,
            .planIssue(issue: "K-0001", goal: "目標", actions: [Fixture.action(1, what: "\u{3000}")], on: day), .emptyText(field: "what")),
    Refused("analyse: an empty factor", given: given,
            .analyseIssue(IssueAnalysed(issue: "K-0001", factors: ["要因", ""], focusCandidates: [], chosen: [], on: day)),
            .emptyText(field: "factor")),
    Refused("evaluate: an empty outcome", given: given,
            .evaluateIssue(IssueEvaluated(issue: "K-0001", fiscalYear: fy(2020), outcome: "", functions: [], decision: .close, on: day)),
            .emptyText(field: "outcome")),
    Refused("close: an empty note", given: given,
            .closeIssue(IssueClosed(issue: "K-0001", reason: .withdrawn, note: "", on: day)), .emptyText(field: "note")),
]

@Suite struct RefuseIssueTests {
    @Test(arguments: rows + onClosed + onUnknown + beforeInitialise) func refused(_ row: Refused) { check(row) }

    /// assign takes a reason as transfer does, and should treat it the same: blank refused, text trimmed.
    @Test
    func assignReasonLikeTransfer() {
        check(Refused("assign with a blank reason", given: given,
                      .assignIssue(IssueAssigned(issue: "K-0001", to: "kurashi", reason: " ", on: day)), .emptyText(field: "reason")))
        check(Accepted("assign, reason trimmed", given: given,
                       .assignIssue(IssueAssigned(issue: "K-0001", to: "kurashi", reason: " 地域移行 ", on: day)),
                       .issueAssigned(IssueAssigned(issue: "K-0001", to: "kurashi", reason: "地域移行", on: day))))
    }
}
