import Calendar
import Council
import JSON
import Projections

/// A body's 事業項目 table for a 年度, in the shape of Kodama's 「【運営会議】令和５年度活動報告及び
/// 令和６年度活動計画」: a row per work item in its number order, with its numbered 取組状況 (as of
/// the table's 時点), 結果及び評価, and the next 年度's 計画 with 【新規計画内容】 after the numbered
/// plans. What `report pdca --body` prints for a body that has work items for the year.
public struct WorkItemTable: DocumentBuilder {
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

    /// Whether the body has work items for the year, so that its table is the PDCA report.
    public static func applies(to record: CouncilRecord, body: String, year: FiscalYear) -> Bool {
        record.workTable(of: body, in: year) != nil
    }

    public func document() -> Document {
        let found = record.workTable(of: body.id, in: year)
        let table = found?.table ?? WorkTable()
        let name = BodyName.on(year.lastDay, of: body)
        let asOf = table.asOf?.asOf
        let progressHeader = t("annual.progress") + (asOf.map { language.paren(WorkItemText.asOf($0, language)) } ?? "")
        let planHeader = ja ? "\(year.next.wareki)の計画" : "Plan for \(year.next)"
        var rows: [[String]] = []
        var items: [JSONValue] = []
        for item in table.itemsInOrder {
            let progress = table.entries(of: item.number, .progress)
            let results = table.entries(of: item.number, .result)
            let plans = table.entries(of: item.number, .plan)
            let newPlans = table.entries(of: item.number, .plan, newPlan: true)
            var planCell = plans.map { WorkItemText.entry($0, language) }
            if !newPlans.isEmpty { planCell.append(([t("work.newPlan")] + newPlans.map(WorkItemText.newPlan)).joined(separator: "\n")) }
            rows.append([item.title, cell(progress.map { WorkItemText.entry($0, language) }), cell(results.map { WorkItemText.entry($0, language) }), cell(planCell)])
            func entries(_ list: [WorkEntryRecorded]) -> JSONValue {
                .array(list.map { e in
                    var o: JSONObject = ["number": .int(Int64(e.number)), "text": .string(e.text)]
                    if e.column == .progress { o["dates"] = .array(e.dates.map { .string($0.description) }) }
                    if let h = e.heading { o["heading"] = .string(h) }
                    return .object(o)
                })
            }
            var fact: JSONObject = ["number": .int(Int64(item.number)), "title": .string(item.title),
                                    "progress": entries(progress), "results": entries(results), "plans": entries(plans), "newPlans": entries(newPlans)]
            if let from = item.carriedFrom { fact["carriedFrom"] = .int(Int64(from.startYear)) }
            items.append(.object(fact))
        }
        var blocks: [Block] = [.table(Table(header: [t("annual.item"), progressHeader, t("annual.result"), planHeader], rows: rows))]
        let carried = Set(table.itemsInOrder.compactMap(\.carriedFrom))
        if let from = carried.min() {
            blocks.append(.note(ja ? "※事業項目は\(from.wareki)から引き継いだもの" : "Work items carried over from \(from)."))
        }
        if asOf == nil { blocks.append(.note(t("work.noAsOf"))) }
        let title = ja ? "【\(name)】\(year.wareki)活動報告及び\(year.next.wareki)活動計画"
            : "\(name): report for \(year) and plan for \(year.next)"
        var facts: JSONObject = ["fiscalYear": .int(Int64(year.startYear)), "planYear": .int(Int64(year.next.startYear)),
                                 "body": .string(body.id), "items": .array(items),
                                 "positions": .array((found?.positions ?? []).map { .int(Int64($0)) })]
        if let asOf { facts["asOf"] = .string(asOf.description) }
        return Document(kind: "pdca", title: title, blocks: blocks, facts: facts, language: language.rawValue)
    }

    /// A column's entries, a blank line between them, as the seed spaces them.
    func cell(_ entries: [String]) -> String { entries.joined(separator: "\n\n") }
}
