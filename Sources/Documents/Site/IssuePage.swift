import Calendar
import Council
import Projections

/// An issue's page: what it is, its journey from 提起 to 取扱い終了 (every entry with its place in
/// the record), then the analysis, the action plan and the status of each action, the
/// activities, the evaluations and the closure.
struct IssuePage {
    let site: Site
    let issue: IssueState

    func page() -> SitePage {
        let s = site
        let language = s.language
        let ja = language.japanese
        let path = s.paths.issue(issue.id)
        let functions = { (f: [CouncilFunction]) in s.list(f.map { $0.label(japanese: ja) }) }

        var fields = [Field(s.t("site.phase"), issue.phase.label(japanese: ja)),
                      Field(s.t("site.owner"), s.owner(of: IssueOverview(issue))),
                      Field(s.t("site.raised"), language.date(issue.raisedOn) + language.paren(s.bodyName(issue.raisedBy)))]
        if !issue.categories.isEmpty { fields.append(Field(s.t("issue.categories"), s.list(issue.categories))) }
        if !issue.groups.isEmpty { fields.append(Field(s.t("issue.groups"), s.list(issue.groups))) }
        if let area = issue.area { fields.append(Field(s.t("issue.area"), area)) }
        if let source = issue.source { fields.append(Field(s.t("issue.source"), source)) }
        if let summary = issue.summary { fields.append(Field(s.t("issue.summary"), summary)) }
        var blocks: [Block] = [.fields(fields)]

        let events = s.record.events(ofIssue: issue.id)
        blocks.append(.heading(s.t(issue.isClosed ? "issue.journey.closed" : "issue.journey")))
        blocks.append(.table(Table(header: [s.t("audit.on"), s.t("audit.what"), s.t("audit.position"), s.t("audit.hash")], rows: events.map {
            [language.date($0.event.when), s.record.label($0, language, isPublic: true), String($0.position), String($0.hash.hex.prefix(12))]
        })))
        blocks.append(.note(s.t("issue.journey.note")))
        blocks.append(.links([Link(s.t("site.audit"), SitePaths.relative(from: path, to: SitePaths.audit))]))

        // What the issue still lacks: 未記録 while it is open, none at all once it is closed.
        let none = Block.paragraph(s.t(issue.isClosed ? "issue.closedNone" : "issue.none"))

        let meetings = s.meetingsByIssue[issue.id] ?? []
        if !meetings.isEmpty {
            blocks.append(.heading(s.t("issue.meetings")))
            blocks.append(.table(Table(header: [s.t("body.date"), s.t("site.bodies"), s.t("body.agenda"), s.t("body.decisions")], rows: meetings.map {
                [language.date($0.on), s.record.bodyName($0.body, on: $0.on) + (ja ? " 第\($0.number)回" : " no. \($0.number)"),
                 $0.agenda.joined(separator: "\n"), $0.decisions.joined(separator: "\n")]
            })))
        }

        blocks.append(.heading(s.t("issue.analysis")))
        if issue.analyses.isEmpty { blocks.append(none) }
        for a in issue.analyses {
            var f = [Field(s.t("audit.on"), language.date(a.on)), Field(s.t("issue.factors"), a.factors.joined(separator: "\n"))]
            if !a.focusCandidates.isEmpty { f.append(Field(s.t("issue.focus"), s.list(a.focusCandidates))) }
            if !a.chosen.isEmpty { f.append(Field(s.t("issue.chosen"), s.list(a.chosen))) }
            if let evidence = a.evidence { f.append(Field(s.t("issue.evidence"), evidence)) }
            blocks.append(.fields(f))
        }

        blocks.append(.heading(s.t("issue.plan")))
        if issue.plans.isEmpty {
            blocks.append(none)
        } else {
            // The form's first column repeats the issue's title, which heads this page already.
            let plan = ActionPlanSheet(record: s.record, issue: issue, on: s.on, language: language).document()
            blocks += plan.byline.map(Block.paragraph) + plan.blocks.compactMap { block -> Block? in
                switch block {
                case .heading: return nil
                case .table(var t):
                    t.header.removeFirst()
                    t.rows = t.rows.map { Array($0.dropFirst()) }
                    return .table(t)
                default: return block
                }
            }
        }
        if issue.plans.count > 1 {
            blocks.append(.note(s.t("issue.revisions") + language.colon + s.list(issue.plans.dropLast().map {
                (ja ? "第\($0.revision)版" : "revision \($0.revision)") + language.paren(language.date($0.on))
            })))
        }

        blocks.append(.heading(s.t("issue.activities")))
        blocks.append(issue.activities.isEmpty ? none : .table(Table(
            header: [s.t("audit.on"), s.t("issue.kind"), s.t("issue.what"), s.t("issue.functions")],
            rows: issue.activities.sorted { $0.when < $1.when }.map { [language.date($0.when), $0.kind.label(japanese: ja), $0.summary, functions($0.functions)] })))

        blocks.append(.heading(s.t("issue.evaluations")))
        blocks.append(issue.evaluations.isEmpty ? none : .table(Table(
            header: [s.t("common.fy"), s.t("issue.outcome"), s.t("issue.functions"), s.t("issue.decision"), s.t("issue.next")],
            rows: issue.evaluations.map {
                [language.fiscalYear($0.fiscalYear), $0.outcome, functions($0.functions), $0.decision.label(japanese: ja),
                 [$0.next, $0.reason].compactMap { $0 }.joined(separator: "\n")]
            })))

        if let closure = issue.closure {
            blocks.append(.heading(s.t("issue.closure")))
            var f = [Field(s.t("audit.on"), language.date(closure.on)), Field(s.t("site.reason"), closure.reason.label(japanese: ja))]
            if let note = closure.note { f.append(Field(s.t("issue.note"), note)) }
            blocks.append(.fields(f))
        }

        let files = s.materialLinks(concerning: issue.id, from: path)
        if !files.isEmpty {
            blocks.append(.heading(ja ? "関係する議事録・資料" : "Minutes and materials"))
            blocks.append(.links(files))
        }
        let document = Document(kind: "site.issue", title: "\(issue.id) \(issue.title)", byline: [issue.phase.label(japanese: ja)], blocks: blocks,
                                language: language.rawValue)
        return SitePage(path: path, document: document, crumbs: [s.home, Link(s.bodyName(issue.owner), s.paths.body(issue.owner))])
    }
}
