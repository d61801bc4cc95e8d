import Calendar
import Council
import CouncilService
import Documents
import EventStore
import Projections

/// `sheet`, `report …`, `scorecard`: a document derived from the log, printed in the format asked for.
struct DocumentCommands {
    let c: Context
    let reads: CouncilReads

    init(_ c: Context) throws {
        self.c = c
        reads = try CouncilReads(c)
        // What is published is checked against the whole chain first, trusting no cache.
        if c.command.declares("public") && c.command.flag("public") { try reads.store.verifyWholeChain() }
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
    /// that day unless `--as-of` says otherwise. Without `caseNotes` the record cannot read the
    /// vault at all (the published site).
    func record(on day: CalendarDate? = nil, caseNotes: Bool = true) throws -> CouncilRecord {
        var loader = try reads.loader()
        if loader.asOf == nil, let day { loader.asOf = day }
        let head = loader.knownAt ?? reads.store.headPosition
        // One pass over the log: the state is the ledger's events folded, not a second read.
        let events = try loader.ledger()
        var state = CouncilDecider.initialState
        for e in events { CouncilDecider.evolve(&state, e.event) }
        // A council often records its past after it starts using kadai: its name holds for the
        // days before the day it was entered, too.
        if state.name == nil { state.name = try CouncilLoader(store: reads.store, knownAt: loader.knownAt).state().name }
        let vault = Vault(store: c.storePath)
        var read: (@Sendable (VaultReference) -> String?)?
        if caseNotes { read = { @Sendable in vault.text(of: $0) } }
        return CouncilRecord(state: state, events: events, head: (head, try reads.store.hash(at: head)), caseNoteText: read)
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

    /// A body that existed during the 年度: a year before it was set up or after it ended has no
    /// documents, and saying so beats printing an empty form.
    func body(_ id: String, in record: CouncilRecord, during year: FiscalYear) throws -> BodyState {
        let b = try body(id, in: record)
        let ja = language == .ja
        func date(_ d: CalendarDate) -> String { ja ? d.wareki : d.description }
        func fy(_ y: FiscalYear) -> String { ja ? y.wareki : y.description }
        if b.establishedOn > year.lastDay {
            throw CommandError(ja: "会議体 '\(id)' の設置は\(date(b.establishedOn))なので、\(fy(year))の資料はありません。--fy を確かめてください。",
                               en: "The body '\(id)' was set up on \(date(b.establishedOn)), so there is nothing for \(fy(year)). Check --fy.")
        }
        if let end = b.dissolution?.on, end <= year.firstDay {
            throw CommandError(ja: "会議体 '\(id)' は\(date(end))に終了しているため、\(fy(year))の資料はありません。--fy を確かめてください。",
                               en: "The body '\(id)' was dissolved on \(date(end)), so there is nothing for \(fy(year)). Check --fy.")
        }
        return b
    }

    /// A document about a day needs something recorded by then.
    func council(_ record: CouncilRecord, on day: CalendarDate, option: String = "--on") throws -> CouncilRecord {
        guard record.state.bodies.isEmpty && record.state.issues.isEmpty else { return record }
        let shown = language == .ja ? day.wareki : day.description
        throw CommandError(ja: "\(shown)の時点では、まだ会議体も地域課題も記録されていません。\(option) を確かめてください。",
                           en: "Nothing was recorded yet on \(shown): no body, no issue. Check \(option).")
    }

    func print(_ document: Document) -> Int32 {
        Output.raw(format.render(document))
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
            return print(SteeringAgenda(record: try council(try record(on: on), on: on), on: on, staleMonths: months, language: language).document())
        case ["report", "composition"]:
            let on = try day()
            return print(Composition(record: try council(try record(on: on), on: on), on: on, language: language).document())
        default:
            return try run(path, try record())
        }
    }

    func run(_ path: [String], _ record: CouncilRecord) throws -> Int32 {
        switch path {
        case ["sheet"]:
            let year = try year()
            return print(ReviewSheet(record: record, body: try body(c.command.positionals[0], in: record, during: year), year: year, language: language).document())
        case ["report", "status"]:
            let year = try year()
            return print(StatusReport(record: record, body: try body(c.command.positionals[0], in: record, during: year), year: year, isPublic: isPublic,
                                      language: language).document())
        case ["report", "annual"]:
            let year = try year()
            return print(AnnualReport(record: record, body: try body(c.command.positionals[0], in: record, during: year), year: year, language: language).document())
        case ["report", "pdca"]:
            return print(ActivityReport(record: record, year: try year(), language: language).document())
        case ["report", "plan"]:
            let on = try c.command.value("as-of").map { try CommandBuilder.date($0, option: "as-of") } ?? .todayInJapan
            return print(ActionPlanSheet(record: record, issue: try issue(c.command.positionals[0], in: record), on: on, language: language).document())
        case ["report", "timeline"]:
            return print(AuditTrail(record: record, issue: try issue(c.command.positionals[0], in: record), isPublic: isPublic, language: language).document())
        case ["report", "audit"]:
            return print(AuditTrail(record: record, recorded: try DateInput.span(c), isPublic: isPublic, language: language).document())
        case ["report", "schedule"]:
            return print(Schedule(record: record, year: try year(), language: language).document())
        default:
            let only = try c.command.value("body").map { try body($0, in: record).id }
            return print(Scorecard(record: record, year: try year(), body: only, language: language).document())
        }
    }
}
