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

    var isPublic: Bool { c.command.flag("public") }

    /// The council as read, with the head of the log it was read at (the `--known-at` one). A
    /// document about a day (the steering agenda, the composition) sees the council as it stood
    /// that day unless `--as-of` says otherwise.
    func record(on day: CalendarDate? = nil) throws -> CouncilRecord {
        var loader = try reads.loader()
        if loader.asOf == nil, let day { loader.asOf = day }
        let head = loader.knownAt ?? reads.store.headPosition
        return CouncilRecord(state: try loader.fullState(), events: try loader.ledger(), head: (head, try reads.store.hash(at: head)))
    }

    func issue(_ id: String, in record: CouncilRecord) throws -> IssueState {
        guard let issue = record.state.issues[id] else { throw DomainError.unknownIssue(id, known: record.state.issueOrder) }
        return issue
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

    /// `--on`, or today.
    func day() throws -> CalendarDate {
        try c.command.value("on").map { try CommandBuilder.date($0, option: "on") } ?? .todayInJapan
    }

    func run(_ path: [String]) throws -> Int32 {
        switch path {
        case ["report", "steering"]:
            let on = try day()
            let months = try c.number("stale-months") ?? 6
            return print(SteeringAgenda(record: try record(on: on), on: on, staleMonths: months, language: language).document())
        case ["report", "composition"]:
            let on = try day()
            return print(Composition(record: try record(on: on), on: on, language: language).document())
        default:
            return try run(path, try record())
        }
    }

    func run(_ path: [String], _ record: CouncilRecord) throws -> Int32 {
        switch path {
        case ["sheet"]:
            return print(ReviewSheet(record: record, body: try body(c.command.positionals[0], in: record), year: try year(), language: language).document())
        case ["report", "status"]:
            return print(StatusReport(record: record, body: try body(c.command.positionals[0], in: record), year: try year(), isPublic: isPublic, language: language).document())
        case ["report", "annual"]:
            return print(AnnualReport(record: record, body: try body(c.command.positionals[0], in: record), year: try year(), language: language).document())
        case ["report", "pdca"]:
            return print(ActivityReport(record: record, year: try year(), language: language).document())
        case ["report", "plan"]:
            return print(ActionPlanSheet(record: record, issue: try issue(c.command.positionals[0], in: record), language: language).document())
        case ["report", "timeline"]:
            return print(AuditTrail(record: record, issue: try issue(c.command.positionals[0], in: record), isPublic: isPublic, language: language).document())
        case ["report", "audit"]:
            let since = try c.command.value("since").map { try DateInput.parse($0, option: "since", endOfDay: false) } ?? .earliest
            let until = try c.command.value("until").map { try DateInput.parse($0, option: "until", endOfDay: true) } ?? .latest
            guard since <= until else {
                throw CommandError(ja: "--since は --until より前の日付にしてください。", en: "--since must come before --until.")
            }
            return print(AuditTrail(record: record, recorded: since...until, isPublic: isPublic, language: language).document())
        case ["report", "schedule"]:
            return print(Schedule(record: record, year: try year(), language: language).document())
        default:
            let only = try c.command.value("body").map { try body($0, in: record).id }
            return print(Scorecard(record: record, year: try year(), body: only, language: language).document())
        }
    }
}
