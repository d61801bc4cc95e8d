import Calendar
import SupportHubs
import Testing
@testable import Documents

/// The 拠点 registration list on a day: who is registered, for what, since when; the count per
/// function; registrations ended by then apart.
@Suite struct HubRegistrationListTests {
    @Test func theRegisteredOnADayAndTheirFunctions() throws {
        var state = HubDecider.initialState
        let commands: [HubCommand] = [
            .registerProvider(provider: "sodan-a", name: "相談支援事業所A", functions: [.consultation, .community], on: date("2023-05-01")),
            .registerProvider(provider: "sodan-b", name: "相談支援事業所B", functions: [.consultation], on: date("2023-05-01")),
            .registerProvider(provider: "short-a", name: "短期入所A", functions: [.emergency, .experience], on: date("2023-06-01")),
            .registerProvider(provider: "short-b", name: "短期入所B", functions: [.emergency], on: date("2023-06-01")),
            .endRegistration(provider: "short-b", on: date("2024-01-31")),
            .registerProvider(provider: "gh-c", name: "グループホームC", functions: [.experience], on: date("2024-04-15")),
        ]
        for c in commands { for e in try HubDecider.decide(c, state) { HubDecider.evolve(&state, e) } }
        let d = HubRegistrationList(state: state, day: date("2024-03-31"), language: .ja).document()
        #expect(d.title == "地域生活支援拠点等の登録事業所（令和6年3月31日時点）")
        guard case .table(let active) = d.blocks[0], case .fields(let counts) = d.blocks[1], case .table(let ended) = d.blocks[3] else {
            Issue.record("\(d.blocks)"); return
        }
        #expect(active.rows == [["相談支援事業所A", "相談・地域の体制づくり", "令和5年5月1日"], ["相談支援事業所B", "相談", "令和5年5月1日"],
                                ["短期入所A", "緊急時の受け入れ・対応・体験の機会・場", "令和5年6月1日"]])
        #expect(counts.map(\.value) == ["2件", "1件", "1件", "0件", "1件"])
        #expect(ended.rows == [["短期入所B", "緊急時の受け入れ・対応", "令和5年6月1日", "令和6年1月31日"]])
    }
}
