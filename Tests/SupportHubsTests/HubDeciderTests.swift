import Calendar
import Council
import JSON
import SupportHubs
import Testing

func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
let r3 = FiscalYear(startYear: 2021)

/// The 拠点 ledger decided and folded as a log replays it: Kokubunji 003's rows, registrations and
/// the year's verification; refusals in the ledger's own words.
@Suite struct HubDeciderTests {
    static func run(_ commands: [HubCommand]) throws -> (HubState, [HubEvent]) {
        var state = HubDecider.initialState
        var events: [HubEvent] = []
        for command in commands {
            for event in try HubDecider.decide(command, state) {
                HubDecider.evolve(&state, event)
                events.append(event)
            }
        }
        return (state, events)
    }

    static let kokubunji: [HubCommand] = [
        .setProvision(function: .consultation, fiscalYear: r3, lines: ["●基幹相談支援センター", "●地域活動支援センター（３箇所）", "●相談支援事業所（９箇所）"], on: day("2022-03-24")),
        .recordEntry(HubEntry(function: .consultation, fiscalYear: r3, column: .operation, text: "●緊急利用対象者の事前把握の実施"), on: day("2022-03-24")),
        .recordEntry(HubEntry(function: .consultation, fiscalYear: r3, column: .challenge, text: "●24時間の相談体制"), on: day("2022-03-24")),
        .recordEntry(HubEntry(function: .consultation, fiscalYear: r3, column: .note, text: "●令和２年度に新規開設した相談支援事業所を地域生活支援拠点等に位置付け",
                              when: .month(CalendarMonth(year: 2021, month: 11)!)), on: day("2022-03-24")),
        .registerProvider(provider: "sodan-new", name: "新規開設の相談支援事業所", functions: [.community, .consultation], on: day("2021-11-01")),
        .verifyYear(fiscalYear: r3, on: day("2022-03-24")),
    ]

    @Test func aYearsRowsRegistrationsAndVerificationAreKept() throws {
        let (state, events) = try Self.run(Self.kokubunji)
        #expect(events.count == 6 && events.allSatisfy { $0.stream == "hubs" })
        let row = state.row(.consultation, in: r3)
        #expect(row.provision.count == 3 && row.entries(.operation).count == 1 && row.entries(.challenge).count == 1)
        #expect(row.entries(.note).first?.when?.wareki == "令和3年11月")
        #expect(state.current("sodan-new")?.functions == [.consultation, .community], "in the national order")
        #expect(state.verified[r3] == day("2022-03-24"))
        // The same provision again records nothing.
        #expect(try HubDecider.decide(Self.kokubunji[0], state).isEmpty)
    }

    @Test func everyEventReadsBackAsWritten() throws {
        let (_, events) = try Self.run(Self.kokubunji + [.endRegistration(provider: "sodan-new", on: day("2023-03-31"))])
        for event in events {
            #expect(try HubEvent.decode(type: event.typeName, data: event.data) == event, "\(event.typeName)")
        }
        #expect(try HubEvent.decode(type: "IssueRaised", data: [:]) == nil, "another ledger's record is not this one's")
        #expect(throws: EventDataError(type: "HubProvisionSet", field: "function")) {
            try HubEvent.decode(type: "HubProvisionSet", data: ["function": .string("nothing"), "fy": .int(2021), "lines": .array([]), "on": .string("2021-04-01")])
        }
    }

    static let refused: [(name: String, given: [HubCommand], command: HubCommand, code: String, field: String?)] = [
        ("no provision", [], .setProvision(function: .emergency, fiscalYear: r3, lines: [" "], on: day("2021-04-01")), "hub.empty", "line"),
        ("an entry dated outside its year", [], .recordEntry(HubEntry(function: .emergency, fiscalYear: r3, column: .note, text: "t",
                                                                        when: .month(CalendarMonth(year: 2022, month: 4)!)), on: day("2021-04-01")), "hub.entryOutsideYear", "when"),
        ("a control character", [], .recordEntry(HubEntry(function: .emergency, fiscalYear: r3, column: .operation, text: "a\u{1B}]0;x\u{7}"), on: day("2021-04-01")),
         "hub.control", "text"),
        ("an id in another script", [], .registerProvider(provider: "相談", name: "n", functions: [.consultation], on: day("2021-04-01")), "hub.invalidProvider", "provider"),
        ("no function", [], .registerProvider(provider: "a", name: "n", functions: [], on: day("2021-04-01")), "hub.noFunction", "function"),
        ("registered twice", [.registerProvider(provider: "a", name: "n", functions: [.emergency], on: day("2021-04-01"))],
         .registerProvider(provider: "a", name: "n", functions: [.emergency], on: day("2021-05-01")), "hub.alreadyRegistered", "provider"),
        ("ended unregistered", [], .endRegistration(provider: "a", on: day("2021-04-01")), "hub.notRegistered", "provider"),
        ("ended before it began", [.registerProvider(provider: "a", name: "n", functions: [.emergency], on: day("2021-04-01"))],
         .endRegistration(provider: "a", on: day("2021-03-01")), "hub.endBeforeRegistration", "on"),
        ("verified twice", [.verifyYear(fiscalYear: r3, on: day("2022-03-24"))], .verifyYear(fiscalYear: r3, on: day("2022-03-25")), "hub.alreadyVerified", "fy"),
    ]

    @Test(arguments: refused.indices)
    func aRefusalSaysWhichFieldInBothLanguages(_ i: Int) throws {
        let row = Self.refused[i]
        let (state, _) = try Self.run(row.given)
        do {
            _ = try HubDecider.decide(row.command, state)
            Issue.record("\(row.name): accepted")
        } catch {
            guard case .ledger(let r) = error else { Issue.record("\(row.name): \(error)"); return }
            #expect(r.code == row.code && r.field == row.field, "\(row.name): \(r)")
            #expect(!r.japanese.isEmpty && !r.english.isEmpty && !r.japanese.contains("\u{1B}"), "\(row.name)")
        }
    }

    @Test func aRegistrationEndedMayBeginAgain() throws {
        let (state, _) = try Self.run([.registerProvider(provider: "a", name: "短期入所A", functions: [.emergency, .experience], on: day("2021-11-01")),
                                       .endRegistration(provider: "a", on: day("2023-03-31")),
                                       .registerProvider(provider: "a", name: "短期入所A", functions: [.emergency], on: day("2024-04-01"))])
        #expect(state.registrations.count == 2 && state.registrations[0].endedOn == day("2023-03-31"))
        #expect(state.registrations[0].isActive(on: day("2023-03-30")) && !state.registrations[0].isActive(on: day("2023-03-31")))
        #expect(HubFunction(input: "緊急時の受け入れ・対応") == .emergency && HubFunction(input: "Community") == .community && HubFunction(input: "x") == nil)
    }
}
