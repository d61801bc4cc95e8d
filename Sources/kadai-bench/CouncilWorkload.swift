import Calendar
import Council
import EventStore
import Projections
import Seeded

/// A synthetic council history for benchmarks, made through `CouncilDecider.decide` so every event
/// is one the rules accept: 26 bodies with members and monthly meetings, and issues that go
/// through every phase over several 年度 (about 20 events each).
struct CouncilWorkload {
    var rng: SplitMix64
    var state = CouncilDecider.initialState
    var pending: [CouncilEvent] = []
    let firstYear = 2015

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func run(_ command: CouncilCommand) {
        // The workload only issues commands the rules accept; a refusal here is a bug in the workload.
        let events = try! CouncilDecider.decide(command, state)
        for e in events { CouncilDecider.evolve(&state, e) }
        pending += events
    }

    func date(_ daysFromStart: Int) -> CalendarDate {
        CalendarDate(year: firstYear, month: 4, day: 1)!.adding(days: daysFromStart)
    }

    static let bodyIds = ["plenary", "steering"] + (1...8).map { "bukai\($0)" } + (1...16).map { "wg\($0)" }

    mutating func councilAndBodies() {
        run(.initialise(CouncilInitialised(name: "サンプル市障害者自立支援協議会", on: date(0))))
        for (n, id) in Self.bodyIds.enumerated() {
            let kind: BodyKind = n == 0 ? .plenary : n == 1 ? .steering : id.hasPrefix("bukai") ? .subcommittee : .workingGroup
            let parent = id.hasPrefix("wg") ? "bukai\((n % 8) + 1)" : nil
            run(.establishBody(BodyEstablished(body: id, name: "\(id)会議", kind: kind, parent: parent, on: date(0))))
            for m in 0..<10 {
                run(.appointMember(MemberAppointed(body: id, member: "m\(m)", affiliation: "サンプル市事業所\(m)",
                                                   category: MemberCategory.allCases[m % MemberCategory.allCases.count],
                                                   role: m == 0 ? .chair : .member, partyConcerned: m % 5 == 0, on: date(0))))
            }
        }
    }

    /// One issue's life, from raising to closing (and sometimes reopening), starting on `day`.
    mutating func issue(_ number: Int, startingOn day: Int) {
        let body = Self.bodyIds[2 + Int(rng.next() % 24)]
        let id = "K-\(number)"
        var d = day
        func next(_ days: Int) -> CalendarDate { d += days; return date(d) }
        run(.raiseIssue(IssueRaised(issue: id, title: "地域課題\(number)：精神障害者が地域で暮らしにくい", raisedBy: body, source: "個別支援",
                                    categories: ["地域移行・地域定着支援"], groups: ["精神"], area: "中央", on: date(d))))
        run(.assignIssue(IssueAssigned(issue: id, to: Self.bodyIds[2 + (Self.bodyIds.firstIndex(of: body)! - 1) % 24], on: next(10))))
        for _ in 0..<2 {
            run(.analyseIssue(IssueAnalysed(issue: id, factors: ["地域と医療の認識の差", "障害への理解"], focusCandidates: ["医療", "包括・民生委員", "保健師"],
                                            chosen: ["包括・民生委員"], evidence: "同様の事例を収集した", on: next(20))))
        }
        for _ in 0..<2 {
            run(.planIssue(issue: id, goal: "支援者や相談先が明確で、安心感を持ってもらえる体制",
                           actions: (1...3).map { PlannedAction(number: $0, who: "事務局", toward: "民生委員", what: "冊子を作成し配布する", due: date(d + 365), functions: [.information, .development]) },
                           on: next(30)))
        }
        for k in 0..<10 {
            run(.logActivity(ActivityLogged(issue: id, summary: "訪問して情報を共有した", kind: .visit, advances: [ActionAdvance(action: 1 + k % 3, status: k < 7 ? .inProgress : .done)],
                                            functions: [.coordination], on: next(14))))
        }
        run(.evaluateIssue(IssueEvaluated(issue: id, fiscalYear: date(d).fiscalYear, outcome: "冊子を配布した", functions: [.information], decision: .continue, on: next(5))))
        run(.carryOverIssue(issue: id, note: "次年度も継続", on: next(1)))
        run(.evaluateIssue(IssueEvaluated(issue: id, fiscalYear: date(d + 365).fiscalYear, outcome: "成果を確認した", functions: [.evaluation], decision: .close, on: next(365))))
        run(.closeIssue(IssueClosed(issue: id, reason: .resolved, on: next(1))))
        if number % 10 == 0 { run(.reopenIssue(IssueReopened(issue: id, reason: "再検討", on: next(30)))) }
    }

    mutating func meetings(month: Int) {
        for id in Self.bodyIds where state.bodies[id]?.status == .active {
            let on = date(month * 30 + 5)
            run(.recordMeeting(body: id, on: on, number: nil, format: .inPerson, agenda: ["課題の進捗確認"], issues: [], decisions: []))
        }
    }

    /// Takes the events made so far as proposals for the store.
    mutating func drain() -> [ProposedEvent] {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending.map(\.proposed)
    }
}
