import Calendar
import Council

extension CouncilReadModel {
    /// A body's work item table (事業項目) for a 年度, with the positions of its records in log
    /// order; nil when the body has none for the year.
    public func workTable(of body: String, in year: FiscalYear) -> (positions: [UInt64], table: WorkTable)? {
        guard let table = council.bodies[body]?.workTables[year], !table.items.isEmpty else { return nil }
        return (bodies[body]?.work[year] ?? [], table)
    }
}
