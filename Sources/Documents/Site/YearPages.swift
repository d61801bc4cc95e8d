import Calendar
import Council
import Projections

/// A 年度's page and its documents: each body's review sheet, status report and annual report,
/// and the council's schedule, function scorecard and work-item report, all in their public form.
struct YearPages {
    let site: Site
    let year: FiscalYear

    func pages() -> [SitePage] {
        let s = site
        let language = s.language
        let hub = Link(language.fiscalYear(year) + s.t("site.yearTitle"), SitePaths.year(year))
        let crumbs = [s.home, hub]
        var pages = [self.hub()]
        let linker = SiteLinker(site: s)
        for body in s.bodiesWithDocuments(in: year) {
            pages.append(SitePage(path: s.paths.bodyDocument("sheet", body: body.id, year),
                                  document: ReviewSheet(record: s.record, body: body, year: year, language: language).document(), crumbs: crumbs))
            pages.append(SitePage(path: s.paths.bodyDocument("status", body: body.id, year),
                                  document: StatusReport(record: s.record, body: body, year: year, isPublic: true, language: language).document(), crumbs: crumbs))
            pages.append(SitePage(path: s.paths.bodyDocument("annual", body: body.id, year),
                                  document: AnnualReport(record: s.record, body: body, year: year, language: language, today: s.on).document(), crumbs: crumbs))
        }
        for (body, kind) in ownDocuments() {
            let document = kind == "pdca" ? WorkItemTable(record: s.record, body: body, year: year, language: language).document()
                : PolicyDocument(record: s.record, body: body, year: year, language: language).document()
            pages.append(SitePage(path: s.paths.bodyDocument(kind, body: body.id, year), document: document, crumbs: crumbs))
        }
        pages.append(SitePage(path: SitePaths.yearDocument("schedule", year), document: Schedule(record: s.record, year: year, language: language).document(), crumbs: crumbs))
        pages.append(SitePage(path: SitePaths.yearDocument("scorecard", year), document: Scorecard(record: s.record, year: year, language: language).document(), crumbs: crumbs))
        pages.append(SitePage(path: SitePaths.yearDocument("pdca", year), document: ActivityReport(record: s.record, year: year, language: language).document(), crumbs: crumbs))
        return [pages[0]] + pages.dropFirst().map { SitePage(path: $0.path, document: linker.link($0.document, from: $0.path), crumbs: $0.crumbs) }
    }

    /// The documents some bodies file besides the three every body has: a 活動方針 where the year's
    /// policy is recorded, a work item table (事業項目) where one is.
    func ownDocuments() -> [(body: BodyState, kind: String)] {
        site.bodies(during: year).flatMap { b -> [(body: BodyState, kind: String)] in
            (site.record.policy(of: b.id, in: year) != nil ? [(b, "policy")] : [])
                + (WorkItemTable.applies(to: site.record, body: b.id, year: year) ? [(b, "pdca")] : [])
        }
    }

    func hub() -> SitePage {
        let s = site
        let language = s.language
        let path = SitePaths.year(year)
        func href(_ target: String) -> String { SitePaths.relative(from: path, to: target) }
        let bodies = s.bodies(during: year)
        let meetings = bodies.map { s.record.meetings(of: $0.id, in: year).count }
        // The issues the year's documents list: those some body worked on that year, as the
        // review sheets count them; and every issue closed during the year.
        let workedIds = Set(bodies.flatMap { s.record.issues(of: $0.id, in: year).map(\.id) })
        let worked = s.record.issuesInOrder.filter { workedIds.contains($0.id) }
        let closed = s.issuesClosed(in: year)

        var blocks: [Block] = [.fields([Field(s.t("site.meetings"), language.times(meetings.reduce(0, +))),
                                        Field(s.t("year.worked"), s.count(worked.count)),
                                        Field(s.t("year.closed"), s.count(closed.count))])]
        blocks.append(.heading(s.t("year.functions")))
        let uses = s.record.functionUses(in: year)
        let bars = CouncilFunction.allCases.map { f in BarChart.Bar(f.label(japanese: language.japanese), uses.filter { $0.function == f }.count) }
        let unit = language.japanese ? "件" : ""
        blocks.append(.chart(BarChart(title: s.t("year.functions.chart"), unit: unit, bars: bars,
                                      alternative: s.t("year.functions.chart") + language.colon + s.list(bars.map { "\($0.label) \($0.value)\(unit)" }))))
        blocks.append(.note(s.t("year.functions.note")))
        blocks.append(.heading(s.t("year.council")))
        blocks.append(.links([
            Link(s.t("schedule.title"), href(SitePaths.yearDocument("schedule", year))),
            Link(s.t("scorecard.title"), href(SitePaths.yearDocument("scorecard", year))),
            Link(s.t("pdca.title"), href(SitePaths.yearDocument("pdca", year))),
        ]))
        blocks.append(.heading(s.t("year.byBody")))
        let kinds = SitePaths.bodyDocuments
        let documented = Set(s.bodiesWithDocuments(in: year).map(\.id))
        blocks.append(.table(Table(header: [s.t("site.bodies"), s.t("sheet.meetingCount"), s.t("sheet.title"), s.t("status.title"), s.t("annual.title")],
                                   rows: zip(bodies, meetings).map { b, n in
                                       [s.record.bodyName(b.id, on: min(year.lastDay, s.on)), language.times(n)]
                                           + (documented.contains(b.id) ? [s.t("sheet.title"), s.t("status.title"), s.t("annual.title")] : [s.t("year.noRecords"), "", ""])
                                   },
                                   links: bodies.map { b in
                                       [href(s.paths.body(b.id)), nil] + (documented.contains(b.id) ? kinds.map { href(s.paths.bodyDocument($0, body: b.id, year)) } : [])
                                   })))
        let own = ownDocuments()
        if !own.isEmpty {
            blocks.append(.heading(s.t("year.bodyOwn")))
            blocks.append(.links(own.map { b, kind in
                Link(s.record.bodyName(b.id, on: min(year.lastDay, s.on)) + " " + s.t(kind == "pdca" ? "year.workItems" : "policy.title"),
                     href(s.paths.bodyDocument(kind, body: b.id, year)))
            }))
        }
        blocks.append(.heading(s.t("year.worked") + language.paren(s.count(worked.count))))
        blocks.append(s.issueTable(worked, header: [s.t("site.phase"), s.t("site.owner")], from: path) { issue in
            let then = s.record.issue(issue.id, on: min(year.lastDay, s.on)) ?? issue
            return [then.phase.label(japanese: language.japanese), s.owner(of: then, on: min(year.lastDay, s.on))]
        })
        let document = Document(kind: "site.year", title: language.fiscalYear(year) + s.t("site.yearTitle"), blocks: blocks, language: language.rawValue)
        return SitePage(path: path, document: document, crumbs: [s.home])
    }
}
