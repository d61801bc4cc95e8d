import Calendar

/// A body's work item table (事業項目) for one 年度, as its events have made it: the latest of
/// each item and entry (an amendment replaces one; the log keeps both), and the 時点.
public struct WorkTable: Equatable, Sendable {
    public var asOf: WorkTableDated?
    public var items: [Int: WorkItemSet] = [:]
    public var entries: [WorkRecordKey: WorkEntryRecorded] = [:]

    public init() {}

    /// The items in the table's order.
    public var itemsInOrder: [WorkItemSet] { items.values.sorted { $0.number < $1.number } }

    /// An item's entries in one column, numbered ones or new plan content, in number order.
    public func entries(of item: Int, _ column: WorkColumn, newPlan: Bool = false) -> [WorkEntryRecorded] {
        entries.values.filter { $0.item == item && $0.column == column && $0.isNewPlan == newPlan }.sorted { $0.number < $1.number }
    }

    /// The number the next entry of an item's column takes.
    public func nextNumber(of item: Int, _ column: WorkColumn, newPlan: Bool) -> Int {
        (entries(of: item, column, newPlan: newPlan).map(\.number).max() ?? 0) + 1
    }

    public var isEmpty: Bool { items.isEmpty && entries.isEmpty && asOf == nil }

    mutating func fold(_ event: CouncilEvent) {
        switch event {
        case .workItemSet(let e): items[e.number] = e
        case .workEntryRecorded(let e): entries[e.key] = e
        case .workTableDated(let e): asOf = e
        default: break
        }
    }
}
