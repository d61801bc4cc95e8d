import Calendar
import Council
import CouncilService
import Documents
import Projections

/// `/`: where a signed-in person starts — their bodies, the open issues those bodies own, what is
/// past its due date, and what was recorded since they last looked.
public struct StartPage {
    public let overview: Overview
    public let councilName: String
    public let japanese: Bool

    public init(overview: Overview, councilName: String, japanese: Bool) {
        self.overview = overview
        self.councilName = councilName
        self.japanese = japanese
    }

    func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }
    func date(_ d: CalendarDate) -> String { japanese ? d.wareki : d.description }

    public func document() -> Document {
        let o = overview
        var blocks: [Block] = [.heading(t("start.bodies")), .links(o.bodies.map { Link($0.name, BodyPages.path($0.id)) })]
        blocks.append(.heading(t("start.overdue")))
        blocks.append(o.overdue.isEmpty ? .paragraph(t("start.nothing")) : .table(Table(
            header: [t("issues.issue"), t("issue.action"), t("issue.due"), t("issue.status")],
            rows: o.overdue.map { ["\($0.issue.id) \($0.issue.title)", "\($0.action.number). \($0.action.what)", $0.action.due.map(date) ?? "",
                                   $0.status.label(japanese: japanese)] },
            links: o.overdue.map { [IssuePaths.issue($0.issue.id), nil, nil, nil] })))
        blocks.append(.heading(t("start.open")))
        blocks.append(o.openIssues.isEmpty ? .paragraph(t("start.nothing")) : .table(Table(
            header: [t("issues.issue"), t("issues.phase"), t("issues.last")],
            rows: o.openIssues.map { ["\($0.id) \($0.title)", $0.phase.label(japanese: japanese), date($0.lastActivityOn)] },
            links: o.openIssues.map { [IssuePaths.issue($0.id), nil, nil] })))
        blocks.append(.heading(t("start.recent")))
        blocks.append(o.recent.isEmpty ? .paragraph(t("start.nothingRecent")) : .table(Table(
            header: [t("audit.recordedAt"), t("audit.actor"), t("audit.stream"), t("audit.type")],
            rows: o.recent.map { [$0.recordedAt.description, $0.actor, $0.stream, $0.type] })))
        return Document(kind: "web.start", title: councilName, blocks: blocks, language: japanese ? "ja" : "en")
    }
}
