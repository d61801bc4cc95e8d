import Calendar
import Council
import CouncilService
import Documents
import Projections

/// `/bodies` and `/bodies/soudan`: every body with its kind and status; one body with its
/// members, policies, meetings and issues, and its documents of each 年度 it existed in.
public struct BodyPages {
    public let japanese: Bool

    public init(japanese: Bool) { self.japanese = japanese }

    func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }
    func date(_ d: CalendarDate) -> String { japanese ? d.wareki : d.description }
    func year(_ y: FiscalYear) -> String { japanese ? y.wareki : y.description }

    public func list(_ bodies: [CouncilSummary.Body]) -> Document {
        let table = Table(header: [t("bodies.body"), t("bodies.kind"), t("bodies.status")],
                          rows: bodies.map { [$0.name, $0.kind.label(japanese: japanese), $0.status.label(japanese: japanese)] },
                          links: bodies.map { [BodyPages.path($0.id), nil, nil] })
        return Document(kind: "web.bodies", title: t("nav.bodies"), blocks: [.table(table), .links([Link(t("bodies.establish"), "/bodies/new")])],
                        language: japanese ? "ja" : "en")
    }

    public func page(_ view: BodyView, today: CalendarDate) -> Document {
        let b = view.body
        var blocks: [Block] = [.fields([Field(t("bodies.kind"), b.kind.label(japanese: japanese)), Field(t("bodies.status"), b.status.label(japanese: japanese)),
                                        Field(t("bodies.established"), date(b.establishedOn))])]
        if !b.currentMembers.isEmpty {
            blocks.append(.heading(t("bodies.members")))
            blocks.append(.table(Table(header: [t("bodies.member"), t("bodies.affiliation"), t("bodies.category"), t("bodies.role")],
                                       rows: b.currentMembers.map { [$0.member, $0.affiliation + $0.peopleNote(japanese: japanese), $0.category.label(japanese: japanese), $0.role.label(japanese: japanese)] })))
        }
        if !view.issues.isEmpty {
            blocks.append(.heading(t("nav.issues")))
            blocks.append(.links(view.issues.map { Link("\($0.id) \($0.title)", IssuePaths.issue($0.id)) }))
        }
        let last = min(b.dissolution?.on ?? today, today).fiscalYear.startYear
        let years = (b.establishedOn.fiscalYear.startYear...max(b.establishedOn.fiscalYear.startYear, last)).reversed().map(FiscalYear.init(startYear:))
        blocks.append(.heading(t("nav.documents")))
        blocks.append(.table(Table(header: [t("filter.fy"), t("documents.sheet"), t("documents.status"), t("documents.annual"), t("documents.policy"), t("documents.pdca")],
                                   rows: years.map { [year($0), t("documents.sheet"), t("documents.status"), t("documents.annual"), t("documents.policy"), t("documents.pdca")] },
                                   links: years.map { y in [nil] + ["sheet", "status", "annual", "policy", "pdca"].map { DocumentRoute.path($0, body: b.id, year: y) } })))
        if !b.meetings.isEmpty {
            blocks.append(.heading(t("bodies.meetings")))
            // Each with the id an activity names its meeting by (the 実行 form's 会議 field).
            // Two meetings on one day are often one entered twice: said beside each, where the
            // secretariat looks, since the form that recorded it has gone by then.
            blocks.append(.bullets(b.meetings.reversed().map { m in
                let twin = b.meetings.first { $0.on == m.on && $0.number != m.number }.map { " " + t("bodies.sameDay").replacing("N", with: String($0.number)) } ?? ""
                return "\(date(m.on)) \(japanese ? "第\(m.number)回" : "No. \(m.number)")：\(AgendaList.line(m.agenda, japanese: japanese))［\(MeetingReference.id(of: m))］" + twin
            }))
        }
        let plans = PlanLine.entries(of: b)
        if !plans.isEmpty {
            blocks.append(.heading(t("bodies.plans")))
            // Each with the id it is postponed, cancelled or carried out by.
            blocks.append(.bullets(plans.map { PlanLine.text($0, of: b, today: today, japanese: japanese) }))
        }
        if !b.activities.isEmpty {
            blocks.append(.heading(t("bodies.activities")))
            blocks.append(.bullets(b.activities.reversed().map { a in
                "\(japanese ? a.when.wareki : a.when.description) \(a.kind.label(japanese: japanese))：\(a.title)"
            }))
        }
        blocks += materials(b)
        blocks.append(.heading(t("bodies.record")))
        blocks.append(.links(Self.commands.map { Link(japanese ? $0.declaration.heading.ja : $0.declaration.heading.en, Self.form(b.id, $0.route)) }
                             + [Link(japanese ? RecordingCommands.attachMaterial.heading.ja : RecordingCommands.attachMaterial.heading.en,
                                     Self.form(b.id, "meeting-attach"))]))
        return Document(kind: "web.body", title: b.name, blocks: blocks, language: japanese ? "ja" : "en")
    }

    public static func path(_ id: String) -> String { "/bodies/" + IssuePaths.encode(id) }

    /// The commands recorded about one body, each with the last segment of its form's address:
    /// `rename`, `policy` … for the body's own, `member-appoint`, `meeting-record`, `review-record`
    /// for what happens in it.
    public static let commands: [(route: String, declaration: CommandDeclaration)] = RecordingCommands.all.compactMap { d in
        guard ["body", "member", "meeting", "review", "work"].contains(d.path.first ?? ""), d.positional != nil else { return nil }
        return ((d.path.first == "body" ? Array(d.path.dropFirst()) : d.path).joined(separator: "-"), d)
    }

    public static func form(_ id: String, _ route: String) -> String { path(id) + "/" + IssuePaths.encode(route) }

    /// `/documents`: the council-wide documents of each 年度, and the day documents.
    public func documentIndex(years: [FiscalYear]) -> Document {
        let table = Table(header: [t("filter.fy"), t("documents.pdca"), t("documents.scorecard"), t("documents.schedule")],
                          rows: years.map { [year($0), t("documents.pdca"), t("documents.scorecard"), t("documents.schedule")] },
                          links: years.map { y in [nil] + ["pdca", "scorecard", "schedule"].map { DocumentRoute.path($0, year: y) } })
        return Document(kind: "web.documents", title: t("nav.documents"),
                        blocks: [.table(table), .heading(t("documents.day")),
                                 .links([Link(t("documents.steering"), "/documents/steering"), Link(t("documents.composition"), "/documents/composition")]),
                                 .note(t("documents.bodyNote"))],
                        language: japanese ? "ja" : "en")
    }
}
