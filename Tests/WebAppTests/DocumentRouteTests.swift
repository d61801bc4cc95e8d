import Calendar
import CouncilService
import Testing
@testable import WebApp

/// Every document has an address; a 年度 is read in any form the command line takes; an address of
/// no document is nil, and a 年度 or day that cannot be read is refused naming it.
@Suite struct DocumentRouteTests {
    static let r6 = FiscalYear(startYear: 2024)

    static let cases: [(String, [String: String], DocumentRequest?)] = [
        ("sheet/soudan/R6", [:], .reviewSheet(body: "soudan", year: r6)),
        ("sheet/soudan/令和6年度", [:], .reviewSheet(body: "soudan", year: r6)),
        ("status/soudan/2024", ["public": "on"], .statusReport(body: "soudan", year: r6, isPublic: true)),
        ("annual/soudan/FY2024", [:], .annualReport(body: "soudan", year: r6)),
        ("pdca/2024", [:], .activityReport(year: r6)),
        ("pdca/unei/R6", [:], .activityReport(year: r6, body: "unei")),
        ("scorecard/2024", ["body": "soudan"], .scorecard(year: r6, body: "soudan")),
        ("scorecard/2024", ["body": ""], .scorecard(year: r6, body: nil)),
        ("schedule/R6", [:], .schedule(year: r6)),
        ("steering", ["on": "R7.2.10"], .steeringAgenda(on: CalendarDate(year: 2025, month: 2, day: 10)!, staleMonths: 6)),
        ("composition", [:], .composition(on: nil)),
        ("plan/K-0001", [:], .actionPlan(issue: "K-0001", on: nil)),
        ("timeline/K-0001", [:], .timeline(issue: "K-0001", isPublic: false)),
        ("sheet/soudan", [:], nil),
        ("nothing/here", [:], nil),
    ]

    @Test(arguments: cases) func anAddressNamesItsDocument(_ path: String, _ query: [String: String], _ expected: DocumentRequest?) throws {
        #expect(try DocumentRoute.request(segments: path.split(separator: "/").map(String.init), query: query) == expected)
    }

    @Test func aYearOrDayThatCannotBeReadIsRefusedByName() {
        #expect(throws: InputRefusal.self) { try DocumentRoute.request(segments: ["sheet", "soudan", "R99x"], query: [:]) }
        #expect(throws: InputRefusal.self) { try DocumentRoute.request(segments: ["steering"], query: ["on": "yesterday"]) }
        #expect(throws: InputRefusal.self) { try DocumentRoute.request(segments: ["steering"], query: ["stale-months": "0"]) }
    }

    @Test func linksAreBuiltFromEncodedIds() {
        #expect(DocumentRoute.path("sheet", body: "soudan", year: Self.r6) == "/documents/sheet/soudan/2024")
        #expect(DocumentRoute.path("sheet", body: "../x", year: Self.r6) == "/documents/sheet/%2E%2E%2Fx/2024")
    }
}
