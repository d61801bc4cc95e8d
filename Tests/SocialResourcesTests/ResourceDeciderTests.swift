import Calendar
import Council
import SocialResources
import Testing

func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// The resource registry decided and folded as a log replays it: providers listed, corrected and
/// closed; monthly vacancies per service; refusals in the ledger's own words.
@Suite struct ResourceDeciderTests {
    static let minami = Provider(id: "gh-minami", name: "グループホームみなみ", operatedBy: "社会福祉法人みなみ会", area: "中央地区",
                                 address: "サンプル市中央1-2-3", contact: "0000-00-0000",
                                 offers: [.init(service: .shortStay, places: 2), .init(service: .groupHome, places: 10)], openedOn: day("2019-04-01"))

    static func run(_ commands: [ResourceCommand]) throws -> (ResourceState, [ResourceEvent]) {
        var state = ResourceDecider.initialState
        var events: [ResourceEvent] = []
        for command in commands {
            for event in try ResourceDecider.decide(command, state) {
                ResourceDecider.evolve(&state, event)
                events.append(event)
            }
        }
        return (state, events)
    }

    @Test func providersAndTheirMonthlyVacanciesAreKept() throws {
        let (state, events) = try Self.run([
            .listProvider(Self.minami, on: day("2024-04-01")),
            .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 1, on: day("2024-05-01")),
            .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 0, on: day("2024-06-01")),
            .reportVacancy(provider: "gh-minami", service: .shortStay, vacancies: 2, on: day("2024-06-01")),
        ])
        #expect(events.count == 4 && events.allSatisfy { $0.stream == "resource-gh-minami" })
        let p = try #require(state.providers["gh-minami"])
        #expect(p.offers.map(\.service) == [.groupHome, .shortStay], "in the national order")
        let gh = ResourceState.Key(provider: "gh-minami", service: .groupHome)
        #expect(state.vacancy(gh, on: day("2024-05-15"))?.vacancies == 1 && state.vacancy(gh, on: day("2024-06-30"))?.vacancies == 0)
        #expect(state.vacancy(gh, on: day("2024-04-30")) == nil)
        // The same listing, and the same report again, record nothing.
        #expect(try ResourceDecider.decide(.listProvider(Self.minami, on: day("2024-07-01")), state).isEmpty)
        #expect(try ResourceDecider.decide(.reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 0, on: day("2024-06-01")), state).isEmpty)
    }

    @Test func everyEventReadsBackAsWritten() throws {
        let (_, events) = try Self.run([
            .listProvider(Self.minami, on: day("2024-04-01")),
            .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 3, on: day("2024-05-01")),
            .closeProvider(provider: "gh-minami", on: day("2025-03-31")),
        ])
        // Each event read back, and decided again as its command against the state before it, gives itself.
        var state = ResourceDecider.initialState
        for event in events {
            #expect(try ResourceEvent.decode(type: event.typeName, data: event.data) == event, "\(event.typeName)")
            #expect(try ResourceDecider.decide(ResourceCommand(recording: event), state) == [event], "\(event.typeName)")
            ResourceDecider.evolve(&state, event)
        }
        #expect(try ResourceEvent.decode(type: "HubProvisionSet", data: [:]) == nil)
    }

    static let refused: [(name: String, given: [ResourceCommand], command: ResourceCommand, code: String, field: String)] = {
        var noService = minami; noService.offers = []
        var twice = minami; twice.offers = [.init(service: .lifeCare, places: 20), .init(service: .lifeCare, places: 10)]
        var placesForCounselling = minami; placesForCounselling.offers = [.init(service: .planningConsultation, places: 3)]
        var named = minami; named.name = "みなみ\n山田"
        var badId = minami; badId.id = "みなみ"
        let listed = ResourceCommand.listProvider(minami, on: day("2024-04-01"))
        return [
            ("an id in another script", [], .listProvider(badId, on: day("2024-04-01")), "resource.invalidId", "provider"),
            ("no service", [], .listProvider(noService, on: day("2024-04-01")), "resource.noService", "service"),
            ("a service twice", [], .listProvider(twice, on: day("2024-04-01")), "resource.serviceTwice", "service"),
            ("places for consultation", [], .listProvider(placesForCounselling, on: day("2024-04-01")), "resource.places", "service"),
            ("a line break in the name", [], .listProvider(named, on: day("2024-04-01")), "resource.control", "name"),
            ("vacancies of an unknown provider", [], .reportVacancy(provider: "x", service: .groupHome, vacancies: 1, on: day("2024-05-01")), "resource.unknown", "provider"),
            ("vacancies of a service not offered", [listed], .reportVacancy(provider: "gh-minami", service: .lifeCare, vacancies: 1, on: day("2024-05-01")),
             "resource.notOffered", "service"),
            ("more vacancies than places", [listed], .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 11, on: day("2024-05-01")),
             "resource.vacancies", "vacancies"),
            ("negative vacancies", [listed], .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: -1, on: day("2024-05-01")),
             "resource.vacancies", "vacancies"),
            ("closed before it opened", [listed], .closeProvider(provider: "gh-minami", on: day("2019-03-31")), "resource.closeBeforeOpen", "on"),
            ("vacancies after it closed", [listed, .closeProvider(provider: "gh-minami", on: day("2025-03-31"))],
             .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 1, on: day("2025-05-01")), "resource.closed", "provider"),
        ]
    }()

    @Test(arguments: refused.indices)
    func aRefusalSaysWhichFieldInBothLanguages(_ i: Int) throws {
        let row = Self.refused[i]
        let (state, _) = try Self.run(row.given)
        do {
            _ = try ResourceDecider.decide(row.command, state)
            Issue.record("\(row.name): accepted")
        } catch {
            guard case .ledger(let r) = error else { Issue.record("\(row.name): \(error)"); return }
            #expect(r.code == row.code && r.field == row.field, "\(row.name): \(r)")
            #expect(!r.japanese.isEmpty && !r.english.isEmpty)
        }
    }

    @Test func serviceTypesReadTheirJapaneseNames() {
        #expect(ServiceType(input: "就労継続支援B型") == .employmentB && ServiceType(input: "GroupHome") == .groupHome && ServiceType(input: "デイ") == nil)
        #expect(!ServiceType.planningConsultation.hasPlaces && ServiceType.shortStay.hasPlaces)
    }
}
