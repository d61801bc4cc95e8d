import Calendar
import Council
import JSON

/// The yearly evaluation of a 日中サービス支援型グループホーム (Kodama 004; a prefectural requirement
/// from 令和6年度), on the home's stream `home-evaluation-ID`: the home's report received, then the
/// council's evaluation of it, one per home per 年度.
public enum HomeEvaluationEvent: LedgerEvent, Equatable {
    case reportReceived(home: String, name: String, fiscalYear: FiscalYear, summary: String, on: CalendarDate)
    case evaluated(HomeEvaluation, on: CalendarDate)

    public static func stream(_ home: String) -> String { "home-evaluation-" + home }

    public var home: String {
        switch self {
        case .reportReceived(let h, _, _, _, _): h
        case .evaluated(let e, _): e.home
        }
    }

    public var stream: String { Self.stream(home) }

    public var typeName: String {
        switch self {
        case .reportReceived: "HomeReportReceived"
        case .evaluated: "HomeEvaluated"
        }
    }

    public var on: CalendarDate {
        switch self {
        case .reportReceived(_, _, _, _, let on), .evaluated(_, let on): on
        }
    }

    public var data: JSONObject {
        var o: JSONObject = ["home": .string(home)]
        switch self {
        case .reportReceived(_, let name, let year, let summary, _):
            o["name"] = .string(name); o["fy"] = .int(Int64(year.startYear)); o["summary"] = .string(summary)
        case .evaluated(let e, _):
            o["fy"] = .int(Int64(e.fiscalYear.startYear))
            o["items"] = .array(e.items.map { .object(["item": .string($0.item), "finding": .string($0.finding)]) })
            o["opinion"] = .string(e.opinion)
            o["meetingOn"] = .string(e.meetingOn.description)
        }
        o["on"] = .string(on.description)
        return o
    }

    public static func decode(type: String, data: JSONObject) throws(EventDataError) -> HomeEvaluationEvent? {
        func fail(_ field: String) -> EventDataError { EventDataError(type: type, field: field) }
        func string(_ key: String) throws(EventDataError) -> String {
            guard case .string(let s)? = data[key] else { throw fail(key) }
            return s
        }
        func day(_ key: String) throws(EventDataError) -> CalendarDate {
            guard let d = CalendarDate(iso: try string(key)) else { throw fail(key) }
            return d
        }
        func year() throws(EventDataError) -> FiscalYear {
            guard case .int(let n)? = data["fy"], FiscalYear.startYears.contains(Int(n)) else { throw fail("fy") }
            return FiscalYear(startYear: Int(n))
        }
        switch type {
        case "HomeReportReceived":
            return .reportReceived(home: try string("home"), name: try string("name"), fiscalYear: try year(), summary: try string("summary"), on: try day("on"))
        case "HomeEvaluated":
            guard case .array(let list)? = data["items"] else { throw fail("items") }
            let items = try list.map { (v) throws(EventDataError) -> HomeEvaluation.Item in
                guard case .object(let o) = v, case .string(let item)? = o["item"], case .string(let finding)? = o["finding"] else { throw fail("items") }
                return HomeEvaluation.Item(item: item, finding: finding)
            }
            return .evaluated(HomeEvaluation(home: try string("home"), fiscalYear: try year(), items: items, opinion: try string("opinion"),
                                             meetingOn: try day("meetingOn")), on: try day("on"))
        default:
            return nil
        }
    }
}

/// The council's evaluation of a home's year: each item with what the council found, its opinion,
/// and the day of the council meeting that evaluated it.
public struct HomeEvaluation: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var item: String
        public var finding: String
        public init(item: String, finding: String) {
            self.item = item
            self.finding = finding
        }
    }

    public var home: String
    public var fiscalYear: FiscalYear
    public var items: [Item]
    public var opinion: String
    public var meetingOn: CalendarDate

    public init(home: String, fiscalYear: FiscalYear, items: [Item], opinion: String, meetingOn: CalendarDate) {
        self.home = home
        self.fiscalYear = fiscalYear
        self.items = items
        self.opinion = opinion
        self.meetingOn = meetingOn
    }
}
