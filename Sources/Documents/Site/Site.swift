import Calendar
import Council
import Projections

/// The council's work as a static web site a secretariat can upload as it is: a top page, a page
/// per body, per issue and per 年度 with that year's documents, and a page for checking the
/// record. Built from a record read without access to case notes, and from the public form of
/// every document, so nothing internal can reach it.
public struct Site: Sendable {
    public var record: CouncilRecord
    /// The 年度 the site is published for: the top page's "this year".
    public var year: FiscalYear
    /// The day the site shows the council as of.
    public var on: CalendarDate
    /// The day the site was made (today; later than `on` for a past 年度's site).
    public var madeOn: CalendarDate
    public var language: DocumentLanguage
    let paths: SitePaths
    /// The 年度 with a meeting, a policy, a review or issue work in them, up to the site's year,
    /// newest first; the site's year always.
    let years: [FiscalYear]
    /// For each of those 年度 (by first year), the bodies with documents in it.
    let documented: [Int: [BodyState]]
    /// The meetings that took up each issue, by date.
    let meetingsByIssue: [String: [MeetingRecorded]]
    /// Each body's attached files with their publication as last recorded (not as of the site's
    /// day, which `record` is read as): see `SiteMaterials.swift`. The record's own when not set.
    public var attachedMaterials: [String: [MaterialAttached]] = [:]

    public init(record: CouncilRecord, year: FiscalYear, on: CalendarDate, madeOn: CalendarDate? = nil, language: DocumentLanguage) {
        self.record = record
        self.year = year
        self.on = on
        self.madeOn = madeOn ?? on
        self.language = language
        paths = SitePaths(bodies: record.state.bodyOrder, issues: record.model.issueOrder)
        years = record.model.activeYears.union([year.startYear]).filter { $0 <= year.startYear }.sorted(by: >).map(FiscalYear.init(startYear:))
        // Every page of a year and every body page asks this; it reads every issue's events.
        var documented: [Int: [BodyState]] = [:]
        let bodies = record.state.bodiesInOrder.filter { $0.establishedOn <= on }
        for y in years {
            documented[y.startYear] = bodies.filter { b in
                Self.existed(b, during: y)
                    && (!record.meetings(of: b.id, in: y).isEmpty || record.policy(of: b.id, in: y) != nil
                        || record.review(of: b.id, in: y) != nil || !record.issues(of: b.id, in: y).isEmpty)
            }
        }
        self.documented = documented
        var meetings: [String: [MeetingRecorded]] = [:]
        for (_, m) in record.model.meetings { for issue in m.issues { meetings[issue, default: []].append(m) } }
        meetingsByIssue = meetings.mapValues { $0.sorted { $0.on < $1.on } }
    }

    /// Bodies set up by the site's day.
    var bodies: [BodyState] { record.state.bodiesInOrder.filter { $0.establishedOn <= on } }

    /// Bodies that existed at some time in a 年度.
    func bodies(during y: FiscalYear) -> [BodyState] { bodies.filter { Self.existed($0, during: y) } }

    static func existed(_ b: BodyState, during y: FiscalYear) -> Bool {
        b.establishedOn <= y.lastDay && (b.dissolution?.on ?? .latest) > y.firstDay
    }

    public func pages() -> [SitePage] {
        var pages = [SiteIndexPage(site: self).page()]
        pages += bodies.map { BodyPage(site: self, body: $0).page() }
        pages += record.state.issuesInOrder.map { IssuePage(site: self, issue: $0).page() }
        for y in years { pages += YearPages(site: self, year: y).pages() }
        pages.append(SiteAuditPage(site: self).page())
        return pages
    }

    /// Every page as HTML, with the site's frame, by path.
    public func files() -> [(path: String, html: String)] {
        pages().map { ($0.path, HTMLRenderer.render($0.document, frame: frame(for: $0))) }
    }

    func t(_ key: String) -> String { DocumentLabels.text(key, language) }

    var name: String { record.state.name ?? (language.japanese ? "協議会" : "Council") }

    func frame(for page: SitePage) -> PageFrame {
        func link(_ text: String, _ target: String) -> Link { Link(text, SitePaths.relative(from: page.path, to: target)) }
        var footer = [t("site.footer.made")]
        if let head = record.head {
            footer.append(t("site.footer.head") + "\(head.position)" + t("site.footer.hash") + head.hash.hex)
        }
        footer += [t("site.footer.privacy"), t("site.madeOn") + language.colon + language.date(madeOn)]
        return PageFrame(siteName: name, home: SitePaths.relative(from: page.path, to: SitePaths.index),
                         sections: [link(t("site.home"), SitePaths.index), link(thisYear, SitePaths.year(year)),
                                    link(t("site.audit"), SitePaths.audit)],
                         crumbs: page.crumbs.map { link($0.text, $0.href) }, footer: footer,
                         skipLabel: t("site.skip"), sectionsLabel: t("site.sections"), crumbsLabel: t("site.crumbs"))
    }

    /// 今年度の資料（令和8年度）, or for a past 年度's site 令和6年度の資料.
    var thisYear: String {
        madeOn.fiscalYear == year ? t("site.thisYear") + language.paren(language.fiscalYear(year)) : language.fiscalYear(year) + t("site.yearTitle")
    }

    /// Crumbs from the top page.
    var home: Link { Link(t("site.home"), SitePaths.index) }

    // Words the pages share.

    func status(of b: BodyState) -> String {
        if let end = b.dissolution, end.on <= on { return t("site.dissolved") + language.paren(language.date(end.on)) }
        if b.isPaused(on: on), let since = b.pauses.last(where: { $0.from <= on })?.from {
            return language.japanese ? language.date(since) + t("site.pausedSince") : t("site.pausedSince") + language.date(since)
        }
        return t("site.active")
    }

    func bodyName(_ id: String) -> String { record.bodyName(id, on: on) }

    /// Who works on an issue: a body it was assigned or transferred to, or, while the steering
    /// meeting has not yet given it one, 未定 with the body that raised it.
    func owner(of issue: IssueOverview, on day: CalendarDate? = nil) -> String {
        let handed = record.isHanded(issue.id, on: day ?? on)
        guard !handed, issue.phase == .raised else { return record.bodyName(issue.owner, on: day ?? on) }
        let raiser = record.bodyName(issue.raisedBy, on: day ?? on)
        return language.japanese ? "未定（提起：\(raiser)）" : "not yet assigned (raised by \(raiser))"
    }

    /// The issues closed during a 年度, even those reopened since.
    func issuesClosed(in y: FiscalYear) -> [IssueOverview] {
        record.issuesInOrder.filter { issue in
            record.events(ofIssue: issue.id).contains { if case .issueClosed(let c) = $0.event { y.contains(c.on) } else { false } }
        }
    }

    /// Bodies with something recorded in a 年度 — a meeting, a policy, a review, issue work —
    /// and so a year's documents: a body paused all year gets none rather than blank forms.
    func bodiesWithDocuments(in y: FiscalYear) -> [BodyState] { documented[y.startYear] ?? [] }

    func list(_ items: [String]) -> String { items.joined(separator: language.japanese ? "、" : ", ") }

    func count(_ n: Int) -> String { language.japanese ? "\(n)件" : "\(n)" }

    /// Issues in a table: number and title linking to the issue's page, then the given columns.
    func issueTable(_ issues: [IssueOverview], header: [String], from page: String, _ columns: (IssueOverview) -> [String]) -> Block {
        guard !issues.isEmpty else { return .paragraph(t("site.none")) }
        let href = { (i: IssueOverview) in SitePaths.relative(from: page, to: paths.issue(i.id)) }
        return .table(Table(header: [t("site.id"), t("site.issue")] + header, rows: issues.map { [$0.id, $0.title] + columns($0) },
                            links: issues.map { [href($0), href($0)] }))
    }
}

extension Site {
    /// 令和8年11月22日現在 / as of 2026-11-22.
    var asOf: String { language.japanese ? language.date(on) + t("site.asOf") : t("site.asOf") + language.date(on) }
}
