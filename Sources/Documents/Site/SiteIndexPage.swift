import Calendar
import Council
import Projections

/// The top page: the council, this year at a glance, its bodies, the issues being worked on and
/// those closed, the documents of each 年度, and where to check the record.
struct SiteIndexPage {
    let site: Site

    func page() -> SitePage {
        let path = SitePaths.index
        let s = site
        let language = s.language
        let issues = s.record.issuesInOrder
        let open = issues.filter { !$0.isClosed }
        let closed = issues.filter(\.isClosed)
        let meetings = s.record.state.bodies.values.reduce(0) { $0 + $1.meetings(in: s.year).filter { $0.on <= s.on }.count }
        let closedThisYear = s.issuesClosed(in: s.year)
        func href(_ target: String) -> String { SitePaths.relative(from: path, to: target) }

        var blocks: [Block] = [.paragraph(s.t("site.intro"))]
        blocks.append(.heading(s.madeOn.fiscalYear == s.year ? s.t("site.now") + language.paren(language.fiscalYear(s.year))
                                                              : language.fiscalYear(s.year) + s.t("site.yearNow")))
        blocks.append(.fields([Field(s.t("site.meetings"), language.times(meetings)),
                               Field(s.t("site.openIssues"), s.count(open.count)),
                               Field(s.t("site.closedThisYear"), s.count(closedThisYear.count))]))
        blocks.append(.links([Link(language.fiscalYear(s.year) + s.t("site.yearTitle"), href(SitePaths.year(s.year)))]))

        blocks.append(.heading(s.t("site.bodies")))
        let bodies = s.bodies
        blocks.append(.table(Table(header: [s.t("site.bodies"), s.t("site.kind"), s.t("site.established"), s.t("site.status")],
                                   rows: bodies.map { [s.bodyName($0.id), $0.kind.label(japanese: language.japanese), language.date($0.establishedOn), s.status(of: $0)] },
                                   links: bodies.map { [href(s.paths.body($0.id))] })))

        blocks.append(.heading(s.t("site.openIssues") + language.paren(s.count(open.count))))
        blocks.append(s.issueTable(open, header: [s.t("site.phase"), s.t("site.owner"), s.t("site.raised")], from: path) {
            [$0.phase.label(japanese: language.japanese), s.owner(of: $0), language.date($0.raisedOn)]
        })
        blocks.append(.heading(s.t("site.closedIssues") + language.paren(s.count(closed.count))))
        blocks.append(s.issueTable(closed, header: [s.t("site.closedOn"), s.t("site.reason")], from: path) {
            [$0.closure.map { language.date($0.on) } ?? "", $0.closure.map { $0.reason.label(japanese: language.japanese) } ?? ""]
        })

        blocks.append(.heading(s.t("site.years")))
        blocks.append(.links(s.years.map { Link(language.fiscalYear($0) + s.t("site.yearTitle"), href(SitePaths.year($0))) }))

        blocks.append(.heading(s.t("site.audit")))
        blocks.append(.paragraph(s.t("site.auditIntro")))
        blocks.append(.links([Link(s.t("site.audit"), href(SitePaths.audit))]))

        let byline = [language.fiscalYear(s.year) + language.paren(s.asOf)]
        return SitePage(path: path, document: Document(kind: "site.index", title: s.name, byline: byline, blocks: blocks, language: language.rawValue))
    }
}
