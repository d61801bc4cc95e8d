import Calendar
import JSON

/// One of a body's yearly work items (事業項目, Kodama): a row of its table for a 年度, numbered in
/// the table's order (地域の障害福祉の資源の把握 = 1 …). `carriedFrom`: the 年度 whose item of the
/// same number it continues (`work carry-over`).
public struct WorkItemSet: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "WorkItemSet"
    public var body: String
    public var fiscalYear: FiscalYear
    public var number: Int
    public var title: String
    public var carriedFrom: FiscalYear?
    /// It replaces the item of that number already recorded; the earlier stays in the log.
    public var amends: Bool
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, number: Int, title: String, carriedFrom: FiscalYear? = nil, amends: Bool = false, on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.number = number
        self.title = title
        self.carriedFrom = carriedFrom
        self.amends = amends
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        number = try d.int("item")
        title = try d.string("title")
        carriedFrom = try d.optionalInt("carriedFrom") == nil ? nil : try d.fiscalYear("carriedFrom")
        amends = try d.bool("amends")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("item", number)
        w.set("title", title)
        if let carriedFrom { w.set("carriedFrom", carriedFrom) }
        w.set("amends", amends)
        w.set("on", on)
        return w.object
    }
}

/// A numbered entry in one column of a work item's row: 取組状況 (with the days, months or 年度 it
/// happened, or none), 結果及び評価, or the next 年度's 計画. A plan entry with a `heading` is
/// 【新規計画内容】: its ○ heading, and its text printed after →.
public struct WorkEntryRecorded: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "WorkEntryRecorded"
    public var body: String
    public var fiscalYear: FiscalYear
    public var item: Int
    public var column: WorkColumn
    /// Its number in the column (new plan content is numbered apart); 0 in a command: the next.
    public var number: Int
    public var text: String
    /// When the work was done, as precisely as known (progress only); empty: undated.
    public var dates: [PartialDate]
    /// The ○ heading of new plan content (plan only).
    public var heading: String?
    /// It replaces the entry of that number already recorded; the earlier stays in the log.
    public var amends: Bool
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, item: Int, column: WorkColumn, number: Int = 0, text: String, dates: [PartialDate] = [],
                heading: String? = nil, amends: Bool = false, on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.item = item
        self.column = column
        self.number = number
        self.text = text
        self.dates = dates
        self.heading = heading
        self.amends = amends
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        item = try d.int("item")
        column = try d.word("column", as: WorkColumn.self)
        number = try d.int("number")
        text = try d.string("text")
        var dates: [PartialDate] = []
        for stored in try d.strings("dates") {
            guard let date = PartialDate(stored: stored) else { throw d.fail("dates") }
            dates.append(date)
        }
        self.dates = dates
        heading = try d.optionalString("heading")
        amends = try d.bool("amends")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    /// 【新規計画内容】.
    public var isNewPlan: Bool { heading != nil }

    /// Which entry it is in its table.
    public var key: WorkRecordKey { .entry(item: item, column: column, newPlan: isNewPlan, number: number) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("item", item)
        w.set("column", column)
        w.set("number", number)
        w.set("text", text)
        w.set("dates", dates.map(\.description))
        w.set("heading", heading)
        w.set("amends", amends)
        w.set("on", on)
        return w.object
    }
}

/// The day, month (令和6年3月末) or 年度 a body's work item table for a 年度 was drawn up at: its
/// 取組状況 are as of then (時点).
public struct WorkTableDated: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "WorkTableDated"
    public var body: String
    public var fiscalYear: FiscalYear
    public var asOf: PartialDate
    /// It replaces the 時点 already recorded; the earlier stays in the log.
    public var amends: Bool
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, asOf: PartialDate, amends: Bool = false, on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.asOf = asOf
        self.amends = amends
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        asOf = try d.partialDate("asOf")
        amends = try d.bool("amends")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("asOf", asOf)
        w.set("amends", amends)
        w.set("on", on)
        return w.object
    }
}

/// Which record of a work item table something is: an item, an entry of a column, or the 時点.
public enum WorkRecordKey: Hashable, Sendable {
    case item(Int)
    case entry(item: Int, column: WorkColumn, newPlan: Bool, number: Int)
    case asOf
}
