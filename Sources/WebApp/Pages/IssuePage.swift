import Calendar
import Council
import CouncilService
import Documents

/// `/issues/K-0001`: an issue's whole journey for the people who work on it — what it is, each
/// analysis, the plan with each action's status, activities, evaluations, its closure, and its
/// case notes (this page is only served to those who may read them) — then links to the forms
/// of what can be recorded about it.
public struct IssuePage {
    public let view: IssueView
    /// The issue's timeline: every event with its position and chain hash (`DocumentRequest.timeline`).
    public let timeline: Document?
    public let japanese: Bool
    /// The minutes and materials of meetings that concern the issue (`CouncilService.materials(concerning:)`).
    public var materials: [MaterialAttached] = []

    public init(view: IssueView, timeline: Document? = nil, japanese: Bool) {
        self.view = view
        self.timeline = timeline
        self.japanese = japanese
    }

    func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }
    func date(_ d: CalendarDate) -> String { japanese ? d.wareki : d.description }
    func date(_ d: PartialDate) -> String { japanese ? d.wareki : d.description }
    func list(_ items: [String]) -> String { items.joined(separator: japanese ? "、" : ", ") }

    public func document() -> Document {
        let i = view.issue
        var blocks: [Block] = []
        var fields = [Field(t("issues.phase"), i.phase.label(japanese: japanese)), Field(t("issues.owner"), view.ownerName),
                      Field(t("issues.raised"), date(i.raisedOn))]
        if let source = i.source { fields.append(Field(t("issue.source"), source)) }
        if !i.categories.isEmpty { fields.append(Field(t("issue.categories"), list(i.categories))) }
        if !i.groups.isEmpty { fields.append(Field(t("issue.groups"), list(i.groups))) }
        if let area = i.area { fields.append(Field(t("issue.area"), area)) }
        if let summary = i.summary { fields.append(Field(t("issue.summary"), summary)) }
        blocks.append(.fields(fields))
        for (n, a) in i.analyses.enumerated() {
            blocks.append(.heading("\(t("issue.analysis")) \(n + 1)（\(date(a.on))）"))
            var f: [Field] = []
            if !a.factors.isEmpty { f.append(Field(t("issue.factors"), list(a.factors))) }
            if !a.focusCandidates.isEmpty { f.append(Field(t("issue.focus"), list(a.focusCandidates))) }
            if !a.chosen.isEmpty { f.append(Field(t("issue.chosen"), list(a.chosen))) }
            if let evidence = a.evidence { f.append(Field(t("issue.evidence"), evidence)) }
            blocks.append(.fields(f))
        }
        if let plan = i.currentPlan {
            blocks.append(.heading("\(t("issue.plan"))（\(japanese ? "第\(plan.revision)版" : "revision \(plan.revision)")、\(date(plan.on))）"))
            blocks.append(.fields([Field(t("issue.goal"), plan.goal)]))
            blocks.append(.table(Table(header: ["#", t("issue.who"), t("issue.toward"), t("issue.what"), t("issue.due"), t("issue.status")],
                                       rows: plan.actions.map { a in
                                           ["\(a.number)", a.who, a.toward, a.what, a.due.map(date) ?? "",
                                            (i.actionStatus[a.number] ?? .notStarted).label(japanese: japanese)]
                                       })))
        }
        if !i.activities.isEmpty {
            blocks.append(.heading(t("issue.activities")))
            blocks.append(.bullets(i.activities.sorted { $0.when < $1.when }.map { a in "\(date(a.when)) \(a.kind.label(japanese: japanese))：\(a.summary)" }))
        }
        if !i.evaluations.isEmpty {
            blocks.append(.heading(t("issue.evaluations")))
            blocks.append(.table(Table(header: [t("filter.fy"), t("issue.outcome"), t("issue.decision"), t("issue.next")], rows: i.evaluations.map { e in
                [japanese ? e.fiscalYear.wareki : e.fiscalYear.description, e.outcome, e.decision.label(japanese: japanese), e.next ?? ""]
            })))
        }
        if let closure = i.closure {
            blocks.append(.heading(t("issue.closed")))
            blocks.append(.paragraph("\(date(closure.on)) \(closure.reason.label(japanese: japanese))" + (closure.note.map { "：\($0)" } ?? "")))
        }
        if !view.caseNotes.isEmpty {
            blocks.append(.heading(t("issue.caseNotes")))
            blocks.append(.bullets(view.caseNotes.map { n in
                "\(n.ref) \(date(n.on))：" + (n.text ?? (n.erased ? t("issue.erased") : t("issue.unreadable")))
            }))
        }
        blocks += materialBlocks()
        if let timeline {
            blocks.append(.heading(t("issue.timeline")))
            blocks += timeline.blocks
        }
        blocks.append(.heading(t("issue.record")))
        blocks.append(recordLinks())
        return Document(kind: "web.issue", title: "\(i.id) \(i.title)", byline: [], blocks: blocks, language: japanese ? "ja" : "en")
    }

    /// Links to the form of every command recorded about one issue.
    /// A closed issue can only be reopened; an open one can be anything but reopened.
    func recordLinks() -> Block {
        let closed = view.issue.closure != nil
        return .links(RecordingCommands.all.filter { $0.path.first == "issue" && $0.positional != nil && ($0.path == ["issue", "reopen"]) == closed }.map { d in
            Link(japanese ? d.heading.ja : d.heading.en, IssuePaths.form(view.issue.id, d.path.dropFirst().joined(separator: "-")))
        })
    }
}
