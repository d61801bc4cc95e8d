import Calendar
import Council
import JSON
import Projections

/// 協議会の機能別評価: for each of the six functions, the bodies and issues that exercised it in a
/// 年度 with the number of records naming it, the change from the year before, and the functions
/// nobody exercised. Optionally for one body only.
public struct Scorecard: DocumentBuilder {
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

    /// What the scorecard counts from besides the read model's core: this year's uses and the year before's.
    public static func parts(_ year: FiscalYear) -> CouncilReadModel.Parts { .init(uses: [year, year.previous]) }

    func uses(in year: FiscalYear) -> [FunctionUse] {
        record.functionUses(in: year).filter { body == nil || $0.body == body }
    }

    public func document() -> Document {
        let now = uses(in: year)
        let before = uses(in: year.previous)
        let ja = language.japanese
        var rows: [[String]] = []
        var facts: [JSONValue] = []
        for f in CouncilFunction.allCases {
            let mine = now.filter { $0.function == f }
            let bodies = ordered(mine.map(\.body), by: record.state.bodyOrder)
            let issues = ordered(mine.compactMap(\.issue), by: record.model.issueOrder)
            let previous = before.filter { $0.function == f }.count
            let change = mine.count - previous
            rows.append([f.label(japanese: ja),
                         bodies.map { record.body($0).map { BodyName.on(year.lastDay, of: $0) } ?? $0 }.joined(separator: "\n"),
                         issues.joined(separator: ja ? "、" : ", "),
                         String(mine.count), String(previous),
                         change > 0 ? "+\(change)" : change < 0 ? (ja ? "▲\(-change)" : "\(change)") : "±0"])
            facts.append(.object([
                "function": .string(f.rawValue), "bodies": .array(bodies.map { .string($0) }), "issues": .array(issues.map { .string($0) }),
                "count": .int(Int64(mine.count)), "previousCount": .int(Int64(previous)),
                "positions": .array(mine.map { .int(Int64($0.position)) }),
            ]))
        }
        let unused = CouncilFunction.allCases.filter { f in !now.contains { $0.function == f } }
        let header = [t("scorecard.function"), t("scorecard.bodies"), t("scorecard.issues"), t("scorecard.count"),
                      language.japanese ? "\(t("scorecard.previous"))（\(language.fiscalYear(year.previous))）" : "\(t("scorecard.previous")) (\(language.fiscalYear(year.previous)))", t("scorecard.change")]
        let blocks: [Block] = [
            .table(Table(header: header, rows: rows)),
            .heading(t("scorecard.unused")),
            .paragraph(unused.isEmpty ? t("scorecard.none") : unused.map { $0.label(japanese: ja) }.joined(separator: ja ? "、" : ", ")),
            .note(t("scorecard.note")),
        ]
        var subject = record.state.name ?? ""
        if let body, let b = record.body(body) { subject = BodyName.on(year.lastDay, of: b) }
        var factObject: JSONObject = ["fiscalYear": .int(Int64(year.startYear)), "functions": .array(facts),
                                      "unused": .array(unused.map { .string($0.rawValue) })]
        factObject["body"] = body.map { .string($0) } ?? .null
        return Document(kind: "scorecard", title: "\(language.fiscalYear(year)) \(subject) \(t("scorecard.title"))",
                        blocks: blocks, facts: factObject, language: language.rawValue)
    }

    /// Each id once, in the order the council recorded them.
    func ordered(_ ids: [String], by order: [String]) -> [String] {
        let present = Set(ids)
        return order.filter { present.contains($0) }
    }
}
