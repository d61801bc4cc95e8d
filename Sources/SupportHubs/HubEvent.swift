import Calendar
import Council
import JSON

/// Everything that can happen in the 拠点 ledger, on its one stream `hubs`: a council writes a few
/// dozen of these a year, so one stream keeps every rule's reading to one read.
public enum HubEvent: LedgerEvent, Equatable {
    /// The city's 拠点機能 for a function and 年度: the providers that carry it, a line each
    /// (●基幹相談支援センター, ●相談支援事業所（９箇所）). Replaces the year's earlier lines.
    case provisionSet(function: HubFunction, fiscalYear: FiscalYear, lines: [String], on: CalendarDate)
    case entryRecorded(HubEntry, on: CalendarDate)
    /// A provider registered as a 拠点 for some functions (Kodama: 相談支援事業所 4件 …).
    case providerRegistered(provider: String, name: String, functions: [HubFunction], on: CalendarDate)
    case registrationEnded(provider: String, on: CalendarDate)
    /// The council verified the year's operation (検証), on the day it did.
    case yearVerified(fiscalYear: FiscalYear, on: CalendarDate)

    public static let stream = "hubs"
    public var stream: String { Self.stream }

    public var typeName: String {
        switch self {
        case .provisionSet: "HubProvisionSet"
        case .entryRecorded: "HubEntryRecorded"
        case .providerRegistered: "HubProviderRegistered"
        case .registrationEnded: "HubRegistrationEnded"
        case .yearVerified: "HubYearVerified"
        }
    }

    public var on: CalendarDate {
        switch self {
        case .provisionSet(_, _, _, let on), .entryRecorded(_, let on), .providerRegistered(_, _, _, let on),
             .registrationEnded(_, let on), .yearVerified(_, let on): on
        }
    }

    public var data: JSONObject {
        var o: JSONObject = [:]
        switch self {
        case .provisionSet(let f, let y, let lines, _):
            o["function"] = .string(f.rawValue); o["fy"] = .int(Int64(y.startYear)); o["lines"] = .array(lines.map { .string($0) })
        case .entryRecorded(let e, _):
            o["function"] = .string(e.function.rawValue); o["fy"] = .int(Int64(e.fiscalYear.startYear))
            o["column"] = .string(e.column.rawValue); o["text"] = .string(e.text)
            if let when = e.when { o["when"] = .string(when.description) }
        case .providerRegistered(let p, let name, let functions, _):
            o["provider"] = .string(p); o["name"] = .string(name); o["functions"] = .array(functions.map { .string($0.rawValue) })
        case .registrationEnded(let p, _):
            o["provider"] = .string(p)
        case .yearVerified(let y, _):
            o["fy"] = .int(Int64(y.startYear))
        }
        o["on"] = .string(on.description)
        return o
    }

    public static func decode(type: String, data: JSONObject) throws(EventDataError) -> HubEvent? {
        let d = HubData(type: type, object: data)
        switch type {
        case "HubProvisionSet":
            return .provisionSet(function: try d.function(), fiscalYear: try d.year(), lines: try d.strings("lines"), on: try d.day())
        case "HubEntryRecorded":
            guard let column = HubEntry.Column(rawValue: try d.string("column")) else { throw d.fail("column") }
            return .entryRecorded(HubEntry(function: try d.function(), fiscalYear: try d.year(), column: column, text: try d.string("text"),
                                           when: try d.optionalPartialDate("when")), on: try d.day())
        case "HubProviderRegistered":
            let functions = try d.strings("functions").map { (name) throws(EventDataError) -> HubFunction in
                guard let f = HubFunction(rawValue: name) else { throw d.fail("functions") }
                return f
            }
            return .providerRegistered(provider: try d.string("provider"), name: try d.string("name"), functions: functions, on: try d.day())
        case "HubRegistrationEnded":
            return .registrationEnded(provider: try d.string("provider"), on: try d.day())
        case "HubYearVerified":
            return .yearVerified(fiscalYear: try d.year(), on: try d.day())
        default:
            return nil
        }
    }
}
