import Calendar
import Council
import Projections

/// A body's page: what it is, its members by organisation and category, its policy of each 年度,
/// the meetings it held year by year, the issues it worked on, and its documents of each year.
struct BodyPage {
    let site: Site
    let body: BodyState

    func page() -> SitePage {
        let s = site
        let language = s.language
        let ja = language.japanese
        let path = s.paths.body(body.id)
        func href(_ target: String) -> String { SitePaths.relative(from: path, to: target) }

        var fields = [Field(s.t("site.kind"), body.kind.label(japanese: ja))]
        if let parent = body.parent { fields.append(Field(s.t("site.parent"), s.bodyName(parent))) }
        fields.append(Field(s.t("site.established"), language.date(body.establishedOn)))
        fields.append(Field(s.t("site.status"), s.status(of: body)))
        let former = body.renames.filter { $0.on <= s.on }.map { r in
            r.previousName + language.paren(ja ? language.date(r.on.adding(days: -1)) + s.t("site.until") : s.t("site.until") + language.date(r.on.adding(days: -1)))
                + (r.reason.map { "\n" + s.t("site.renameReason") + language.colon + $0 } ?? "")
        }
        if !former.isEmpty { fields.append(Field(s.t("site.formerNames"), former.joined(separator: "\n"))) }
        let pauses = body.pauses.filter { $0.from <= s.on }.map { p in
            language.date(p.from) + (ja ? "〜" : " – ") + (p.until.flatMap { $0 <= s.on ? language.date($0.adding(days: -1)) : nil } ?? "")
        }
        if !pauses.isEmpty { fields.append(Field(s.t("body.pauses"), pauses.joined(separator: "\n"))) }
        if let end = body.dissolution, end.on <= s.on, let successor = end.successor { fields.append(Field(s.t("site.successor"), s.bodyName(successor))) }
        var blocks: [Block] = [.fields(fields)]

        // Seats held on the site's day (or the body's last day), chairs first, then by category
        // in the order of the councils' own tables.
        let lastDay = body.dissolution.flatMap { $0.on <= s.on ? $0.on.adding(days: -1) : nil }
        let ended = lastDay != nil
        let day = lastDay ?? s.on
        let seats = body.members.filter { $0.appointedOn <= day && ($0.retiredOn ?? .latest) > day }.sorted {
            (RoleName.order($0.role), MemberCategory.displayOrder.firstIndex(of: $0.category)!, $0.affiliation)
                < (RoleName.order($1.role), MemberCategory.displayOrder.firstIndex(of: $1.category)!, $1.affiliation)
        }
        blocks.append(.heading(ended ? s.t("body.membersAtEnd") : s.t("body.members") + language.paren(s.asOf)))
        if seats.isEmpty {
            blocks.append(.paragraph(s.t("site.none")))
        } else {
            blocks.append(.table(Table(header: [s.t("body.role"), s.t("body.category"), s.t("body.affiliation")], rows: seats.map {
                [RoleName.of($0.role, in: body.kind, language), $0.category.label(japanese: ja), $0.affiliation + $0.peopleNote(japanese: ja) + ($0.partyConcerned ? s.t("body.concerned") : "")]
            })))
            blocks.append(.note(s.t("body.membersNote")))
        }

        let policies = body.policies.filter { $0.key <= s.year }.sorted { $0.key > $1.key }
        blocks.append(.heading(s.t("body.policies")))
        blocks.append(policies.isEmpty ? .paragraph(s.t("site.none"))
            : .table(Table(header: [s.t("common.fy"), s.t("body.policies")], rows: policies.map { [language.fiscalYear($0.key), $0.value.policy] })))

        blocks.append(.heading(s.t("body.meetings")))
        let years = s.years.filter { !s.record.meetings(of: body.id, in: $0).isEmpty }
        if years.isEmpty { blocks.append(.paragraph(s.t("site.none"))) }
        for y in years {
            let meetings = s.record.meetings(of: body.id, in: y).map(\.meeting)
            blocks.append(.table(Table(caption: language.fiscalYear(y) + language.paren(language.times(meetings.count)),
                                       header: [s.t("body.number"), s.t("body.date"), s.t("body.format"), s.t("body.agenda"), s.t("body.decisions")],
                                       rows: meetings.map {
                                           [ja ? "第\($0.number)回" : "\($0.number)", language.date($0.on), $0.format.label(japanese: ja),
                                            $0.agenda.joined(separator: "\n") + ($0.note.map { "\n" + (ja ? "（備考）" : "Note: ") + $0 } ?? ""),
                                            $0.decisions.joined(separator: "\n")]
                                       })))
            let files = s.materialLinks(of: body, in: y, from: path)
            if !files.isEmpty { blocks.append(.links(files)) }
        }

        let activities = body.activities.filter { $0.when.countsFrom <= s.on }.sorted { $0.when < $1.when }
        if !activities.isEmpty {
            blocks.append(.heading(s.t("body.activities")))
            blocks.append(.table(Table(header: [s.t("body.date"), s.t("body.kind"), s.t("body.title"), s.t("body.lecturers")],
                                       rows: activities.map { [language.date($0.when), $0.kind.label(japanese: ja), $0.title + ($0.summary.map { "\n" + $0 } ?? ""),
                                                                $0.lecturers.joined(separator: "\n")] })))
        }

        let issues = s.record.issuesInOrder.filter { s.record.wasOwned($0.id, by: body.id) }
        blocks.append(.heading(s.t("body.issues")))
        blocks.append(s.issueTable(issues, header: [s.t("site.phase"), s.t("site.owner")], from: path) {
            [$0.phase.label(japanese: ja), s.owner(of: $0)]
        })

        let documentYears = s.years.filter { s.bodiesWithDocuments(in: $0).contains { $0.id == body.id } }
        if !documentYears.isEmpty {
            blocks.append(.heading(s.t("body.documents")))
            let kinds = SitePaths.bodyDocuments
            blocks.append(.table(Table(header: [s.t("common.fy"), s.t("sheet.title"), s.t("status.title"), s.t("annual.title")],
                                       rows: documentYears.map { [language.fiscalYear($0), s.t("sheet.title"), s.t("status.title"), s.t("annual.title")] },
                                       links: documentYears.map { y in [href(SitePaths.year(y))] + kinds.map { href(s.paths.bodyDocument($0, body: body.id, y)) } })))
        }

        let document = Document(kind: "site.body", title: s.bodyName(body.id), byline: [body.kind.label(japanese: ja)], blocks: blocks, language: language.rawValue)
        return SitePage(path: path, document: document, crumbs: [s.home])
    }
}
