import Calendar
import CouncilService
import Documents

/// `sheet`, `report …`, `scorecard`: the options turned into the document the service derives, then
/// printed in the format asked for.
struct DocumentCommands {
    let c: Context

    init(_ c: Context) {
        self.c = c
    }

    var language: DocumentLanguage { c.messages.language == .ja ? .ja : .en }

    /// `--format`, or json when `--json` was given.
    var format: DocumentFormat {
        if c.json { return .json }
        return c.command.value("format").flatMap(DocumentFormat.init(rawValue:)) ?? .md
    }

    func run(_ path: [String]) throws -> Int32 {
        // Options are read before the store is opened: a refused option leaves no trace.
        let request = try request(path)
        let point = try c.readingPoint()
        let document = try c.openService().document(request, at: point, language: language)
        Output.raw(format.render(document))
        return 0
    }

    func request(_ path: [String]) throws -> DocumentRequest {
        let isPublic = c.command.flag("public")
        func year() throws -> FiscalYear? { try c.command.value("fy").map { try CommandBuilder.fiscalYear($0, option: "fy") } }
        func day() throws -> CalendarDate? { try c.command.value("on").map { try CommandBuilder.date($0, option: "on") } }
        let subject = c.command.positionals.first ?? ""
        switch path {
        case ["sheet"]: return .reviewSheet(body: subject, year: try year())
        case ["report", "status"]: return .statusReport(body: subject, year: try year(), isPublic: isPublic)
        case ["report", "annual"]: return .annualReport(body: subject, year: try year())
        case ["report", "policy"]: return .policy(body: subject, year: try year())
        case ["report", "pdca"]: return .activityReport(year: try year(), body: c.command.value("body"))
        case ["report", "schedule"]: return .schedule(year: try year())
        case ["report", "steering"]: return .steeringAgenda(on: try day(), staleMonths: try c.number("stale-months") ?? 6)
        case ["report", "composition"]: return .composition(on: try day())
        case ["report", "plan"]:
            return .actionPlan(issue: subject, on: try c.command.value("as-of").map { try CommandBuilder.date($0, option: "as-of") })
        case ["report", "timeline"]: return .timeline(issue: subject, isPublic: isPublic)
        case ["report", "audit"]: return .auditTrail(recorded: try DateInput.span(c), isPublic: isPublic)
        default: return .scorecard(year: try year(), body: c.command.value("body"))
        }
    }
}
