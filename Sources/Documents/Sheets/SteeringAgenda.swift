import Calendar
import Council
import JSON

/// What the steering meeting (運営会議) should look at on a date: issues gone quiet, actions past due,
/// issues raised but not yet taken up, bodies that have not met this 年度, and everything recorded
/// since its previous meeting. Each list is derived from the events as they stood on that date.
public struct SteeringAgenda: DocumentBuilder {
    public var record: CouncilRecord
    public var on: CalendarDate
    /// An open issue with no event for this many months is listed as quiet.
    public var staleMonths: Int
    public var language: DocumentLanguage

    public init(record: CouncilRecord, on: CalendarDate, staleMonths: Int = 6, language: DocumentLanguage) {
        self.record = record
        self.on = on
        self.staleMonths = staleMonths
        self.language = language
    }

    var ja: Bool { language.japanese }

    /// The same day `months` months earlier (the month's last day when it is shorter), or the
    /// calendar's first day when that would fall before it (a stored date in year 1).
    func monthsBefore(_ months: Int) -> CalendarDate {
        var year = on.year, month = on.month - months
        while month < 1 { month += 12; year -= 1 }
        return CalendarDate(year: year, month: month, day: min(on.day, CalendarDate.daysIn(month: month, year: year))) ?? .earliest
    }

    func bodyName(_ id: String) -> String { record.bodyName(id, on: on) }

    /// The position of the issue's latest event of a kind, for the facts.
    func position(of issue: String, _ kind: (CouncilEvent) -> Bool) -> JSONValue {
        record.events(ofIssue: issue).last { kind($0.event) }.map { .int(Int64($0.position)) } ?? .null
    }

    public func document() -> Document {
        let open = record.state.issuesInOrder.filter { !$0.isClosed }
        let cutoff = monthsBefore(staleMonths)
        let stale = open.filter { $0.lastActivityOn < cutoff }
        let overdue = open.flatMap { i in
            (i.currentPlan?.actions ?? []).compactMap { a -> (IssueState, PlannedAction, ActionStatus)? in
                let status = i.actionStatus[a.number] ?? .notStarted
                guard let due = a.due, due < on, status != .done, status != .dropped else { return nil }
                return (i, a, status)
            }
        }
        let unassigned = open.filter { $0.phase == .raised && $0.analyses.isEmpty }
        let year = on.fiscalYear
        let quiet = record.state.bodiesInOrder.filter { b in
            b.status == .active && b.establishedOn <= on && b.dissolution == nil
                && !b.meetings.contains { year.contains($0.on) && $0.on <= on }
        }
        let previous = record.state.bodiesInOrder.filter { $0.kind == .steering }
            .flatMap(\.meetings).map(\.on).filter { $0 < on }.max()
        // Without an earlier steering meeting, the changes of the 年度 so far.
        let since = previous ?? year.firstDay.adding(days: -1)
        let changes = record.events.filter { e in e.event.on <= on && e.event.on > since }

        var blocks: [Block] = []
        func section(_ title: String, _ table: Table?, count: Int) {
            blocks.append(.heading(ja ? "\(title)（\(count)件）" : "\(title) (\(count))"))
            if let table, count > 0 { blocks.append(.table(table)) } else { blocks.append(.paragraph(t("steering.nothing"))) }
        }
        section(t("steering.stale"), Table(header: [t("plan.issue"), t("steering.owner"), t("steering.lastEvent")], rows: stale.map {
            ["\($0.id) \($0.title)", bodyName($0.owner), language.date($0.lastActivityOn)]
        }), count: stale.count)
        blocks.append(.note("\(staleMonths)" + t("steering.stale.note")))
        section(t("steering.overdue"), Table(header: [t("plan.issue"), t("steering.action"), t("steering.due"), t("steering.status")], rows: overdue.map { i, a, s in
            ["\(i.id) \(i.title)", "\(a.number). \(a.who)\(ja ? "が" : ": ")\(a.what)", a.due.map(language.date) ?? "", s.label(japanese: ja)]
        }), count: overdue.count)
        section(t("steering.unassigned"), Table(header: [t("plan.issue"), t("steering.raised"), t("steering.assigned")], rows: unassigned.map {
            ["\($0.id) \($0.title)", language.date($0.raisedOn), $0.ownership.isEmpty ? (ja ? "未定（提起した\(bodyName($0.raisedBy))）" : "not yet (raised by \(bodyName($0.raisedBy)))") : bodyName($0.owner)]
        }), count: unassigned.count)
        section(t("steering.quiet"), Table(header: [t("common.body"), t("steering.lastMeeting")], rows: quiet.map {
            [BodyName.on(on, of: $0), $0.meetings.map(\.on).max().map(language.date) ?? "―"]
        }), count: quiet.count)
        section(t("steering.changes"), Table(header: [t("steering.date"), t("common.body") + " / " + t("plan.issue"), t("steering.what")], rows: changes.map { e in
            [language.date(e.event.on), record.subject(of: e.event), record.label(e, language)]
        }), count: changes.count)

        let facts: JSONObject = [
            "on": .string(on.description), "staleMonths": .int(Int64(staleMonths)),
            "previousSteeringMeeting": previous.map { .string($0.description) } ?? .null,
            "staleIssues": .array(stale.map { .string($0.id) }),
            "staleIssueLastPositions": .array(stale.map { i in .int(Int64(record.events(ofIssue: i.id).last?.position ?? 0)) }),
            "overdueActions": .array(overdue.map { i, a, _ in
                .object(["issue": .string(i.id), "action": .int(Int64(a.number)), "planPosition": position(of: i.id) { if case .actionPlanAdopted = $0 { true } else { false } }])
            }),
            "unassignedIssues": .array(unassigned.map { .string($0.id) }),
            "unassignedIssuePositions": .array(unassigned.map { i in position(of: i.id) { if case .issueRaised = $0 { true } else { false } } }),
            "bodiesWithoutMeeting": .array(quiet.map { .string($0.id) }),
            "changes": .array(changes.map { .int(Int64($0.position)) }),
        ]
        let title = "\(record.state.name ?? "") \(t("steering.title"))"
        let byline = [language.date(on)] + (previous.map { [t("steering.since") + language.colon + language.date($0)] } ?? [])
        return Document(kind: "steering", title: title, byline: byline, blocks: blocks, facts: facts, language: language.rawValue)
    }
}
