import Calendar
import Council
import Documents
import Projections

/// `sheet`, `report …`, `scorecard`: a document derived from the log, printed in the format asked for.
struct DocumentCommands {
    let c: Context
    let reads: CouncilReads

    init(_ c: Context) throws {
        self.c = c
        reads = try CouncilReads(c)
    }

    var language: DocumentLanguage { c.messages.language == .ja ? .ja : .en }

    /// `--format`, or json when `--json` was given.
    var format: DocumentFormat {
        if c.json { return .json }
        return c.command.value("format").flatMap(DocumentFormat.init(rawValue:)) ?? .md
    }

    func record() throws -> CouncilRecord {
        let loader = try reads.loader()
        return CouncilRecord(state: try loader.fullState(), events: try loader.ledger())
    }

    func year() throws -> FiscalYear {
        try c.command.value("fy").map { try CommandBuilder.fiscalYear($0, option: "fy") } ?? CalendarDate.todayInJapan.fiscalYear
    }

    func body(_ id: String, in record: CouncilRecord) throws -> BodyState {
        guard let b = record.body(id) else { throw DomainError.unknownBody(id, known: record.state.bodyOrder) }
        return b
    }

    func print(_ document: Document) -> Int32 {
        var text = format.render(document)
        if text.hasSuffix("\n") { text.removeLast() }
        c.say(text)
        return 0
    }

    func run(_ path: [String]) throws -> Int32 {
        let record = try record()
        switch path {
        case ["sheet"]:
            return print(ReviewSheet(record: record, body: try body(c.command.positionals[0], in: record), year: try year(), language: language).document())
        case ["report", "status"]:
            return print(StatusReport(record: record, body: try body(c.command.positionals[0], in: record), year: try year(), language: language).document())
        case ["report", "annual"]:
            return print(ActivityReport(record: record, year: try year(), body: try body(c.command.positionals[0], in: record).id, language: language).document())
        case ["report", "pdca"]:
            return print(ActivityReport(record: record, year: try year(), language: language).document())
        case ["report", "plan"]:
            let id = c.command.positionals[0]
            guard let issue = record.state.issues[id] else { throw DomainError.unknownIssue(id, known: record.state.issueOrder) }
            return print(ActionPlanSheet(record: record, issue: issue, language: language).document())
        case ["report", "steering"]:
            let on = try c.command.value("on").map { try CommandBuilder.date($0, option: "on") } ?? .todayInJapan
            return print(SteeringAgenda(record: record, on: on, staleMonths: try c.number("stale-months") ?? 6, language: language).document())
        case ["report", "composition"]:
            let on = try c.command.value("on").map { try CommandBuilder.date($0, option: "on") } ?? .todayInJapan
            return print(Composition(record: record, on: on, language: language).document())
        case ["report", "schedule"]:
            return print(Schedule(record: record, year: try year(), language: language).document())
        default:
            let only = try c.command.value("body").map { try body($0, in: record).id }
            return print(Scorecard(record: record, year: try year(), body: only, language: language).document())
        }
    }
}
