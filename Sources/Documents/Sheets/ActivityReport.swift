import Calendar
import Council
import JSON
import Projections

/// 年間活動報告書・計画書 (Kokubunji) and the 事業項目 × 取組状況 × 結果及び評価 × 次年度の計画 table
/// (Kodama): for each body, a row for its own year (policy, meetings, review) and a row for each
/// issue it handled (activities, evaluation, what comes next). For one body, or the whole council.
public struct ActivityReport: DocumentBuilder {
    public var record: CouncilRecord
    public var year: FiscalYear
    public var body: String?
    public var language: DocumentLanguage

    public init(record: CouncilRecord, year: FiscalYear, body: String? = nil, language: DocumentLanguage) {
        self.record = record
        self.year = year
        self.body = body
        self.language = language
    }

    var ja: Bool { language.japanese }

    /// What the report counts from besides the read model's core.
    public static func parts(_ year: FiscalYear) -> CouncilReadModel.Parts { .init(issues: true, work: [year]) }

    var bodies: [BodyState] {
        record.state.bodiesInOrder.filter { b in
            (body == nil || b.id == body) && b.establishedOn <= year.lastDay && (b.dissolution?.on ?? .latest) >= year.firstDay
        }
    }

    public func document() -> Document {
        var rows: [[String]] = []
        var facts: [JSONValue] = []
        for b in bodies {
            let name = BodyName.on(year.lastDay, of: b)
            let meetings = record.meetings(of: b.id, in: year)
            let policy = record.policy(of: b.id, in: year)
            let review = record.review(of: b.id, in: year)
            let paused = meetings.isEmpty && b.isPaused(on: year.firstDay) && b.isPaused(on: year.lastDay)
            let progress = paused ? [t("schedule.paused")] : meetings.map { (ja ? "第\($0.meeting.number)回（\(language.date($0.meeting.on))）" : "No. \($0.meeting.number) (\(language.date($0.meeting.on)))") }
            let next = [review?.review.nextPolicy, review?.review.nextPlan].compactMap { $0 }
                + (review?.review.next == .end ? [(ja ? "終了：" : "Ends: ") + (review?.review.reason ?? "")] : [])
            rows.append(prefix(name) + [policy?.policy.policy ?? t("annual.bodyWork"), progress.joined(separator: "\n"),
                                        review?.review.summary ?? "", next.joined(separator: "\n")])
            facts.append(.object(["body": .string(b.id), "issue": .null,
                                  "positions": .array((meetings.map(\.position) + [policy?.position, review?.position].compactMap { $0 }).sorted().map { .int(Int64($0)) })]))
            for issue in record.issues(of: b.id, in: year) {
                let events = record.issueEvents(of: issue.id, in: year).filter { $0.ownerAt == b.id }
                let activities = events.compactMap { e -> String? in
                    guard let a = e.activity else { return nil }
                    return language.date(a.when) + language.colon + a.summary
                }
                let evaluation = record.evaluation(of: issue.id, for: year)
                var next: [String] = []
                if let evaluation {
                    next.append(evaluation.decision == .continue ? (evaluation.next ?? (ja ? "継続" : "Continue")) : (ja ? "取扱い終了" : "Close") + (evaluation.reason.map { language.colon + $0 } ?? ""))
                } else if let closure = issue.closure, year.contains(closure.on) {
                    next.append((ja ? "取扱い終了：" : "Closed: ") + closure.reason.label(japanese: ja))
                }
                rows.append(prefix(name) + ["\(issue.id) \(issue.title)", activities.joined(separator: "\n"), evaluation?.outcome ?? "", next.joined(separator: "\n")])
                facts.append(.object(["body": .string(b.id), "issue": .string(issue.id), "positions": .array(events.map { .int(Int64($0.position)) })]))
            }
        }
        let header = prefix(t("common.body")) + [t("annual.item"), t("annual.progress"), t("annual.result"), t("annual.nextPlan")]
        let subject = body.flatMap { record.body($0) }.map { BodyName.on(year.lastDay, of: $0) } ?? (record.state.name ?? "")
        let title = "\(language.fiscalYear(year)) \(subject) \(t(body == nil ? "pdca.title" : "annual.title"))"
        return Document(kind: body == nil ? "pdca" : "annual", title: title, blocks: [.table(Table(header: header, rows: rows))],
                        facts: ["fiscalYear": .int(Int64(year.startYear)), "rows": .array(facts)], language: language.rawValue)
    }

    /// The council-wide table names the body on every row; one body's report does not need to.
    func prefix(_ name: String) -> [String] { body == nil ? [name] : [] }
}
