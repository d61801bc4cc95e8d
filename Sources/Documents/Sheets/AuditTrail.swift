import Calendar
import Council
import EventStore
import JSON
import Projections

/// An issue's timeline (経過), or the whole council's records in a span of time: for every event,
/// its business date, what it recorded, when and by whom it was recorded, its position and hash,
/// under the head of the log it was read at. `public` leaves out who recorded each entry.
public struct AuditTrail: DocumentBuilder {
    public var record: CouncilRecord
    /// One issue's events, or all of them.
    public var issue: IssueState?
    /// Only events recorded within these times (for the whole council).
    public var recorded: ClosedRange<Timestamp>?
    public var isPublic: Bool
    public var language: DocumentLanguage

    public init(record: CouncilRecord, issue: IssueState? = nil, recorded: ClosedRange<Timestamp>? = nil, isPublic: Bool = false, language: DocumentLanguage) {
        self.record = record
        self.issue = issue
        self.recorded = recorded
        self.isPublic = isPublic
        self.language = language
    }

    var events: [LoggedEvent] {
        let chosen = issue.map { record.events(ofIssue: $0.id) } ?? record.events
        guard let recorded else { return chosen }
        return chosen.filter { recorded.contains($0.recordedAt) }
    }

    /// 令和8年11月21日 19:00 (Japan time) in Japanese, the log's UTC form in English.
    func recordedAt(_ t: Timestamp) -> String {
        guard language.japanese else { return t.description }
        let c = JapanTime.components(of: t)
        let day = CalendarDate(year: c.year, month: c.month, day: c.day).map(language.date) ?? ""
        return day + " " + (c.hour < 10 ? "0" : "") + "\(c.hour):" + (c.minute < 10 ? "0" : "") + "\(c.minute)"
    }

    public func document() -> Document {
        let ja = language.japanese
        let header = [t("audit.on"), t("audit.what"), t("audit.recordedAt")] + (isPublic ? [] : [t("audit.actor")]) + [t("audit.position"), t("audit.hash")]
        let rows = events.map { e -> [String] in
            [language.date(e.event.when), (issue == nil && !record.subject(of: e.event).isEmpty ? record.subject(of: e.event) + language.colon : "") + record.label(e, language, isPublic: isPublic),
             recordedAt(e.recordedAt)] + (isPublic ? [] : [e.actor]) + [String(e.position), String(e.hash.hex.prefix(12))]
        }
        var blocks: [Block] = []
        if let issue {
            blocks.append(.fields([Field(ja ? "地域課題" : "Issue", "\(issue.id) \(issue.title)"),
                                   Field(ja ? "現在の段階" : "Phase now", issue.phase.label(japanese: ja)),
                                   Field(ja ? "担当" : "Owner", record.bodyName(issue.owner))]))
        }
        blocks.append(.table(Table(header: header, rows: rows)))
        if let head = record.head {
            blocks.append(.fields([Field(t("audit.head"), "\(head.position):\(head.hash.hex)")]))
            blocks.append(.note(t("audit.check")))
        }
        if isPublic { blocks.append(.note(t("audit.public"))) }

        var facts: JSONObject = [
            "events": .array(events.map { e in
                var o: JSONObject = ["position": .int(Int64(e.position)), "on": .string(e.event.when.description), "type": .string(e.event.typeName),
                                     "recordedAt": .string(e.recordedAt.description), "hash": .string(e.hash.hex)]
                if !isPublic { o["actor"] = .string(e.actor) }
                return .object(o)
            }),
            "public": .bool(isPublic),
        ]
        facts["issue"] = issue.map { .string($0.id) } ?? .null
        facts["headPosition"] = record.head.map { .int(Int64($0.position)) } ?? .null
        facts["headHash"] = record.head.map { .string($0.hash.hex) } ?? .null
        let title = issue.map { t("timeline.title") + language.paren("\($0.id) \($0.title)") } ?? "\(record.state.name ?? "") \(t("audit.title"))"
        return Document(kind: issue == nil ? "audit" : "timeline", title: title, blocks: blocks, facts: facts, language: language.rawValue)
    }
}
