import Calendar
import Council
import JSON
import Projections

/// 活動方針 of a body for a 年度, as Nagaoka files it beside the status report: 【これまでの経過】
/// (the years before, in the body's own words), 【今年度の方針】 and 【具体的活動(取り組み)内容】.
public struct PolicyDocument: DocumentBuilder {
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

    public func document() -> Document {
        let ja = language.japanese
        let policy = record.policy(of: body.id, in: year)
        func heading(_ key: String) -> Block { .heading(ja ? "【\(t(key))】" : t(key)) }
        func paragraphs(_ texts: [String]) -> [Block] {
            texts.isEmpty ? [.paragraph(t("annual.noneYet"))] : texts.flatMap { $0.split(separator: "\n").map { .paragraph(String($0)) } }
        }
        var blocks: [Block] = []
        if let history = policy?.policy.history, !history.isEmpty { blocks += [heading("policy.history")] + paragraphs(history) }
        blocks += [heading("policy.policy")] + paragraphs([policy?.policy.policy].compactMap { $0 })
        blocks += [heading("policy.plan")] + paragraphs([policy?.policy.plan].compactMap { $0 } + (policy?.policy.other ?? []))
        let name = BodyName.on(year.lastDay, of: body)
        let title = ja ? "\(language.fiscalYear(year)) \(name) \(t("policy.title"))" : "\(name): \(t("policy.title")) \(language.fiscalYear(year))"
        let facts: JSONObject = ["body": .string(body.id), "fiscalYear": .int(Int64(year.startYear)),
                                 "policyPosition": policy.map { .int(Int64($0.position)) } ?? .null]
        return Document(kind: "policy", title: title, blocks: blocks, facts: facts, language: language.rawValue)
    }
}
