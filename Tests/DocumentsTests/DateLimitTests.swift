import Calendar
import Council
import Testing
@testable import Documents

/// Typed input stops at 1873…2100, but a record may hold any day of years 1…9999 (written by an
/// older kadai, or imported). Every document and the site must print for those days, not trap.
@Suite struct DateLimitTests {
    /// A council whose whole history sits on the first three months of year 1 (fiscal year 0)
    /// and the last day of 9999, every kind of record at least once.
    static let council: SampleCouncil = {
        var c = SampleCouncil()
        let first = date("0001-01-01"), last = CalendarDate.latest
        c.run(.initialise(CouncilInitialised(name: "端の協議会", on: first)))
        c.run(.establishBody(BodyEstablished(body: "soudan", name: "相談支援部会", kind: .subcommittee, on: first)))
        c.run(.establishBody(BodyEstablished(body: "unei", name: "運営会議", kind: .steering, on: first)))
        c.run(.appointMember(MemberAppointed(body: "soudan", member: "kikan", affiliation: "基幹相談支援センター", category: .consultationSupport,
                                             role: .chair, partyConcerned: false, on: first)))
        c.run(.setBodyPolicy(BodyPolicySet(body: "soudan", fiscalYear: fy(0), policy: "方針", plan: "取組", on: first)))
        c.run(.recordMeeting(body: "soudan", on: first, number: nil, format: .inPerson, agenda: ["議題"], issues: [], decisions: []))
        c.run(.recordMeeting(body: "unei", on: date("0001-03-31"), number: nil, format: .inPerson, agenda: ["議題"], issues: [], decisions: []))
        c.run(.raiseIssue(IssueRaised(issue: "", title: "端の課題", raisedBy: "soudan", categories: [], groups: [], on: first)))
        c.run(.planIssue(issue: "K-0001", goal: "目指す姿", actions: [PlannedAction(number: 1, who: "部会", toward: "市", what: "冊子", due: last,
                                                                                  functions: [.information])], on: date("0001-01-02")))
        c.run(.logActivity(ActivityLogged(issue: "K-0001", summary: "作成", kind: .deliverable, advances: [ActionAdvance(action: 1, status: .inProgress)],
                                         functions: [.education], on: date("0001-01-03"))))
        c.run(.carryOverIssue(issue: "K-0001", note: nil, on: date("0001-02-01")))
        c.run(.evaluateIssue(IssueEvaluated(issue: "K-0001", fiscalYear: fy(0), outcome: "成果", functions: [.education], decision: .continue,
                                            on: date("0001-03-31"))))
        c.run(.renameBody(body: "soudan", name: "新しい部会", on: date("0001-02-01")))
        c.run(.pauseBody(BodyPaused(body: "unei", on: date("0001-01-02"))))
        c.run(.resumeBody(BodyResumed(body: "unei", on: date("0001-01-03"))))
        c.run(.recordReview(BodyYearReviewed(body: "soudan", fiscalYear: fy(0), comments: [], functions: [.evaluation], next: .continue,
                                             on: date("0001-03-31"))))
        c.run(.setBodyPolicy(BodyPolicySet(body: "soudan", fiscalYear: fy(9999), policy: "方針", on: last)))
        c.run(.recordMeeting(body: "soudan", on: last, number: nil, format: .online, agenda: ["議題"], issues: ["K-0001"], decisions: []))
        c.run(.raiseIssue(IssueRaised(issue: "", title: "最後の課題", raisedBy: "soudan", categories: [], groups: [], on: last)))
        // Carried over from FY9999, which has no next year to name: this trapped in the decider.
        c.run(.carryOverIssue(issue: "K-0002", note: nil, on: last))
        c.run(.evaluateIssue(IssueEvaluated(issue: "K-0002", fiscalYear: fy(9999), outcome: "成果", functions: [], decision: .close, reason: "解決", on: last)))
        c.run(.recordReview(BodyYearReviewed(body: "soudan", fiscalYear: fy(9999), comments: [], functions: [], next: .end, reason: "終了", on: last)))
        c.run(.closeIssue(IssueClosed(issue: "K-0002", reason: .resolved, on: last)))
        c.run(.dissolveBody(BodyDissolved(body: "unei", on: last)))
        return c
    }()

    static let years = [fy(0), fy(1), fy(9998), fy(9999)]
    static let days = [date("0001-01-01"), date("0001-02-15"), date("0001-03-31"), date("9999-12-30"), CalendarDate.latest]

    static func documents(_ language: DocumentLanguage) -> [Document] {
        let record = council.record
        var documents: [Document] = []
        for year in years {
            documents += [Schedule(record: record, year: year, language: language).document(),
                          Scorecard(record: record, year: year, language: language).document(),
                          ActivityReport(record: record, year: year, language: language).document()]
            for body in record.state.bodiesInOrder {
                documents += [ReviewSheet(record: record, body: body, year: year, language: language).document(),
                              StatusReport(record: record, body: body, year: year, language: language).document(),
                              AnnualReport(record: record, body: body, year: year, language: language, today: .latest).document()]
            }
        }
        for day in days {
            documents += [SteeringAgenda(record: record, on: day, language: language).document(),
                          Composition(record: record, on: day, language: language).document()]
            for issue in record.state.issuesInOrder {
                documents.append(ActionPlanSheet(record: record, issue: issue, on: day, language: language).document())
            }
        }
        for issue in record.state.issuesInOrder {
            documents.append(AuditTrail(record: record, issue: issue, language: language).document())
        }
        return documents
    }

    @Test(arguments: DocumentLanguage.allCases)
    func everyDocumentPrintsForDaysAtTheCalendarsEnds(_ language: DocumentLanguage) {
        let documents = Self.documents(language)
        for format in DocumentFormat.allCases {
            #expect(documents.allSatisfy { !format.render($0).isEmpty })
        }
    }

    @Test(arguments: DocumentLanguage.allCases)
    func theSitePrintsForYearsAtTheCalendarsEnds(_ language: DocumentLanguage) {
        for (year, on) in [(fy(0), date("0001-03-31")), (fy(1), date("0001-04-01")), (fy(9999), CalendarDate.latest)] {
            let files = Site(record: Self.council.record, year: year, on: on, language: language).files()
            #expect(files.contains { $0.path == "index.html" })
            #expect(SiteLinks.broken(in: files).isEmpty, "\(year)")
        }
    }

    @Test func aCarryOverFromTheLastYearStaysInIt() throws {
        let carried = Self.council.events.compactMap { e -> IssueCarriedOver? in
            if case .issueCarriedOver(let c) = e.event { return c } else { return nil }
        }
        #expect(carried.map(\.to) == [fy(1), fy(9999)])
    }
}
