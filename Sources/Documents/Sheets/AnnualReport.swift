import Calendar
import Council
import JSON
import Projections

/// 年間活動報告書・計画書 of one body, as Kokubunji's reports set it out: the year's main work, what
/// was held (`PlanRows`), what the year showed, then next year's main work, its plan beside what is
/// already held, and その他. (Work items are the PDCA table's, `report pdca`.)
public struct AnnualReport: DocumentBuilder {
    public var record: CouncilRecord
    public var body: BodyState
    public var year: FiscalYear
    public var language: DocumentLanguage
    /// The day it is made for: a meeting or activity dated after it is planned, never held.
    public var today: CalendarDate

    public init(record: CouncilRecord, body: BodyState, year: FiscalYear, language: DocumentLanguage, today: CalendarDate) {
        self.record = record
        self.body = body
        self.year = year
        self.language = language
        self.today = today
    }

    var ja: Bool { language.japanese }

    /// What the report counts from besides the read model's core: the issues, this year's and the next's work.
    public static func parts(_ year: FiscalYear) -> CouncilReadModel.Parts { .init(issues: true, work: [year, year.next]) }

    public func document() -> Document {
        let name = BodyName.on(year.lastDay, of: body)
        let policy = record.policy(of: body.id, in: year)
        let review = record.review(of: body.id, in: year)
        let nextPolicy = record.policy(of: body.id, in: year.next)
        let header = [t("annual.day"), t("annual.content"), t("annual.remarks")]
        let rows = PlanRows(record: record, body: body, language: language, today: today)
        func table(_ rows: [[String]]) -> Block { rows.isEmpty ? .paragraph(t("annual.noneYet")) : .table(Table(header: header, rows: rows)) }

        let main = [policy?.policy.policy, policy?.policy.plan].compactMap { $0 }
        let nextMain = nextPolicy.map { [$0.policy.policy, $0.policy.plan].compactMap { $0 } }
            ?? [review?.review.nextPolicy, review?.review.nextPlan].compactMap { $0 }
        let evaluations = record.issues(of: body.id, in: year).compactMap { i in
            record.evaluation(of: i.id, for: year).map { "\(i.id) \(i.title)" + language.colon + $0.outcome }
        }
        var blocks: [Block] = [
            .heading(ja ? "\(language.fiscalYear(year)) \(name) \(t("annual.report"))" : "\(language.fiscalYear(year)) \(t("annual.report"))"),
            .heading(ja ? "【\(language.fiscalYear(year))\(body.kind.japanese)\(t("annual.main"))】" : t("annual.main")),
            main.isEmpty ? .paragraph(t("annual.noneYet")) : .bullets(main.map { (ja ? "◆ " : "") + $0 }),
            .heading(ja ? "【\(t("annual.status"))】" : t("annual.status")),
            table(rows.held(in: year)),
            .heading(ja ? "【\(t("annual.findings"))】" : t("annual.findings")),
        ]
        let findings = [review?.review.summary].compactMap { $0 } + evaluations
        blocks.append(findings.isEmpty ? .paragraph(t("annual.noneYet")) : .bullets(findings))
        if let paused = PauseNote.block(body, in: year, language, name: { record.bodyName($0) }) { blocks.insert(paused, at: 1) }
        let planPage = blocks.count
        blocks += [
            .heading(ja ? "\(language.fiscalYear(year.next)) \(BodyName.on(year.next.lastDay, of: body)) \(t("annual.plan"))" : "\(language.fiscalYear(year.next)) \(t("annual.plan"))"),
            .heading(ja ? "【\(language.fiscalYear(year.next))\(body.kind.japanese)\(t("annual.nextMain"))】" : t("annual.nextMain")),
            nextMain.isEmpty ? .paragraph(t("annual.noneYet")) : .bullets(nextMain.map { (ja ? "◆ " : "") + $0 }),
            .heading(ja ? "【\(t("annual.schedule"))】" : t("annual.schedule")),
            table(rows.planned(in: year.next)),
        ]
        if let other = nextPolicy?.policy.other, !other.isEmpty {
            blocks += [.heading(ja ? "【\(t("annual.other"))】" : t("annual.other")), .bullets(other.map { (ja ? "・" : "") + $0 })]
        }
        var facts: JSONObject = ["body": .string(body.id), "fiscalYear": .int(Int64(year.startYear))]
        facts["meetingCount"] = .int(Int64(MeetingCount.number(body, recorded: record.meetings(of: body.id, in: year).count, in: year)))
        facts["policyPosition"] = policy.map { .int(Int64($0.position)) } ?? .null
        facts["reviewPosition"] = review.map { .int(Int64($0.position)) } ?? .null
        facts["nextPolicyPosition"] = nextPolicy.map { .int(Int64($0.position)) } ?? .null
        let title = ja ? "\(language.fiscalYear(year)) \(name) \(t("annual.report"))・\(language.fiscalYear(year.next)) \(t("annual.plan"))"
            : "\(name): \(t("annual.report")) \(language.fiscalYear(year)) and \(t("annual.plan")) \(language.fiscalYear(year.next))"
        var document = Document(kind: "annual", title: title, blocks: blocks, facts: facts, language: language.rawValue)
        document.newPageAt = [planPage]
        return document
    }
}
