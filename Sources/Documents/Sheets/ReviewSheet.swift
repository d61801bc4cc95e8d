import Calendar
import Council
import JSON
import Projections

/// 振り返り・評価シート: one body's year in the Nagaoka layout. 開催回数 and 開催月 are counted from
/// the recorded meetings, the functions from the review, activities (with the functions of the
/// plan actions they moved forward) and evaluations; the facts name the positions behind each.
public struct ReviewSheet: DocumentBuilder {
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

    /// What the sheet counts from besides the read model's core.
    public static func parts(_ year: FiscalYear) -> CouncilReadModel.Parts { .init(issues: true, uses: [year], work: [year]) }

    public func document() -> Document {
        let meetings = record.meetings(of: body.id, in: year)
        let months = MonthList(meetings.map(\.meeting.on), year: year)
        let policy = record.policy(of: body.id, in: year)
        let review = record.review(of: body.id, in: year)
        let uses = record.functionUses(in: year).filter { $0.body == body.id }
        let exercised = CouncilFunction.allCases.filter { f in uses.contains { $0.function == f } }
        let issues = record.issues(of: body.id, in: year)

        var blocks: [Block] = PauseNote.block(body, in: year, language, name: { record.bodyName($0) }).map { [$0] } ?? []
        blocks += [.heading(t("sheet.policy")), .paragraph(policy?.policy.policy ?? t("sheet.noPolicy"))]
        blocks.append(.heading(t("sheet.work")))
        blocks.append(.fields([Field(t("sheet.meetingCount"), MeetingCount.text(body, recorded: meetings.count, in: year, japanese: language.japanese)),
                               Field(t("sheet.meetingMonths"), months.text(language))]))
        if let summary = review?.review.summary { blocks.append(.paragraph(summary)) }
        blocks.append(.note(t("sheet.work.note")))
        if !issues.isEmpty {
            blocks.append(.heading(t("sheet.issues")))
            // Each with the phase it had at the year's end.
            blocks.append(.bullets(issues.map { i in
                let phase = (record.issue(i.id, on: year.lastDay) ?? i).phase.label(japanese: language.japanese)
                return language.japanese ? "\(i.id) \(i.title)（\(phase)）" : "\(i.id) \(i.title) (\(phase))"
            }))
        }
        blocks.append(.heading(t("sheet.comments")))
        if let comments = review?.review.comments, !comments.isEmpty {
            blocks.append(.bullets(comments))
        } else {
            blocks.append(.paragraph(review == nil ? t("sheet.noReview") : t("common.none")))
        }
        blocks.append(.heading(t("sheet.functions")))
        blocks.append(.paragraph(CouncilFunction.allCases.map { (exercised.contains($0) ? "■" : "□") + $0.label(japanese: language.japanese) }
            .joined(separator: language.japanese ? "　" : "  ")))
        blocks.append(.note(t("sheet.functions.note")))
        blocks.append(.heading(t("sheet.next")))
        blocks.append(nextYear(review?.review))

        var facts: JSONObject = [
            "body": .string(body.id), "bodyName": .string(name(on: year.lastDay)), "fiscalYear": .int(Int64(year.startYear)),
            "meetingCount": .int(Int64(MeetingCount.number(body, recorded: meetings.count, in: year))),
            "meetingMonths": .array(months.months.map { .int(Int64($0)) }),
            "meetingPositions": positions(meetings.map(\.position)),
            "functions": .array(exercised.map { .string($0.rawValue) }),
            "functionPositions": .object(JSONObject(exercised.map { f in (f.rawValue, positions(uses.filter { $0.function == f }.map(\.position))) })),
            "issues": .array(issues.map { .string($0.id) }),
        ]
        facts["policyPosition"] = policy.map { .int(Int64($0.position)) } ?? .null
        facts["reviewPosition"] = review.map { .int(Int64($0.position)) } ?? .null
        facts["next"] = review.map { .string($0.review.next.rawValue) } ?? .null

        let title = "\(language.fiscalYear(year)) \(name(on: year.lastDay)) \(t("sheet.title"))"
        let byline = review.map { [t("sheet.created") + language.date($0.review.on)] } ?? []
        return Document(kind: "sheet", title: title, byline: byline, blocks: blocks, facts: facts, language: language.rawValue)
    }

    /// 継続する場合 / 終了する場合, both rows shown as on the paper form, the one that applies filled.
    func nextYear(_ review: BodyYearReviewed?) -> Block {
        let continuing = review?.next == .continue
        let ending = review?.next == .end
        return .fields([
            Field(t("sheet.continue"), continuing ? "✓" : ""),
            Field(t("sheet.nextPolicy"), continuing ? review?.nextPolicy ?? "" : ""),
            Field(t("sheet.nextPlan"), continuing ? review?.nextPlan ?? "" : ""),
            Field(t("sheet.handover"), continuing ? review?.handover ?? "" : ""),
            Field(t("sheet.end"), ending ? "✓" : ""),
            Field(t("sheet.reason"), ending ? review?.reason ?? "" : ""),
        ])
    }

    /// The body's name as it was on `date` (a renamed body keeps its old name in old years).
    func name(on date: CalendarDate) -> String {
        BodyName.on(date, of: body)
    }

    func positions(_ p: [UInt64]) -> JSONValue { .array(p.map { .int(Int64($0)) }) }
}
