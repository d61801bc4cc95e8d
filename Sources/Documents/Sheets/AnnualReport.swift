import Calendar
import Council
import JSON
import Projections

/// 年間活動報告書・計画書 of one body, as Kokubunji's reports set it out: the year's main work, what
/// was held (each meeting with its agenda, each activity of its issues), what the year showed, then
/// next year's main work and what is already scheduled or held in it, and the work items table.
public struct AnnualReport: DocumentBuilder {
    public var record: CouncilRecord
    public var body: BodyState
    public var year: FiscalYear
    public var language: DocumentLanguage

    public init(record: CouncilRecord, body: BodyState, year: FiscalYear, language: DocumentLanguage) {
        self.record = record
        self.body = body
        self.year = year
        self.language = language
    }

    var ja: Bool { language.japanese }

    /// What the report counts from besides the read model's core: the issues, this year's and the next's work.
    public static func parts(_ year: FiscalYear) -> CouncilReadModel.Parts { .init(issues: true, work: [year, year.next]) }

    /// 第1回 | ・議題 … | オンライン開催, and each activity of the body's issues in the year. An activity
    /// done at one of these meetings (its meeting id, `MeetingReference`) is a line under that meeting, not
    /// a row of its own beside it: listed twice, the day read as two events.
    func held(in year: FiscalYear, markHeld: Bool) -> [[String]] {
        let meetings = record.meetings(of: body.id, in: year)
        let ids = Set(meetings.map { MeetingReference.id(of: $0.meeting) })
        var atMeeting: [String: [(position: UInt64, line: String)]] = [:]
        var activities: [(PartialDate, [String])] = []
        for issue in record.issues(of: body.id, in: year) {
            for e in record.issueEvents(of: issue.id, in: year) where e.ownerAt == body.id {
                guard let a = e.activity else { continue }
                if let meeting = a.meeting, ids.contains(meeting) {
                    let kind = a.kind.label(japanese: ja)
                    let line = ja ? "（\(kind)）\(a.summary)（\(issue.id)）" : "\(kind.prefix(1).uppercased() + kind.dropFirst()): \(a.summary) (\(issue.id))"
                    atMeeting[meeting, default: []].append((e.position, language.bullet + line))
                } else {
                    activities.append((a.when, ["\(a.kind.label(japanese: ja)) \(language.date(a.when))", a.summary, issue.id]))
                }
            }
        }
        let rows: [(PartialDate, [String])] = meetings.map { p in
            let m = p.meeting
            let when = (ja ? "第\(m.number)回 " : "No. \(m.number) ") + language.date(m.on)
            let remarks = (m.format == .inPerson ? [] : [m.format.label(japanese: ja)]) + (markHeld ? [t("annual.held")] : [])
            let done = (atMeeting[MeetingReference.id(of: m)] ?? []).sorted { $0.position < $1.position }.map(\.line)
            let lines = m.agenda.map { language.bullet + $0 } + m.decisions.map { language.bullet + (ja ? "（決定）" : "Decided: ") + $0 } + done
            return (.day(m.on), [when, lines.joined(separator: "\n"), remarks.joined(separator: ja ? "、" : ", ")])
        } + activities
        // By date; on one day the meeting comes before what was done at it.
        return rows.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    public func document() -> Document {
        let name = BodyName.on(year.lastDay, of: body)
        let policy = record.policy(of: body.id, in: year)
        let review = record.review(of: body.id, in: year)
        let nextPolicy = record.policy(of: body.id, in: year.next)
        let header = [t("annual.day"), t("annual.content"), t("annual.remarks")]
        func table(_ rows: [[String]]) -> Block { rows.isEmpty ? .paragraph(t("annual.noneYet")) : .table(Table(header: header, rows: rows)) }

        let main = [policy?.policy.policy, policy?.policy.plan].compactMap { $0 }
        let nextMain = nextPolicy.map { [$0.policy.policy, $0.policy.plan].compactMap { $0 } }
            ?? [review?.review.nextPolicy, review?.review.nextPlan].compactMap { $0 }
        let evaluations = record.issues(of: body.id, in: year).compactMap { i in
            record.evaluation(of: i.id, for: year).map { "\(i.id) \(i.title)" + language.colon + $0.outcome }
        }
        var blocks: [Block] = [
            .heading("\(language.fiscalYear(year)) \(t("annual.report"))"),
            .heading(ja ? "【\(language.fiscalYear(year))\(t("annual.main"))】" : t("annual.main")),
            main.isEmpty ? .paragraph(t("annual.noneYet")) : .bullets(main.map { (ja ? "◆ " : "") + $0 }),
            .heading(ja ? "【\(t("annual.status"))】" : t("annual.status")),
            table(held(in: year, markHeld: false)),
            .heading(ja ? "【\(t("annual.findings"))】" : t("annual.findings")),
        ]
        let findings = [review?.review.summary].compactMap { $0 } + evaluations
        blocks.append(findings.isEmpty ? .paragraph(t("annual.noneYet")) : .bullets(findings))
        if let paused = PauseNote.block(body, in: year, language, name: { record.bodyName($0) }) { blocks.insert(paused, at: 1) }
        blocks += [
            .heading("\(language.fiscalYear(year.next)) \(t("annual.plan"))"),
            .heading(ja ? "【\(language.fiscalYear(year.next))\(t("annual.nextMain"))】" : t("annual.nextMain")),
            nextMain.isEmpty ? .paragraph(t("annual.noneYet")) : .bullets(nextMain.map { (ja ? "◆ " : "") + $0 }),
            .heading(ja ? "【\(t("annual.schedule"))】" : t("annual.schedule")),
            table(held(in: year.next, markHeld: true)),
        ]
        let items = ActivityReport(record: record, year: year, body: body.id, language: language).document()
        blocks.append(.heading(ja ? "【\(t("annual.items"))】" : t("annual.items")))
        blocks += items.blocks

        var facts = items.facts
        facts["body"] = .string(body.id)
        facts["meetingCount"] = .int(Int64(record.meetings(of: body.id, in: year).count))
        facts["policyPosition"] = policy.map { .int(Int64($0.position)) } ?? .null
        facts["reviewPosition"] = review.map { .int(Int64($0.position)) } ?? .null
        facts["nextPolicyPosition"] = nextPolicy.map { .int(Int64($0.position)) } ?? .null
        let title = ja ? "\(language.fiscalYear(year)) \(name) \(t("annual.report"))・\(language.fiscalYear(year.next)) \(t("annual.plan"))"
            : "\(name): \(t("annual.report")) \(language.fiscalYear(year)) and \(t("annual.plan")) \(language.fiscalYear(year.next))"
        return Document(kind: "annual", title: title, blocks: blocks, facts: facts, language: language.rawValue)
    }
}
