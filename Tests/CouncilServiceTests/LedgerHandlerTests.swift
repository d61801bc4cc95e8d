import Calendar
import Council
import CouncilService
import JSON
import EventStore
import Testing

/// A ledger of its own, as a new module would bring one (DESIGN §13): counts of vacancies per
/// service, decided and recorded by the service's generic handler beside the council's records.
enum VacancyDecider: Decider {
    struct Report: Sendable { var service: String; var vacancies: Int; var on: CalendarDate }

    struct Reported: LedgerEvent, Equatable {
        var service: String
        var vacancies: Int
        var on: CalendarDate
        var typeName: String { "VacancyReported" }
        var stream: String { "vacancy-" + service }
        var data: JSONObject { ["service": .string(service), "vacancies": .int(Int64(vacancies)), "on": .string(on.description)] }

        static func decode(type: String, data: JSONObject) throws(EventDataError) -> Reported? {
            guard type == "VacancyReported" else { return nil }
            guard case .string(let s)? = data["service"], case .int(let n)? = data["vacancies"], case .string(let d)? = data["on"],
                  let on = CalendarDate(iso: d) else { throw EventDataError(type: "VacancyReported", field: "data") }
            return Reported(service: s, vacancies: Int(n), on: on)
        }
    }

    static let initialState: [String: Int] = [:]

    static func decide(_ command: Report, _ state: [String: Int]) throws(DomainError) -> [Reported] {
        guard command.vacancies >= 0 else { throw .emptyText(field: "vacancies") }
        if state[command.service] == command.vacancies { return [] }
        return [Reported(service: command.service, vacancies: command.vacancies, on: command.on)]
    }

    static func evolve(_ state: inout [String: Int], _ event: Reported) { state[event.service] = event.vacancies }

    static func streams(of command: Report) -> [String] { ["vacancy-" + command.service] }
}

@Suite struct LedgerHandlerTests {
    static let day = CalendarDate(year: 2024, month: 6, day: 1)!

    @Test func aNewLedgersCommandsAreDecidedAndRecordedByTheGenericHandler() throws {
        let f = try ServiceFixture()
        let first = try f.service.record(VacancyDecider.self, [.init(service: "grouphome-a", vacancies: 2, on: Self.day),
                                                                .init(service: "grouphome-b", vacancies: 0, on: Self.day)], actor: "secretariat")
        #expect(first.events.count == 2 && first.positions == 2...3)
        // Decided against the state the log holds: the same count again changes nothing.
        let again = try f.service.record(VacancyDecider.self, [.init(service: "grouphome-a", vacancies: 2, on: Self.day)], actor: "secretariat")
        #expect(again.events.isEmpty && again.positions == nil)
        let changed = try f.service.record(VacancyDecider.self, [.init(service: "grouphome-a", vacancies: 1, on: Self.day)], actor: "secretariat")
        #expect(changed.positions == 4...4)
        // The council's own reads pass over a record of another ledger.
        #expect(try f.service.council().name == "サンプル市障害者自立支援協議会")
    }

    @Test func aRefusalOfANewLedgerNamesItsCommandAndWritesNothing() throws {
        let f = try ServiceFixture()
        let before = f.service.head
        #expect {
            try f.service.record(VacancyDecider.self, [.init(service: "a", vacancies: 1, on: Self.day), .init(service: "b", vacancies: -1, on: Self.day)],
                                 actor: "secretariat")
        } throws: { error in (error as? Refusal)?.index == 1 }
        #expect(f.service.head == before)
    }
}

/// A ledger whose event has no way back from the log: what it writes would vanish on replay.
enum ForgetfulDecider: Decider {
    struct Noted: LedgerEvent {
        var typeName: String { "Noted" }
        var stream: String { "notes" }
        var on: CalendarDate { CalendarDate(year: 2024, month: 6, day: 1)! }
        var data: JSONObject { [:] }
        static func decode(type: String, data: JSONObject) throws(EventDataError) -> Noted? { nil }
    }

    static let initialState = 0
    static func decide(_ command: Int, _ state: Int) throws(DomainError) -> [Noted] { [Noted()] }
    static func evolve(_ state: inout Int, _ event: Noted) { state += 1 }
    static func streams(of command: Int) -> [String] { ["notes"] }
}

@Suite struct UnreadableEventTests {
    /// Before issue 12's review a council event without a decoder was written and then skipped on
    /// every replay: now the write is refused and names the type.
    @Test func anEventItsLedgerCannotReadBackIsNotWritten() throws {
        let f = try ServiceFixture()
        let before = f.service.head
        #expect {
            try f.service.record(ForgetfulDecider.self, [1], actor: "secretariat")
        } throws: { error in
            guard case .invalidEvent(_, let value, let reason)? = error as? StoreError else { return false }
            return value == "Noted" && reason.contains("vanish on replay")
        }
        #expect(f.service.head == before)
    }
}
