import Calendar
import Council
import JSON
import Projections

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

    func bodyName(_ id: String) -> String { record.bodyName(id, on: on) }

    /// The position of the issue's latest event of a kind, for the facts.
    func position(of issue: String, _ kind: (CouncilEvent) -> Bool) -> JSONValue {
        record.events(ofIssue: issue).last { kind($0.event) }.map { .int(Int64($0.position)) } ?? .null
    }

    public func document() -> Document {
        let agenda = SteeringAgendaView(record: record, on: on, staleMonths: staleMonths)
        let (stale, overdue, unassigned, quiet, previous, changes) = (agenda.stale, agenda.overdue, agenda.unassigned, agenda.quietBodies,
                                                                      agenda.previousMeeting, agenda.changes)

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
            [language.date(e.event.when), record.subject(of: e.event), record.label(e, language)]
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
