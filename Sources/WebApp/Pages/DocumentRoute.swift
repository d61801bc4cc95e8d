import Calendar
import CouncilService

/// The address of every document kadai makes (DESIGN §11): `/documents/sheet/soudan/R6`,
/// `/documents/pdca/2024`, `/documents/plan/K-0001`, `/documents/steering?on=R8.2.10` …; the 年度
/// in any form the command line takes. `path` and `query` are what the address says, decoded.
public enum DocumentRoute {
    /// The request the address names, or nil when it names no document; a 年度 or day that cannot
    /// be read is an `InputRefusal` naming it.
    public static func request(segments: [String], query: [String: String]) throws(InputRefusal) -> DocumentRequest? {
        func year(_ text: String?) throws(InputRefusal) -> FiscalYear? {
            guard let text, !text.isEmpty else { return nil }
            return try CommandInput.fiscalYear(text, field: "fy")
        }
        func day(_ name: String) throws(InputRefusal) -> CalendarDate? {
            guard let text = query[name], !text.isEmpty else { return nil }
            return try CommandInput.date(text, field: name)
        }
        let isPublic = query["public"] == "on"
        switch (segments.first, segments.count) {
        case ("sheet", 3): return .reviewSheet(body: segments[1], year: try year(segments[2]))
        case ("status", 3): return .statusReport(body: segments[1], year: try year(segments[2]), isPublic: isPublic)
        case ("annual", 3): return .annualReport(body: segments[1], year: try year(segments[2]))
        case ("policy", 3): return .policy(body: segments[1], year: try year(segments[2]))
        case ("pdca", 2): return .activityReport(year: try year(segments[1]))
        case ("pdca", 3): return .activityReport(year: try year(segments[2]), body: segments[1])
        case ("scorecard", 2): return .scorecard(year: try year(segments[1]), body: query["body"].flatMap { $0.isEmpty ? nil : $0 })
        case ("schedule", 2): return .schedule(year: try year(segments[1]))
        case ("steering", 1):
            let months = query["stale-months"].flatMap { Int($0) } ?? 6
            guard (1...120).contains(months) else {
                throw InputRefusal(field: "stale-months") { japanese, name in
                    japanese ? "\(name) には1から120までの月数を指定してください。" : "\(name) takes a number of months from 1 to 120."
                }
            }
            return .steeringAgenda(on: try day("on"), staleMonths: months)
        case ("composition", 1): return .composition(on: try day("on"))
        case ("plan", 2): return .actionPlan(issue: segments[1], on: try day("as-of"))
        case ("timeline", 2): return .timeline(issue: segments[1], isPublic: isPublic)
        default: return nil
        }
    }

    /// The address of a document for a body's year, for the pages that link to it.
    public static func path(_ kind: String, body: String? = nil, year: FiscalYear? = nil) -> String {
        (["/documents", IssuePaths.encode(kind)] + [body.map(IssuePaths.encode), year.map { "\($0.startYear)" }].compactMap { $0 })
            .joined(separator: "/")
    }
}
