import Calendar
import Council

/// One planned entry on a line, with the id it is postponed, cancelled or carried out by and what
/// became of it: 令和3年度 第2回 令和3年9月21日 予定［soudan-2021-p2］. The body's page and
/// `body show` print it.
public enum PlanLine {
    public static func text(_ entry: PlannedEntry, of body: BodyState, today: CalendarDate, japanese ja: Bool) -> String {
        let p = entry.planned
        let what = p.kind == .meeting ? (p.number.map { ja ? "第\($0)回" : "No. \($0)" } ?? p.kind.label(japanese: ja)) : p.kind.label(japanese: ja)
        let date = entry.date.map { ja ? $0.wareki : $0.description } ?? ""
        let until = p.until.map { (ja ? "～" : "–") + (ja ? $0.wareki : $0.description) } ?? ""
        let status: String
        if let held = entry.heldOn(by: today, in: body) {
            let language: DocumentLanguage = ja ? .ja : .en
            status = DocumentLabels.text("annual.held", language) + language.paren(language.date(held))
        } else if let change = entry.changes.last {
            status = change.change.label(japanese: ja)
        } else {
            status = DocumentLabels.text("annual.planned", ja ? .ja : .en)
        }
        let fields = [ja ? p.fiscalYear.wareki : p.fiscalYear.description, what, date + until, p.rhythm ?? "", status].filter { !$0.isEmpty }
        return fields.joined(separator: " ") + (ja ? "［\(entry.id)］" : " [\(entry.id)]")
    }

    /// Every entry of the body's plans, the latest year first.
    public static func entries(of body: BodyState) -> [PlannedEntry] {
        body.plans.keys.sorted(by: >).flatMap { body.plans[$0]! }
    }
}

/// A body's meeting count in a 年度 as a document prints it: the meetings recorded, or the number
/// recorded alone when that is larger (運営会議を年７回開催, only some meetings entered), marked so.
public enum MeetingCount {
    public static func text(_ body: BodyState, recorded: Int, in year: FiscalYear, japanese ja: Bool) -> String {
        guard let counted = body.meetingCounts[year], counted.count > recorded else { return ja ? "\(recorded)回" : "\(recorded)" }
        return ja ? "\(counted.count)回（回数のみの記録）" : "\(counted.count) (count only)"
    }

    public static func number(_ body: BodyState, recorded: Int, in year: FiscalYear) -> Int {
        max(recorded, body.meetingCounts[year]?.count ?? 0)
    }
}
