import Calendar

/// The rules of a body's work item tables (事業項目, Kodama): items numbered in the table's order,
/// numbered entries in each column, the 時点, and items carried into the next 年度. A second record
/// of the same number is refused unless it says it amends the first, which stays in the log.
extension CouncilDecider {
    static func workItem(_ e: WorkItemSet, _ state: CouncilState) throws(DomainError) -> [CouncilEvent] {
        var e = e
        let b = try workBody(e.body, e.fiscalYear, state)
        guard e.number >= 1 else { throw .invalidWorkNumber(e.number) }
        e.title = try line(e.title, "title")
        if let from = e.carriedFrom {
            let earlier = b.workTables[from]?.items ?? [:]
            guard from == e.fiscalYear.previous, earlier[e.number] != nil else {
                throw .unknownWorkItem(body: e.body, year: from, item: e.number, known: earlier.keys.sorted())
            }
        }
        let table = b.workTables[e.fiscalYear] ?? WorkTable()
        try amendable(e.amends, existing: table.items[e.number], body: e.body, year: e.fiscalYear, key: .item(e.number)) { $0.title == e.title }
        return [.workItemSet(e)]
    }

    static func workEntry(_ e: WorkEntryRecorded, _ state: CouncilState) throws(DomainError) -> [CouncilEvent] {
        var e = e
        let b = try workBody(e.body, e.fiscalYear, state)
        let table = b.workTables[e.fiscalYear] ?? WorkTable()
        guard table.items[e.item] != nil else {
            throw .unknownWorkItem(body: e.body, year: e.fiscalYear, item: e.item, known: table.items.keys.sorted())
        }
        guard e.number >= 0 else { throw .invalidWorkNumber(e.number) }
        if !e.dates.isEmpty && e.column != .progress { throw .notInWorkColumn(field: "on", column: e.column) }
        if e.heading != nil && e.column != .plan { throw .notInWorkColumn(field: "new", column: e.column) }
        for d in e.dates where d.fiscalYear != e.fiscalYear { throw .workDateOutsideYear(date: d, year: e.fiscalYear, field: "on") }
        e.dates = e.dates.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        e.text = try text(e.text, "work " + e.column.rawValue)
        e.heading = try optionalLine(e.heading, "heading")
        if e.number == 0 {
            // Only a new entry is numbered by kadai: an amendment names the one it replaces.
            if e.amends { throw .noWorkToAmend(body: e.body, year: e.fiscalYear, key: e.key) }
            e.number = table.nextNumber(of: e.item, e.column, newPlan: e.isNewPlan)
        }
        try amendable(e.amends, existing: table.entries[e.key], body: e.body, year: e.fiscalYear, key: e.key) {
            $0.text == e.text && $0.dates == e.dates && $0.heading == e.heading
        }
        return [.workEntryRecorded(e)]
    }

    static func workTableDate(_ e: WorkTableDated, _ state: CouncilState) throws(DomainError) -> [CouncilEvent] {
        let b = try workBody(e.body, e.fiscalYear, state)
        // Drawn up within the year or after it ended (令和6年3月末, or a day in the next April).
        guard e.asOf.fiscalYear == e.fiscalYear || e.asOf.fiscalYear == e.fiscalYear.next else {
            throw .workDateOutsideYear(date: e.asOf, year: e.fiscalYear, field: "on")
        }
        try amendable(e.amends, existing: b.workTables[e.fiscalYear]?.asOf, body: e.body, year: e.fiscalYear, key: .asOf) { $0.asOf == e.asOf }
        return [.workTableDated(e)]
    }

    /// The items of `from` the next 年度 has not got, with their numbers and titles: the rows its
    /// table starts from. None to carry is "already so".
    static func carryOverWorkItems(_ body: String, from: FiscalYear, on: CalendarDate, _ state: CouncilState) throws(DomainError) -> [CouncilEvent] {
        let into = from.next
        let b = try workBody(body, into, state)
        let items = b.workTables[from]?.itemsInOrder ?? []
        guard !items.isEmpty else { throw .noWorkItems(body: body, year: from) }
        let there = b.workTables[into]?.items ?? [:]
        return items.filter { there[$0.number] == nil }.map {
            .workItemSet(WorkItemSet(body: body, fiscalYear: into, number: $0.number, title: $0.title, carriedFrom: from, on: on))
        }
    }

    /// A body that existed during the 年度.
    static func workBody(_ id: String, _ year: FiscalYear, _ state: CouncilState) throws(DomainError) -> BodyState {
        let b = try body(id, state)
        if b.establishedOn > year.lastDay { throw .bodyNotYetEstablished(body: id, date: year.lastDay, established: b.establishedOn) }
        if let d = b.dissolution, d.on <= year.firstDay { throw .bodyDissolved(id, on: d.on) }
        return b
    }

    /// A first record of `key`, or an amendment of one that changes something.
    static func amendable<Record>(_ amends: Bool, existing: Record?, body: String, year: FiscalYear, key: WorkRecordKey,
                                  same: (Record) -> Bool) throws(DomainError) {
        if amends {
            guard let existing else { throw .noWorkToAmend(body: body, year: year, key: key) }
            if same(existing) { throw .changesNothing }
        } else if existing != nil {
            throw .workAlreadyRecorded(body: body, year: year, key: key)
        }
    }
}
