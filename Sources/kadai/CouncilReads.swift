import Calendar
import Council
import Documents
import CouncilService
import JSON
import Projections

/// `issue show|list|history`, `body show|list`, `audit diff`: what the service answers, printed as
/// text or JSON.
struct CouncilReads {
    let c: Context
    let service: CouncilService
    var ja: Bool { c.messages.language == .ja }

    init(_ c: Context) throws {
        self.c = c
        service = try c.openService()
    }

    func date(_ d: CalendarDate) -> String { ja ? d.wareki : d.description }
    func date(_ d: PartialDate) -> String { ja ? d.wareki : d.description }
    func dateJSON(_ d: CalendarDate?) -> JSONValue { d.map { .string($0.description) } ?? .null }
    func strings(_ s: [String]) -> JSONValue { .array(s.map { .string($0) }) }
    func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    // MARK: Issues

    func issueShow() throws -> Int32 {
        let view = try service.issueView(c.command.positionals[0], at: try c.readingPoint())
        let (i, ownerName) = (view.issue, view.ownerName)
        if c.json {
            var o = issueJSON(i, ownerName: ownerName)
            o["caseNotes"] = .array(view.caseNotes.map { n in
                .object(["ref": .string(n.ref), "on": .string(n.on.description), "text": n.text.map { .string($0) } ?? .null,
                         "erased": .bool(n.erased)])
            })
            c.printJSON(o)
            return 0
        }
        var lines = ["\(i.id)  \(i.title)",
                     "\(c.text("段階", "Phase")): \(i.phase.label(japanese: ja))    \(c.text("担当", "Owner")): \(ownerName) (\(i.owner))",
                     "\(c.text("提起", "Raised")): \(date(i.raisedOn)) \(c.text("提起した会議体", "by")) \(i.raisedBy)" + (i.source.map { "  \(c.text("きっかけ", "source")): \($0)" } ?? "")]
        if !i.categories.isEmpty { lines.append("\(c.text("分類", "Categories")): \(i.categories.joined(separator: "、"))") }
        if !i.groups.isEmpty { lines.append("\(c.text("対象", "Groups")): \(i.groups.joined(separator: "、"))") }
        if let area = i.area { lines.append("\(c.text("地域", "Area")): \(area)") }
        if let summary = i.summary { lines.append("\(c.text("概要", "Summary")): \(summary)") }
        for (n, a) in i.analyses.enumerated() {
            lines.append("")
            lines.append("【\(c.text("背景分析", "Analysis")) \(n + 1)】 \(date(a.on))")
            if !a.factors.isEmpty { lines.append("  \(c.text("要因", "Factors")): \(a.factors.joined(separator: "、"))") }
            if !a.focusCandidates.isEmpty { lines.append("  \(c.text("焦点の候補", "Focus candidates")): \(a.focusCandidates.joined(separator: "、"))") }
            if !a.chosen.isEmpty { lines.append("  \(c.text("選んだ焦点", "Chosen")): \(a.chosen.joined(separator: "、"))") }
            if let e = a.evidence { lines.append("  \(c.text("根拠", "Evidence")): \(e)") }
        }
        if let plan = i.currentPlan {
            lines.append("")
            lines.append("【\(c.text("アクションプラン", "Action plan")) \(c.text("第\(plan.revision)版", "revision \(plan.revision)"))】 \(date(plan.on))")
            lines.append("  \(c.text("目指すべき姿", "Target state")): \(plan.goal)")
            for a in plan.actions {
                let status = (i.actionStatus[a.number] ?? .notStarted).label(japanese: ja)
                let due = a.due.map { "  \(c.text("期限", "due")) \(date($0))" } ?? ""
                let functions = a.functions.isEmpty ? "" : "  [\(a.functions.map { $0.label(japanese: ja) }.joined(separator: "、"))]"
                lines.append("  \(a.number). \(a.who) → \(a.toward): \(a.what)\(due)\(functions)  ‹\(status)›")
            }
        }
        if !i.activities.isEmpty {
            lines.append("")
            lines.append("【\(c.text("実行", "Activities"))】")
            for a in i.activities.sorted(by: { $0.when < $1.when }) {
                let advances = a.advances.map { "\($0.action)→\($0.status.label(japanese: ja))" }.joined(separator: " ")
                lines.append("  \(date(a.when)) \(a.kind.label(japanese: ja)): \(a.summary)" + (advances.isEmpty ? "" : "  (\(advances))"))
            }
        }
        for e in i.evaluations {
            lines.append("")
            lines.append("【\(c.text("評価", "Evaluation")) \(ja ? e.fiscalYear.wareki : e.fiscalYear.description)】 \(e.decision.label(japanese: ja))")
            lines.append("  \(c.text("成果", "Outcome")): \(e.outcome)")
            if !e.functions.isEmpty { lines.append("  \(c.text("協議会の機能", "Functions")): \(e.functions.map { $0.label(japanese: ja) }.joined(separator: "、"))") }
            if let next = e.next { lines.append("  \(c.text("次年度", "Next")): \(next)") }
        }
        if let closure = i.closure {
            lines.append("")
            lines.append("【\(c.text("取扱い終了", "Closed"))】 \(date(closure.on)) \(closure.reason.label(japanese: ja))" + (closure.note.map { ": \($0)" } ?? ""))
        }
        let notes = view.caseNotes
        if !notes.isEmpty {
            lines.append("")
            lines.append("【\(c.text("事例メモ（内部用・公開しない）", "Case notes (internal, never published)"))】")
            for n in notes {
                let missing = n.erased ? c.text("（削除済み）", "(erased)")
                    : c.text("（このアカウントでは読めません）", "(not readable from this account)")
                lines.append("  \(n.ref) \(date(n.on)): \(n.text ?? missing)")
            }
        }
        lines.forEach(c.say)
        return 0
    }

    func issueJSON(_ i: IssueState, ownerName: String) -> JSONObject {
        var o: JSONObject = ["id": .string(i.id), "title": .string(i.title), "owner": .string(i.owner), "ownerName": .string(ownerName),
                             "phase": .string(i.phase.rawValue), "raisedBy": .string(i.raisedBy), "raisedOn": dateJSON(i.raisedOn),
                             "summary": optional(i.summary), "source": optional(i.source), "categories": strings(i.categories),
                             "groups": strings(i.groups), "area": optional(i.area), "lastActivityOn": dateJSON(i.lastActivityOn)]
        o["analyses"] = .array(i.analyses.map { a in
            .object(["on": dateJSON(a.on), "factors": strings(a.factors), "focusCandidates": strings(a.focusCandidates),
                     "chosen": strings(a.chosen), "evidence": optional(a.evidence)])
        })
        o["plan"] = i.currentPlan.map { plan in
            .object(["revision": .int(Int64(plan.revision)), "on": dateJSON(plan.on), "goal": .string(plan.goal),
                     "actions": .array(plan.actions.map { a in
                         .object(["number": .int(Int64(a.number)), "who": .string(a.who), "toward": .string(a.toward), "what": .string(a.what),
                                  "due": dateJSON(a.due), "functions": strings(a.functions.map(\.rawValue)),
                                  "status": .string((i.actionStatus[a.number] ?? .notStarted).rawValue)])
                     })])
        } ?? .null
        o["planRevisions"] = .int(Int64(i.plans.count))
        o["activities"] = .array(i.activities.sorted(by: { $0.when < $1.when }).map { a in
            .object(["on": .string(a.when.description), "kind": .string(a.kind.rawValue), "summary": .string(a.summary), "meeting": optional(a.meeting),
                     "advances": .array(a.advances.map { .object(["action": .int(Int64($0.action)), "status": .string($0.status.rawValue)]) }),
                     "functions": strings(a.functions.map(\.rawValue))])
        })
        o["evaluations"] = .array(i.evaluations.map { e in
            .object(["fy": .int(Int64(e.fiscalYear.startYear)), "on": dateJSON(e.on), "outcome": .string(e.outcome),
                     "functions": strings(e.functions.map(\.rawValue)), "decision": .string(e.decision.rawValue), "next": optional(e.next)])
        })
        o["closed"] = i.closure.map { .object(["on": dateJSON($0.on), "reason": .string($0.reason.rawValue), "note": optional($0.note)]) } ?? .null
        return o
    }

    func issueList() throws -> Int32 {
        // Filters are checked before anything is read or cached: a refused list leaves no trace.
        let body = c.command.value("body")
        let phase = try c.command.value("phase").map { try CommandBuilder.word($0, IssuePhase.self, option: "phase") }
        let year = try c.command.value("fy").map { try CommandBuilder.fiscalYear($0, option: "fy") }
        if c.command.flag("open") && c.command.flag("closed") {
            throw CommandError(ja: "--open と --closed は一緒に指定できません。取組中のものは --open、取扱い終了のものは --closed を付け、両方を出すときはどちらも付けずに実行してください。",
                               en: "--open and --closed cannot be given together: --open lists the issues still open, --closed the closed ones, neither lists both.")
        }
        let filter = IssueFilter(body: body, phase: phase, fiscalYear: year, openOnly: c.command.flag("open"), closedOnly: c.command.flag("closed"),
                                 category: c.command.value("category"), group: c.command.value("group"), area: c.command.value("area"))
        let listing = try service.issues(filter, at: try c.readingPoint())
        let issues = listing.issues
        if c.json {
            c.printJSON(["issues": .array(issues.map { i in
                .object(["id": .string(i.id), "title": .string(i.title), "owner": .string(i.owner), "phase": .string(i.phase.rawValue),
                         "raisedOn": dateJSON(i.raisedOn), "lastActivityOn": dateJSON(i.lastActivityOn)])
            })])
            return 0
        }
        if issues.isEmpty { c.say(c.text("（該当する地域課題はありません）", "(no matching issues)")) }
        for i in issues {
            c.say("\(i.id)\t\(i.phase.label(japanese: ja))\t\(listing.ownerName(of: i))\t\(i.title)")
        }
        return 0
    }

    func issueHistory() throws -> Int32 {
        let id = c.command.positionals[0]
        let history = try service.issueHistory(id)
        if c.json {
            c.printJSON(["id": .string(id), "events": .array(history.map { r, e in
                .object(["position": .int(Int64(r.position)), "version": .int(Int64(r.version)), "type": .string(r.type), "on": .string(e.when.description),
                         "recordedAt": .string(r.recordedAt.description), "actor": .string(r.actor), "hash": .string(r.hash.hex), "data": .object(r.data)])
            })])
            return 0
        }
        for (r, e) in history {
            c.say("\(r.position)\t\(date(e.on))\t\(r.recordedAt)\t\(r.actor)\t\(EventLabels.label(e, japanese: ja))")
        }
        return 0
    }

    // MARK: Bodies

    func bodyShow() throws -> Int32 {
        let view = try service.bodyView(c.command.positionals[0], at: try c.readingPoint())
        let (b, owned) = (view.body, view.issues)
        if c.json {
            c.printJSON(bodyJSON(b, owned: owned))
            return 0
        }
        c.say("\(b.id)  \(b.name)  [\(b.kind.label(japanese: ja))]  \(b.status.label(japanese: ja))")
        c.say("\(c.text("設置", "Established")): \(date(b.establishedOn))" + (b.parent.map { "  \(c.text("親", "parent")): \($0)" } ?? ""))
        for r in b.renames { c.say("\(c.text("名称変更", "Renamed")): \(date(r.on)) \(r.previousName) → \(r.name)") }
        for p in b.pauses { c.say("\(c.text("休止", "Paused")): \(date(p.from))" + (p.until.map { " – \(date($0))" } ?? "")) }
        if let d = b.dissolution { c.say("\(c.text("終了", "Dissolved")): \(date(d.on))" + (d.successor.map { "  \(c.text("後継", "successor")): \($0)" } ?? "")) }
        let members = b.currentMembers
        if !members.isEmpty {
            c.say("【\(c.text("委員", "Members"))】")
            for m in members {
                c.say("  \(m.member)\t\(m.affiliation)\(m.peopleNote(japanese: ja))\t\(m.category.label(japanese: ja))\t\(m.role.label(japanese: ja))" + (m.partyConcerned ? c.text("\t当事者", "\tparty concerned") : ""))
            }
        }
        for (year, p) in b.policies.sorted(by: { $0.key < $1.key }) {
            c.say("【\(ja ? year.wareki : year.description) \(c.text("活動方針", "Policy"))】 \(p.policy)" + (p.plan.map { c.text(" ／ 具体的取組: ", " / Plan: ") + $0 } ?? ""))
        }
        if !b.meetings.isEmpty {
            c.say("【\(c.text("会議", "Meetings"))】")
            for m in b.meetings {
                c.say("  " + c.text("第\(m.number)回", "No. \(m.number)") + " \(date(m.on)) \(m.format.label(japanese: ja)): \(AgendaList.line(m.agenda, japanese: ja))"
                      + " [\(MeetingReference.id(of: m))]")
            }
        }
        let plans = PlanLine.entries(of: b)
        if !plans.isEmpty {
            c.say("【\(c.text("予定", "Plans"))】")
            for p in plans { c.say("  " + PlanLine.text(p, of: b, today: .todayInJapan, japanese: ja)) }
        }
        if !b.activities.isEmpty {
            c.say("【\(c.text("研修会などの活動", "Other activities"))】")
            for a in b.activities { c.say("  \(date(a.when)) \(a.kind.label(japanese: ja)): \(a.title)") }
        }
        if !owned.isEmpty {
            c.say("【\(c.text("担当の地域課題", "Issues"))】")
            for i in owned { c.say("  \(i.id)\t\(i.phase.label(japanese: ja))\t\(i.title)") }
        }
        return 0
    }

    func bodyJSON(_ b: BodyState, owned: [IssueOverview]) -> JSONObject {
        [
            "id": .string(b.id), "name": .string(b.name), "kind": .string(b.kind.rawValue), "status": .string(b.status.rawValue),
            "parent": optional(b.parent), "establishedOn": dateJSON(b.establishedOn), "dissolvedOn": dateJSON(b.dissolution?.on),
            "successor": optional(b.dissolution?.successor),
            "renames": .array(b.renames.map { .object(["on": dateJSON($0.on), "from": .string($0.previousName), "to": .string($0.name), "reason": optional($0.reason)]) }),
            "pauses": .array(b.pauses.map { .object(["from": dateJSON($0.from), "until": dateJSON($0.until)]) }),
            "members": .array(b.currentMembers.map { m in
                .object(["member": .string(m.member), "affiliation": .string(m.affiliation), "people": .int(Int64(m.people)), "category": .string(m.category.rawValue),
                         "role": .string(m.role.rawValue), "partyConcerned": .bool(m.partyConcerned), "appointedOn": dateJSON(m.appointedOn)])
            }),
            "policies": .array(b.policies.sorted { $0.key < $1.key }.map { y, p in
                .object(["fy": .int(Int64(y.startYear)), "policy": .string(p.policy), "plan": optional(p.plan)])
            }),
            "meetings": .array(b.meetings.map { m in
                .object(["number": .int(Int64(m.number)), "on": dateJSON(m.on), "format": .string(m.format.rawValue), "agenda": strings(m.agenda),
                         "issues": strings(m.issues), "decisions": strings(m.decisions)])
            }),
            "issues": strings(owned.map(\.id)),
        ]
    }

    func bodyList() throws -> Int32 {
        let bodies = try service.bodies(at: try c.readingPoint())
        if c.json {
            c.printJSON(["bodies": .array(bodies.map { b in
                .object(["id": .string(b.id), "name": .string(b.name), "kind": .string(b.kind.rawValue), "status": .string(b.status.rawValue),
                         "parent": optional(b.parent)])
            })])
            return 0
        }
        if bodies.isEmpty { c.say(c.text("（会議体はまだありません）", "(no bodies yet)")) }
        for b in bodies {
            c.say("\(b.id)\t\(b.kind.label(japanese: ja))\t\(b.status.label(japanese: ja))\t\(b.name)")
        }
        return 0
    }

    // MARK: Audit

    /// The events of an issue (or body) with business dates in (from, to], and what they changed.
    func auditDiff() throws -> Int32 {
        let id = c.command.positionals[0]
        let from = try CommandBuilder.date(c.command.value("from") ?? "", option: "from")
        let to = try CommandBuilder.date(c.command.value("to") ?? "", option: "to")
        guard from <= to else {
            let (f, t) = (c.command.value("from") ?? "", c.command.value("to") ?? "")
            throw CommandError(ja: "--from '\(f)' が --to '\(t)' より後になっています。--from には --to より前の日付を書いてください。",
                               en: "--from '\(f)' comes after --to '\(t)'. Give --from a date before --to.")
        }
        let diff = try service.auditDiff(id, from: from, to: to)
        let (before, after, changes) = (diff.before, diff.after, diff.changes)
        if c.json {
            c.printJSON(["id": .string(id), "from": dateJSON(from), "to": dateJSON(to), "before": .object(before), "after": .object(after),
                         "events": .array(changes.map { r, e in
                             .object(["position": .int(Int64(r.position)), "on": .string(e.when.description), "type": .string(r.type), "actor": .string(r.actor), "data": .object(r.data)])
                         })])
            return 0
        }
        c.say(c.text("\(id): \(date(from)) の翌日から \(date(to)) まで", "\(id): after \(date(from)) up to \(date(to))"))
        for (key, value, later) in diff.changedFields {
            c.say("  \(key): \(value.stringValue ?? "-") → \(later?.stringValue ?? "-")")
        }
        if changes.isEmpty { c.say(c.text("  （この間の記録はありません）", "  (nothing recorded in between)")) }
        for (r, e) in changes { c.say("  \(r.position)\t\(date(e.on))\t\(r.actor)\t\(EventLabels.label(e, japanese: ja))") }
        return 0
    }
}
