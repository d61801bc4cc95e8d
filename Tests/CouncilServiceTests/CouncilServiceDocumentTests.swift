import Calendar
import Council
import CouncilService
import Documents
import EventStore
import Testing

/// Documents in process: every request gives its document, a body outside its years and a day
/// before anything are refused by field, and a service that lives on sees what is recorded after
/// its first read, by itself or by another process.
@Suite struct CouncilServiceDocumentTests {
    static let year = FiscalYear(startYear: 2024)

    static func council() throws -> ServiceFixture {
        let f = try CouncilServiceReadTests.council()
        try f.record("meeting record", "soudan", ["on": ["2024-06-10"], "agenda": ["住まいの課題"], "issue": ["K-0001"]])
        return f
    }

    static let requests: [(DocumentRequest, String)] = [
        (.reviewSheet(body: "soudan", year: year), "sheet"),
        (.statusReport(body: "soudan", year: year, isPublic: true), "status"),
        (.annualReport(body: "soudan", year: year), "annual"),
        (.activityReport(year: year), "pdca"),
        (.scorecard(year: year, body: nil), "scorecard"),
        (.scorecard(year: year, body: "soudan"), "scorecard"),
        (.schedule(year: year), "schedule"),
        (.steeringAgenda(on: CalendarDate(year: 2024, month: 9, day: 1)!, staleMonths: 6), "steering"),
        (.composition(on: CalendarDate(year: 2024, month: 9, day: 1)!), "composition"),
        (.actionPlan(issue: "K-0001", on: nil), "actionPlan"),
        (.timeline(issue: "K-0001", isPublic: false), "timeline"),
        (.auditTrail(recorded: Timestamp.earliest...Timestamp.latest, isPublic: true), "audit"),
    ]

    @Test(arguments: requests) func everyRequestGivesItsDocument(_ request: DocumentRequest, _ kind: String) throws {
        let f = try Self.council()
        let document = try f.service.document(request, language: .ja)
        #expect(document.kind == kind && !document.title.isEmpty)
    }

    @Test func whatTheDocumentIsAboutIsRefusedByName() throws {
        let f = try Self.council()
        #expect(throws: DomainError.unknownBody("sodan", known: [])) { try f.service.document(.reviewSheet(body: "sodan", year: Self.year), language: .ja) }
        #expect(throws: DomainError.unknownIssue("K-0404", known: [])) { try f.service.document(.actionPlan(issue: "K-0404", on: nil), language: .ja) }
        let early = FiscalYear(startYear: 2000)
        #expect(throws: QueryRefusal.bodyNotSetUpYet("soudan", on: CalendarDate(year: 2024, month: 4, day: 1)!, year: early, field: "fy")) {
            try f.service.document(.reviewSheet(body: "soudan", year: early), language: .ja)
        }
        let before = CalendarDate(year: 2001, month: 1, day: 1)!
        #expect(throws: QueryRefusal.nothingRecordedYet(on: before, field: "on")) { try f.service.document(.composition(on: before), language: .ja) }
    }

    @Test func aRefusalNamesItsFieldAsEachFrontDoes() {
        let refusal = QueryRefusal.yearNotBegun(FiscalYear(startYear: 2099), field: "fy")
        #expect(RefusalText(japanese: false).describe(refusal) == "FY2099 has not begun yet. Give --fy this fiscal year or an earlier one.")
        #expect(RefusalText(japanese: true).describe(refusal, fieldName: { _ in "「年度」" }).contains("「年度」 には今年度かそれより前の年度"))
    }

    @Test func aServiceThatLivesOnSeesWhatIsRecordedAfterItsFirstRead() throws {
        let f = try Self.council()
        let first = try f.service.document(.activityReport(year: Self.year), language: .ja)
        try f.record("issue raise", "", ["title": ["移動の手段がない"], "by": ["soudan"], "on": ["2024-08-01"]])
        // Another process appends too: the service catches up with the log, not only with itself.
        let other = try CouncilService.open(at: f.store)
        try other.record([.raiseIssue(IssueRaised(issue: "", title: "相談先が分からない", raisedBy: "kodomo", categories: [], groups: [],
                                                  on: CalendarDate(year: 2024, month: 9, day: 1)!))], as: ServiceFixture.caller)
        _ = other.finishWriting()
        let later = try f.service.document(.activityReport(year: Self.year), language: .ja)
        let text = DocumentFormat.md.render(later)
        #expect(!DocumentFormat.md.render(first).contains("移動の手段がない"))
        #expect(text.contains("移動の手段がない") && text.contains("相談先が分からない"))
        // A day before the latest event is read as of that day; the model held stays at the head.
        let july = try f.service.document(.composition(on: CalendarDate(year: 2024, month: 4, day: 2)!), language: .ja)
        #expect(july.kind == "composition")
        #expect(DocumentFormat.md.render(try f.service.document(.activityReport(year: Self.year), language: .ja)) == text)
    }

    @Test func aSiteIsRefusedForAYearNotBegunAndIsPlainPagesOtherwise() throws {
        let f = try Self.council()
        #expect(throws: QueryRefusal.yearNotBegun(FiscalYear(startYear: 2099), field: "fy")) {
            try f.service.site(year: FiscalYear(startYear: 2099), language: .ja)
        }
        let site = try f.service.site(year: Self.year, language: .ja)
        #expect(site.files.contains { $0.path == "index.html" } && site.files.allSatisfy { CouncilService.isPlainPath($0.path) })
        #expect(site.files.allSatisfy { !$0.html.contains("secretariat") }, "nothing internal is published")
    }
}
