import Calendar
import Council
import JSON
import Projections

/// アクションプラン: an issue's plan in force as the Nagaoka form sets it out — the target state,
/// then for the issue whom each action is toward and who does what by when — with each action's
/// status as the recorded activities have advanced it. Given the day it is read, an action past
/// its due date and neither done nor dropped says so in words (期限超過), not by colour alone.
public struct ActionPlanSheet: DocumentBuilder {
    public var record: CouncilRecord
    public var issue: IssueState
    public var on: CalendarDate?
    public var language: DocumentLanguage

    public init(record: CouncilRecord, issue: IssueState, on: CalendarDate? = nil, language: DocumentLanguage) {
        self.record = record
        self.issue = issue
        self.on = on
        self.language = language
    }

    func isOverdue(_ a: PlannedAction) -> Bool {
        on.map { IssueRules.isOverdue(a, of: issue, on: $0) } ?? false
    }

    public func document() -> Document {
        let ja = language.japanese
        let title = t("plan.title") + language.paren("\(issue.id) \(issue.title)")
        guard let plan = issue.currentPlan else {
            return Document(kind: "actionPlan", title: title, blocks: [.paragraph(ja ? "（アクションプランはまだ記録されていません）" : "(No action plan recorded yet.)")],
                            facts: ["issue": .string(issue.id), "revision": .null], language: language.rawValue)
        }
        let events = record.events(ofIssue: issue.id)
        let planPosition = events.last { if case .actionPlanAdopted(let p) = $0.event { p.revision == plan.revision } else { false } }?.position
        let rows = plan.actions.enumerated().map { n, a -> [String] in
            [n == 0 ? issue.title : "",
             a.toward,
             "\(a.who)\(ja ? "が" : ": ")\(a.what)",
             a.due.map(language.date) ?? "",
             a.functions.map { $0.label(japanese: ja) }.joined(separator: ja ? "、" : ", "),
             IssueRules.status(of: a, in: issue).label(japanese: ja) + (isOverdue(a) ? language.paren(t("plan.overdue")) : "")]
        }
        let goal = ja ? "「\(issue.title)」に対して目指すべき姿は『\(plan.goal)』" : "For “\(issue.title)” the target state is: \(plan.goal)"
        let blocks: [Block] = [
            .heading(t("plan.goal")), .paragraph(goal),
            .table(Table(header: [t("plan.issue"), t("plan.toward"), t("plan.what"), t("plan.due"), t("plan.functions"), t("plan.status")], rows: rows)),
        ]
        let facts: JSONObject = [
            "issue": .string(issue.id), "revision": .int(Int64(plan.revision)), "goal": .string(plan.goal),
            "planPosition": planPosition.map { .int(Int64($0)) } ?? .null,
            "actions": .array(plan.actions.map { a in
                .object(["number": .int(Int64(a.number)), "status": .string(IssueRules.status(of: a, in: issue).rawValue), "overdue": .bool(isOverdue(a)),
                         "statusPositions": .array(events.filter { e in
                             if case .activityLogged(let act) = e.event { act.advances.contains { $0.action == a.number } } else { false }
                         }.map { .int(Int64($0.position)) })])
            }),
        ]
        let byline = [ja ? "第\(plan.revision)版（\(language.date(plan.on))）" : "Revision \(plan.revision) (\(language.date(plan.on)))"]
        return Document(kind: "actionPlan", title: title, byline: byline, blocks: blocks, facts: facts, language: language.rawValue)
    }
}
