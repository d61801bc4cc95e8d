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
            status = ja ? "実施済（\(held.wareki)）" : "held (\(held))"
        } else if let change = entry.changes.last {
            status = change.change.label(japanese: ja)
        } else {
            status = ja ? "予定" : "planned"
        }
        let fields = [ja ? p.fiscalYear.wareki : p.fiscalYear.description, what, date + until, p.rhythm ?? "", status].filter { !$0.isEmpty }
        return fields.joined(separator: " ") + (ja ? "［\(entry.id)］" : " [\(entry.id)]")
    }

    /// Every entry of the body's plans, the latest year first.
    public static func entries(of body: BodyState) -> [PlannedEntry] {
        body.plans.keys.sorted(by: >).flatMap { body.plans[$0]! }
    }
}
