import Calendar
import Council
import JSON

/// Everything that can happen in the resource registry, each on its provider's stream
/// `resource-ID`: a listing (or its correction, which replaces it), a closing, and the monthly
/// vacancy figures of one of its services.
public enum ResourceEvent: LedgerEvent, Equatable {
    case providerListed(Provider, on: CalendarDate)
    case providerClosed(provider: String, on: CalendarDate)
    /// 空き数 of a service as of a day, as the provider reported it.
    case vacancyReported(provider: String, service: ServiceType, vacancies: Int, on: CalendarDate)

    public static func stream(_ provider: String) -> String { "resource-" + provider }

    public var provider: String {
        switch self {
        case .providerListed(let p, _): p.id
        case .providerClosed(let p, _), .vacancyReported(let p, _, _, _): p
        }
    }

    public var stream: String { Self.stream(provider) }

    public var typeName: String {
        switch self {
        case .providerListed: "ProviderListed"
        case .providerClosed: "ProviderClosed"
        case .vacancyReported: "VacancyReported"
        }
    }

    public var on: CalendarDate {
        switch self {
        case .providerListed(_, let on), .providerClosed(_, let on), .vacancyReported(_, _, _, let on): on
        }
    }

    public var data: JSONObject {
        var o: JSONObject = ["provider": .string(provider)]
        switch self {
        case .providerListed(let p, _):
            o["name"] = .string(p.name); o["operatedBy"] = .string(p.operatedBy); o["area"] = .string(p.area); o["address"] = .string(p.address)
            if let c = p.contact { o["contact"] = .string(c) }
            o["offers"] = .array(p.offers.map { offer in
                var x: JSONObject = ["service": .string(offer.service.rawValue)]
                if let n = offer.places { x["places"] = .int(Int64(n)) }
                return .object(x)
            })
            if let d = p.openedOn { o["openedOn"] = .string(d.description) }
        case .providerClosed:
            break
        case .vacancyReported(_, let service, let vacancies, _):
            o["service"] = .string(service.rawValue); o["vacancies"] = .int(Int64(vacancies))
        }
        o["on"] = .string(on.description)
        return o
    }

    public static func decode(type: String, data: JSONObject) throws(EventDataError) -> ResourceEvent? {
        func fail(_ field: String) -> EventDataError { EventDataError(type: type, field: field) }
        func string(_ key: String) throws(EventDataError) -> String {
            guard case .string(let s)? = data[key] else { throw fail(key) }
            return s
        }
        func optionalString(_ key: String) throws(EventDataError) -> String? { data[key] == nil ? nil : try string(key) }
        func day(_ key: String) throws(EventDataError) -> CalendarDate {
            guard let d = CalendarDate(iso: try string(key)) else { throw fail(key) }
            return d
        }
        func service(_ raw: String) throws(EventDataError) -> ServiceType {
            guard let s = ServiceType(rawValue: raw) else { throw fail("service") }
            return s
        }
        switch type {
        case "ProviderListed":
            guard case .array(let list)? = data["offers"] else { throw fail("offers") }
            let offers = try list.map { (v) throws(EventDataError) -> Provider.Offer in
                guard case .object(let o) = v, case .string(let s)? = o["service"] else { throw fail("offers") }
                var places: Int?
                if let p = o["places"] { guard case .int(let n) = p else { throw fail("offers") }; places = Int(n) }
                return Provider.Offer(service: try service(s), places: places)
            }
            let opened = data["openedOn"] == nil ? nil : try day("openedOn")
            return .providerListed(Provider(id: try string("provider"), name: try string("name"), operatedBy: try string("operatedBy"),
                                            area: try string("area"), address: try string("address"), contact: try optionalString("contact"),
                                            offers: offers, openedOn: opened), on: try day("on"))
        case "ProviderClosed":
            return .providerClosed(provider: try string("provider"), on: try day("on"))
        case "VacancyReported":
            guard case .int(let n)? = data["vacancies"] else { throw fail("vacancies") }
            return .vacancyReported(provider: try string("provider"), service: try service(try string("service")), vacancies: Int(n), on: try day("on"))
        default:
            return nil
        }
    }
}
