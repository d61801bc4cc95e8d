import Calendar
import Council
import Documents
import EventStore
import Projections

extension CouncilService {
    /// The document `request` names, read at the reading point, in `language`. Refused with a
    /// `DomainError` when it names a body or issue the council does not have, with a
    /// `QueryRefusal` when the body did not exist during the year or nothing was recorded yet on
    /// the day; a document that may be published is refused when the chain does not verify.
    ///
    /// With `reader`, case notes appear (in the timeline and the steering agenda) only when the
    /// council's rules let that actor read the notes of the issue; where roles are enforced, a
    /// council-wide document then shows none. The command line passes no reader.
    public func document(_ request: DocumentRequest, at point: ReadingPoint = .now, language: DocumentLanguage,
                         reader: String? = nil) throws -> Document {
        try exclusively {
            var caseNotes = true
            if let reader {
                if case .timeline(let id, _) = request {
                    caseNotes = try mayReadCaseNotes(of: id, as: reader)
                } else {
                    caseNotes = try !CouncilLoader(store: store).state().enforcesRoles
                }
            }
            let document = try make(request, at: point, language: language, caseNotes: caseNotes)
            keepSnapshots()
            return document
        }
    }

    /// The document, its caches left as they were.
    func make(_ request: DocumentRequest, at point: ReadingPoint, language: DocumentLanguage, caseNotes: Bool) throws -> Document {
        try store.refresh()
        // What is published is checked against the whole chain first, trusting no cache but a
        // walk of this process's own, at this head, minutes ago (a web page asked again and again).
        if request.isPublic { try verifyWholeChainUnlessJustDone() }
        let today = CalendarDate.todayInJapan
        switch request {
        case .reviewSheet(let id, let year):
            let year = year ?? today.fiscalYear
            try requireBody(id)
            let record = try record(try reader(at: point, caseNotes: caseNotes), parts: ReviewSheet.parts(year))
            return ReviewSheet(record: record, body: try body(id, in: record, during: year), year: year, language: language).document()
        case .statusReport(let id, let year, let isPublic):
            let year = year ?? today.fiscalYear
            try requireBody(id)
            let record = try record(try reader(at: point, caseNotes: caseNotes), parts: StatusReport.parts)
            return StatusReport(record: record, body: try body(id, in: record, during: year), year: year, isPublic: isPublic,
                                language: language).document()
        case .annualReport(let id, let year):
            let year = year ?? today.fiscalYear
            try requireBody(id)
            let record = try record(try reader(at: point, caseNotes: caseNotes), parts: AnnualReport.parts(year))
            return AnnualReport(record: record, body: try body(id, in: record, during: year), year: year, language: language,
                                today: point.asOf ?? today).document()
        case .policy(let id, let year):
            let year = year ?? today.fiscalYear
            try requireBody(id)
            let record = try record(try reader(at: point, caseNotes: caseNotes))
            return PolicyDocument(record: record, body: try body(id, in: record, during: year), year: year, language: language).document()
        case .activityReport(let year, let only):
            let year = year ?? today.fiscalYear
            if let only { try requireBody(only) }
            let record = try record(try reader(at: point, caseNotes: caseNotes), parts: ActivityReport.parts(year))
            if let only {
                let b = try body(only, in: record, during: year)
                if WorkItemTable.applies(to: record, body: only, year: year) {
                    return WorkItemTable(record: record, body: b, year: year, language: language).document()
                }
            }
            return ActivityReport(record: record, year: year, body: only, language: language).document()
        case .scorecard(let year, let only):
            let year = year ?? today.fiscalYear
            if let only { try requireBody(only) }
            let record = try record(try reader(at: point, caseNotes: caseNotes), parts: Scorecard.parts(year))
            if let only, record.body(only) == nil { throw DomainError.unknownBody(only, known: record.state.bodyOrder) }
            return Scorecard(record: record, year: year, body: only, language: language).document()
        case .schedule(let year):
            let record = try record(try reader(at: point, caseNotes: caseNotes))
            return Schedule(record: record, year: year ?? today.fiscalYear, language: language).document()
        case .steeringAgenda(let on, let staleMonths):
            let on = on ?? today
            // Every open issue in full, and every event since the last steering meeting.
            let record = try somethingRecorded(try reader(at: point, on: on, caseNotes: caseNotes).wholeRecord(), on: on, field: "on")
            return SteeringAgenda(record: record, on: on, staleMonths: staleMonths, language: language).document()
        case .composition(let on):
            let on = on ?? today
            let record = try somethingRecorded(try record(try reader(at: point, on: on, caseNotes: caseNotes)), on: on, field: "on")
            return Composition(record: record, on: on, language: language).document()
        case .actionPlan(let id, let on):
            try requireIssue(id)
            let record = try record(try reader(at: point, caseNotes: caseNotes), issues: [id])
            return ActionPlanSheet(record: record, issue: try issue(id, in: record), on: on ?? today, language: language).document()
        case .timeline(let id, let isPublic):
            try requireIssue(id)
            let record = try record(try reader(at: point, caseNotes: caseNotes), issues: [id])
            return AuditTrail(record: record, issue: try issue(id, in: record), isPublic: isPublic, language: language).document()
        case .auditTrail(let span, let isPublic):
            let record = try record(try reader(at: point, caseNotes: caseNotes), recorded: span)
            return AuditTrail(record: record, recorded: span, isPublic: isPublic, language: language).document()
        }
    }

    /// A body the log has a stream for, checked before anything is read, so a mistyped id is
    /// refused at once (a body that did not exist yet at `asOf` is refused once read).
    func requireBody(_ id: String) throws {
        guard store.version(of: Streams.body(id)) > 0 else { throw DomainError.unknownBody(id, known: []) }
    }

    func requireIssue(_ id: String) throws {
        guard store.version(of: Streams.issue(id)) > 0 else { throw DomainError.unknownIssue(id, known: []) }
    }

    func issue(_ id: String, in record: CouncilRecord) throws -> IssueState {
        guard let issue = record.state.issues[id] else { throw DomainError.unknownIssue(id, known: record.model.issueOrder) }
        return issue
    }

    /// A body that existed during the 年度: a year before it was set up or after it ended has no
    /// documents, and saying so beats printing an empty form.
    func body(_ id: String, in record: CouncilRecord, during year: FiscalYear) throws -> BodyState {
        guard let b = record.body(id) else { throw DomainError.unknownBody(id, known: record.state.bodyOrder) }
        if b.establishedOn > year.lastDay { throw QueryRefusal.bodyNotSetUpYet(id, on: b.establishedOn, year: year, field: "fy") }
        if let end = b.dissolution?.on, end <= year.firstDay { throw QueryRefusal.bodyDissolvedBefore(id, on: end, year: year, field: "fy") }
        return b
    }

    /// A document about a day needs something recorded by then. An issue is raised by a body set
    /// up by then, so a day with no body has no issue either (a record of bodies alone knows no issues).
    func somethingRecorded(_ record: CouncilRecord, on day: CalendarDate, field: String) throws -> CouncilRecord {
        guard record.state.bodies.isEmpty && record.model.issueOrder.isEmpty else { return record }
        throw QueryRefusal.nothingRecordedYet(on: day, field: field)
    }

    /// Walks the whole chain unless this service walked it at the same head within five minutes.
    func verifyWholeChainUnlessJustDone() throws {
        let now = Timestamp.now().millisecondsSinceEpoch
        if let last = lastWholeChainWalk, last.head == store.headPosition, now - last.at < 300_000 { return }
        try store.verifyWholeChain()
        lastWholeChainWalk = (store.headPosition, now)
    }
}
