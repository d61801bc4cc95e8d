import Calendar
import Council
import Testing

// Helpers shared by the Council tests: dates written as ISO text, and states built the way the
// store builds them — by deciding commands in order and folding the events they produce.

/// An ISO date ("2020-08-06"); traps on a typo, which is a bug in the test itself.
func date(_ iso: String) -> CalendarDate {
    let parts = iso.split(separator: "-").map { Int($0)! }
    return CalendarDate(year: parts[0], month: parts[1], day: parts[2])!
}

func fy(_ startYear: Int) -> FiscalYear { FiscalYear(startYear: startYear) }

/// What a list of commands left behind: the folded state and every event, in order.
struct Run {
    var state: CouncilState
    var events: [CouncilEvent]
}

/// Decides each command against the running state and folds its events; a refusal fails the test.
func run(_ commands: [CouncilCommand], from start: CouncilState = CouncilDecider.initialState,
         sourceLocation: SourceLocation = #_sourceLocation) -> Run {
    var state = start
    var all: [CouncilEvent] = []
    for (index, command) in commands.enumerated() {
        do {
            let events = try CouncilDecider.decide(command, state)
            for e in events { CouncilDecider.evolve(&state, e) }
            all += events
        } catch {
            Issue.record("command \(index) was refused: \(error)", sourceLocation: sourceLocation)
        }
    }
    return Run(state: state, events: all)
}

/// Folds events alone, as a projection replaying the log would.
func fold(_ events: [CouncilEvent]) -> CouncilState {
    var state = CouncilDecider.initialState
    for e in events { CouncilDecider.evolve(&state, e) }
    return state
}

/// The events `command` produces after `given`, or the refusal.
func outcome(of command: CouncilCommand, after given: [CouncilCommand],
             sourceLocation: SourceLocation = #_sourceLocation) -> Result<[CouncilEvent], DomainError> {
    let state = run(given, sourceLocation: sourceLocation).state
    return Result { () throws(DomainError) in try CouncilDecider.decide(command, state) }
}

// MARK: A small council the tables start from

enum Fixture {
    static let councilName = "長岡市障害者自立支援協議会"
    static let start = date("2020-04-01")

    static let initialise = CouncilCommand.initialise(CouncilInitialised(name: councilName, on: start))

    /// The council, a steering meeting and two subcommittees (bodyOrder: steering, sodan, kurashi).
    static let bodies: [CouncilCommand] = [
        initialise,
        .establishBody(BodyEstablished(body: "steering", name: "運営会議", kind: .steering, on: start)),
        .establishBody(BodyEstablished(body: "sodan", name: "相談支援部会", kind: .subcommittee, on: start)),
        .establishBody(BodyEstablished(body: "kurashi", name: "地域生活移行部会", kind: .subcommittee, on: start)),
    ]

    /// `bodies` plus issue K-0001, raised by (and owned by) sodan on 2020-06-01.
    static let withIssue: [CouncilCommand] = bodies + [raise()]

    /// The same in a council kept under the rules' first edition (`CouncilRules`).
    static func firstEdition(_ commands: [CouncilCommand]) -> [CouncilCommand] {
        [.initialise(CouncilInitialised(name: councilName, rules: 1, on: start))] + commands.dropFirst()
    }

    static func raise(_ id: String = "", title: String = "精神障害者が地域で暮らしにくい", by body: String = "sodan",
                      on day: String = "2020-06-01") -> CouncilCommand {
        .raiseIssue(IssueRaised(issue: id, title: title, raisedBy: body, categories: [], groups: [], on: date(day)))
    }

    static func action(_ number: Int, what: String = "事例を集める") -> PlannedAction {
        PlannedAction(number: number, who: "相談支援部会", toward: "相談支援事業所", what: what)
    }

    static func plan(_ numbers: [Int], issue: String = "K-0001", on day: String = "2020-09-01") -> CouncilCommand {
        .planIssue(issue: issue, goal: "支援者や相談先が明確で、安心感を持ってもらえる体制", actions: numbers.map { action($0) }, on: date(day))
    }

    static func act(_ advances: [ActionAdvance], issue: String = "K-0001", on day: String = "2020-10-01") -> CouncilCommand {
        .logActivity(ActivityLogged(issue: issue, summary: "研修会を開催", kind: .training, advances: advances, functions: [], on: date(day)))
    }

    static func meeting(_ body: String = "sodan", on day: String, number: Int? = nil, issues: [String] = []) -> CouncilCommand {
        .recordMeeting(body: body, on: date(day), number: number, format: .inPerson, agenda: ["事例検討"], issues: issues, decisions: [])
    }

    static func close(_ issue: String = "K-0001", on day: String = "2021-03-01") -> CouncilCommand {
        .closeIssue(IssueClosed(issue: issue, reason: .resolved, on: date(day)))
    }
}
