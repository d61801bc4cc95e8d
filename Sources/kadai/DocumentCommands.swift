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

    /// What reads the council for a document, at the head of the log or the `--known-at` one. A
    /// document about a day (the steering agenda, the composition) sees the council as it stood
    /// that day unless `--as-of` says otherwise. Without `caseNotes` the record cannot read the
    /// vault at all (the published site).
    func reader(on day: CalendarDate? = nil, caseNotes: Bool = true) throws -> CouncilRecordReader {
        let loader = try reads.loader()
        var reader = CouncilRecordReader(store: reads.store, snapshots: SnapshotStore(directory: c.snapshotDirectory, for: reads.store),
                                         asOf: loader.asOf ?? day, knownAt: loader.knownAt)
        if caseNotes {
            let vault = Vault(store: c.storePath)
            reader.caseNoteText = { @Sendable in vault.text(of: $0) }
        }
        return reader
    }

    func issue(_ id: String, in record: CouncilRecord) throws -> IssueState {
        guard let issue = record.state.issues[id] else { throw DomainError.unknownIssue(id, known: record.model.issueOrder) }
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
        // An issue is raised by a body set up by then, so a day with no body has no issue either
        // (a record of bodies alone knows no issues).
        guard record.state.bodies.isEmpty && record.model.issueOrder.isEmpty else { return record }
        let shown = language == .ja ? day.wareki : day.description
        throw CommandError(ja: "\(shown)の時点では、まだ会議体も地域課題も記録されていません。\(option) を確かめてください。",
                           en: "Nothing was recorded yet on \(shown): no body, no issue. Check \(option).")
    }

    /// `--on`, or today.
    func day() throws -> CalendarDate {
        try c.command.value("on").map { try CommandBuilder.date($0, option: "on") } ?? .todayInJapan
    }

    /// Prints the document, then saves the read model's snapshots when they are worth it: only a
    /// document that was printed leaves anything behind.
    func run(_ path: [String]) throws -> Int32 {
        let (document, record) = try document(path)
        Output.raw(format.render(document))
        var model = record.model
        CouncilReadModelStore.saveIfWorthwhile(&model, store: reads.store, snapshots: snapshots)
        return 0
    }

    var snapshots: SnapshotStore { SnapshotStore(directory: c.snapshotDirectory, for: reads.store) }

    func document(_ path: [String]) throws -> (Document, CouncilRecord) {
        switch path {
        case ["report", "steering"]:
            let on = try day()
            let months = try c.number("stale-months") ?? 6
            // Every open issue in full, and every event since the last steering meeting.
            let record = try council(try reader(on: on).wholeRecord(), on: on)
            return (SteeringAgenda(record: record, on: on, staleMonths: months, language: language).document(), record)
        case ["report", "composition"]:
            let on = try day()
            let record = try council(try reader(on: on).record(), on: on)
            return (Composition(record: record, on: on, language: language).document(), record)
        case ["sheet"]:
            let year = try year()
            let body = try knownBody(c.command.positionals[0])
            let record = try reader().record(parts: ReviewSheet.parts(year))
            return (ReviewSheet(record: record, body: try self.body(body, in: record, during: year), year: year, language: language).document(), record)
        case ["report", "status"]:
            let year = try year()
            let body = try knownBody(c.command.positionals[0])
            let record = try reader().record(parts: StatusReport.parts)
            return (StatusReport(record: record, body: try self.body(body, in: record, during: year), year: year, isPublic: isPublic,
                                 language: language).document(), record)
        case ["report", "annual"]:
            let year = try year()
            let body = try knownBody(c.command.positionals[0])
            let record = try reader().record(parts: AnnualReport.parts(year))
            return (AnnualReport(record: record, body: try self.body(body, in: record, during: year), year: year, language: language).document(), record)
        case ["report", "pdca"]:
            let year = try year()
            let record = try reader().record(parts: ActivityReport.parts(year))
            return (ActivityReport(record: record, year: year, language: language).document(), record)
        case ["report", "plan"]:
            let on = try c.command.value("as-of").map { try CommandBuilder.date($0, option: "as-of") } ?? .todayInJapan
            let id = try knownIssue(c.command.positionals[0])
            let record = try reader().record(issues: [id])
            return (ActionPlanSheet(record: record, issue: try issue(id, in: record), on: on, language: language).document(), record)
        case ["report", "timeline"]:
            let id = try knownIssue(c.command.positionals[0])
            let record = try reader().record(issues: [id])
            return (AuditTrail(record: record, issue: try issue(id, in: record), isPublic: isPublic, language: language).document(), record)
        case ["report", "audit"]:
            let span = try DateInput.span(c)
            let record = try reader().record(recorded: span)
            return (AuditTrail(record: record, recorded: span, isPublic: isPublic, language: language).document(), record)
        case ["report", "schedule"]:
            let year = try year()
            let record = try reader().record()
            return (Schedule(record: record, year: year, language: language).document(), record)
        default:
            let year = try year()
            let only = try c.command.value("body").map(knownBody)
            let record = try reader().record(parts: Scorecard.parts(year))
            if let only { _ = try body(only, in: record) }
            return (Scorecard(record: record, year: year, body: only, language: language).document(), record)
        }
    }

    /// A body the log has a stream for, checked before anything is read, so a mistyped id is
    /// refused at once (a body that did not exist yet at `--as-of` is refused once read).
    func knownBody(_ id: String) throws -> String {
        guard reads.store.version(of: Streams.body(id)) > 0 else { throw DomainError.unknownBody(id, known: []) }
        return id
    }

    func knownIssue(_ id: String) throws -> String {
        guard reads.store.version(of: Streams.issue(id)) > 0 else { throw DomainError.unknownIssue(id, known: []) }
        return id
    }
}
