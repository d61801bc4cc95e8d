import Calendar
import Council

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
func fy(_ startYear: Int) -> FiscalYear { FiscalYear(startYear: startYear) }

/// A council's history over several 年度, decided command by command (so every event is one the
/// rules accept) from a seed: bodies set up, renamed, paused and resumed, meeting and reviewing their
/// years; issues raised, assigned, transferred, analysed, planned, acted on, evaluated (sometimes
/// for the year before), closed and reopened, their work interleaved, with entries made late and
/// dated before the ones already recorded. What the read model is held to.
struct SampleHistory {
    var state = CouncilDecider.initialState
    /// Every event with its position, 1, 2, 3 … as a log would number them.
    var events: [(position: UInt64, event: CouncilEvent)] = []
    var rng: UInt64

    static let bodies = ["zentai", "unei", "soudan", "shuro", "kodomo", "wg1"]
    static let start = date("2018-04-01")

    init(seed: UInt64, issues: Int = 40) {
        rng = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        run(.initialise(CouncilInitialised(name: "サンプル市障害者自立支援協議会", on: Self.start)))
        let kinds: [BodyKind] = [.plenary, .steering, .subcommittee, .subcommittee, .subcommittee, .workingGroup]
        for (n, id) in Self.bodies.enumerated() {
            run(.establishBody(BodyEstablished(body: id, name: "\(id)会議", kind: kinds[n], parent: id == "wg1" ? "soudan" : nil, on: Self.start)))
            run(.appointMember(MemberAppointed(body: id, member: "m\(n)", affiliation: "事業所\(n)", category: MemberCategory.allCases[n],
                                               role: .chair, partyConcerned: n % 2 == 0, on: Self.start)))
        }
        var scripts: [(id: String, day: Int, step: Int)] = []
        for n in 0..<issues {
            let day = pick(1400)
            if let raised = run(.raiseIssue(IssueRaised(issue: "", title: "地域課題\(n)", raisedBy: body(), categories: [], groups: [], on: on(day)))),
               case .issueRaised(let e)? = raised.first {
                scripts.append((e.issue, day, 0))
            }
        }
        var bodyDay = 0
        while !scripts.isEmpty {
            let i = pick(scripts.count)
            scripts[i].day += 5 + pick(60)
            let (id, day, step) = scripts[i]
            scripts[i].step += 1
            // Now and then an entry made late, dated before what is already recorded.
            let d = pick(7) == 0 ? max(0, day - 120) : day
            if !issueStep(id, step, on(d)) || step > 22 { scripts.remove(at: i) }
            if pick(3) == 0 {
                bodyDay = min(bodyDay + pick(40), 1900)
                bodyStep(on(bodyDay))
            }
        }
    }

    mutating func pick(_ n: Int) -> Int {
        rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
        return Int(rng % UInt64(max(n, 1)))
    }

    func on(_ day: Int) -> CalendarDate { Self.start.adding(days: day) }
    mutating func body() -> String { Self.bodies[2 + pick(4)] }
    mutating func functions() -> [CouncilFunction] { CouncilFunction.allCases.filter { _ in pick(3) == 0 } }

    /// Decides and folds a command; a refusal changes nothing (the history only keeps what the rules accept).
    @discardableResult
    mutating func run(_ command: CouncilCommand) -> [CouncilEvent]? {
        guard let decided = try? CouncilDecider.decide(command, state) else { return nil }
        for e in decided {
            CouncilDecider.evolve(&state, e)
            events.append((UInt64(events.count + 1), e))
        }
        return decided
    }

    /// One step of an issue's life; false when the issue's script is over.
    mutating func issueStep(_ id: String, _ step: Int, _ d: CalendarDate) -> Bool {
        switch step {
        case 0: run(.assignIssue(IssueAssigned(issue: id, to: body(), on: d)))
        case 1, 2: run(.analyseIssue(IssueAnalysed(issue: id, factors: ["要因"], focusCandidates: [], chosen: [], on: d)))
        case 3, 9:
            let actions = (1...3).map { PlannedAction(number: $0, who: "事務局", toward: "民生委員", what: "冊子", due: d.adding(days: 200), functions: functions()) }
            run(.planIssue(issue: id, goal: "目指す姿", actions: actions, on: d))
        case 6: if pick(3) == 0 { run(.transferIssue(issue: id, to: body(), reason: nil, on: d)) }
        case 12, 20:
            let year = pick(4) == 0 ? d.fiscalYear.previous : d.fiscalYear
            run(.evaluateIssue(IssueEvaluated(issue: id, fiscalYear: year, outcome: "成果\(step)", functions: functions(),
                                              decision: step == 20 ? .close : .continue, next: step == 12 ? "次年度" : nil, on: d)))
        case 13: run(.carryOverIssue(issue: id, note: nil, on: d))
        case 21:
            if pick(2) == 0 { run(.closeIssue(IssueClosed(issue: id, reason: .resolved, on: d))) }
        case 22:
            if pick(3) == 0 { run(.reopenIssue(IssueReopened(issue: id, reason: "再検討", on: d))) }
            return false
        default:
            let status: [ActionStatus] = [.inProgress, .done, .dropped, .notStarted]
            run(.logActivity(ActivityLogged(issue: id, summary: "活動\(step)", kind: ActivityKind.allCases[pick(ActivityKind.allCases.count)],
                                            meeting: step.isMultiple(of: 2) ? "soudan-\(d.fiscalYear.startYear)-\(step)" : nil, advances: [ActionAdvance(action: 1 + pick(3), status: status[pick(4)])], functions: functions(), on: d)))
        }
        return true
    }

    mutating func bodyStep(_ d: CalendarDate) {
        let id = Self.bodies[pick(Self.bodies.count)]
        switch pick(12) {
        case 0: run(.setBodyPolicy(BodyPolicySet(body: id, fiscalYear: d.fiscalYear, policy: "方針\(pick(100))", on: d)))
        case 1: run(.recordReview(BodyYearReviewed(body: id, fiscalYear: pick(2) == 0 ? d.fiscalYear : d.fiscalYear.previous, comments: [],
                                                   functions: functions(), next: .continue, on: d)))
        case 2: run(.renameBody(body: id, name: "\(id)部会\(pick(100))", on: d))
        case 3: run(.pauseBody(BodyPaused(body: id, on: d)))
        case 4: run(.resumeBody(BodyResumed(body: id, on: d)))
        case 5: run(.appointMember(MemberAppointed(body: id, member: "x\(pick(100))", affiliation: "団体", category: .other, role: .member,
                                                   partyConcerned: false, on: d)))
        default:
            let linked = state.issueOrder.isEmpty ? [] : [state.issueOrder[pick(state.issueOrder.count)]]
            run(.recordMeeting(body: id, on: d, number: nil, format: .inPerson, agenda: ["議題"], issues: linked, decisions: []))
        }
    }

    /// The fiscal years the history spans.
    var years: [FiscalYear] {
        let starts = events.map(\.event.on.fiscalYear.startYear)
        return (starts.min()!...starts.max()! + 1).map(FiscalYear.init(startYear:))
    }
}
