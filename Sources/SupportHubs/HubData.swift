import Calendar
import Council
import JSON

/// Reads a 拠点 record's data back, naming the field that does not read.
struct HubData {
    let type: String
    let object: JSONObject

    func fail(_ field: String) -> EventDataError { EventDataError(type: type, field: field) }

    func string(_ key: String) throws(EventDataError) -> String {
        guard case .string(let s)? = object[key] else { throw fail(key) }
        return s
    }

    func strings(_ key: String) throws(EventDataError) -> [String] {
        guard case .array(let values)? = object[key] else { throw fail(key) }
        return try values.map { (v) throws(EventDataError) -> String in
            guard case .string(let s) = v else { throw fail(key) }
            return s
        }
    }

    func day() throws(EventDataError) -> CalendarDate {
        guard let d = CalendarDate(iso: try string("on")) else { throw fail("on") }
        return d
    }

    func year() throws(EventDataError) -> FiscalYear {
        guard case .int(let n)? = object["fy"], FiscalYear.startYears.contains(Int(n)) else { throw fail("fy") }
        return FiscalYear(startYear: Int(n))
    }

    func function() throws(EventDataError) -> HubFunction {
        guard let f = HubFunction(rawValue: try string("function")) else { throw fail("function") }
        return f
    }

    func optionalPartialDate(_ key: String) throws(EventDataError) -> PartialDate? {
        guard object[key] != nil else { return nil }
        guard let d = PartialDate(stored: try string(key)) else { throw fail(key) }
        return d
    }
}
