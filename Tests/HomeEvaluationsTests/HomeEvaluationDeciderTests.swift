import Calendar
import Council
import HomeEvaluations
import Testing

func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
let r6 = FiscalYear(startYear: 2024)

/// A home's year: its report received, then evaluated once at a council meeting after it came;
/// every record read back and decided again gives itself; refusals in the ledger's own words.
@Suite struct HomeEvaluationDeciderTests {
    static let evaluation = HomeEvaluation(home: "gh-hinata", fiscalYear: r6,
                                           items: [.init(item: "利用者の状況", finding: "重度の方を含め10名が入居し、日中も支援を受けている。"),
                                                   .init(item: "地域との交流", finding: "地域の行事への参加が年4回あった。")],
                                           opinion: "適切に運営されている。地域との交流を続けてほしい。", meetingOn: day("2025-02-14"))

    static func run(_ commands: [HomeEvaluationCommand]) throws -> (HomeEvaluationState, [HomeEvaluationEvent]) {
        var state = HomeEvaluationDecider.initialState
        var events: [HomeEvaluationEvent] = []
        for c in commands {
            for e in try HomeEvaluationDecider.decide(c, state) {
                HomeEvaluationDecider.evolve(&state, e)
                events.append(e)
            }
        }
        return (state, events)
    }

    static let received = HomeEvaluationCommand.receiveReport(home: "gh-hinata", name: "日中サービス支援型グループホームひなた", fiscalYear: r6,
                                                               summary: "令和6年度の事業の実施状況", on: day("2025-01-20"))

    @Test func aHomesYearIsReceivedThenEvaluated() throws {
        let (state, events) = try Self.run([Self.received, .evaluate(Self.evaluation, on: day("2025-02-14"))])
        #expect(events.map(\.stream) == ["home-evaluation-gh-hinata", "home-evaluation-gh-hinata"])
        #expect(state.years["gh-hinata"]?[r6]?.evaluation?.items.count == 2)
        var replayed = HomeEvaluationDecider.initialState
        for e in events {
            #expect(try HomeEvaluationEvent.decode(type: e.typeName, data: e.data) == e)
            #expect(try HomeEvaluationDecider.decide(HomeEvaluationCommand(recording: e), replayed) == [e])
            HomeEvaluationDecider.evolve(&replayed, e)
        }
    }

    @Test(arguments: [
        ("no report yet", [HomeEvaluationCommand](), HomeEvaluationCommand.evaluate(evaluation, on: day("2025-02-14")), "home.noReport"),
        ("evaluated twice", [received, .evaluate(evaluation, on: day("2025-02-14"))], .evaluate(evaluation, on: day("2025-02-20")), "home.evaluatedTwice"),
        ("a meeting before the report came", [received],
         .evaluate(HomeEvaluation(home: "gh-hinata", fiscalYear: r6, items: evaluation.items, opinion: "o", meetingOn: day("2025-01-10")), on: day("2025-01-10")),
         "home.meetingBeforeReport"),
        ("no item", [received], .evaluate(HomeEvaluation(home: "gh-hinata", fiscalYear: r6, items: [], opinion: "o", meetingOn: day("2025-02-14")), on: day("2025-02-14")),
         "home.noItems"),
        ("a report twice", [received], received, "home.reportTwice"),
    ])
    func aRefusalIsInTheLedgersOwnWords(_ name: String, _ given: [HomeEvaluationCommand], _ command: HomeEvaluationCommand, _ code: String) throws {
        let (state, _) = try Self.run(given)
        do {
            _ = try HomeEvaluationDecider.decide(command, state)
            Issue.record("\(name): accepted")
        } catch {
            guard case .ledger(let r) = error else { Issue.record("\(name): \(error)"); return }
            #expect(r.code == code && !r.japanese.isEmpty && !r.english.isEmpty, "\(name): \(r)")
        }
    }
}
