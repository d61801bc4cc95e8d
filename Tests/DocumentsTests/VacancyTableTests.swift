import Calendar
import Council
import SocialResources
import Testing
@testable import Documents

/// 空き情報 for a month: each provider's services with places, the month's figure or 未報告, and
/// the change since the month before; closed providers and services without places left out.
@Suite struct VacancyTableTests {
    static func registry() throws -> ResourceState {
        let gh = Provider(id: "gh-minami", name: "グループホームみなみ", operatedBy: "社会福祉法人みなみ会", area: "中央地区", address: "サンプル市中央1-2-3",
                          offers: [.init(service: .groupHome, places: 10), .init(service: .shortStay, places: 2)])
        let life = Provider(id: "life-kita", name: "生活介護きた", operatedBy: "NPO法人きた", area: "北地区", address: "サンプル市北2-1",
                            offers: [.init(service: .lifeCare, places: 20), .init(service: .planningConsultation)])
        let closed = Provider(id: "gh-old", name: "閉所したホーム", operatedBy: "法人", area: "中央地区", address: "サンプル市中央9",
                              offers: [.init(service: .groupHome, places: 4)])
        var state = ResourceDecider.initialState
        let commands: [ResourceCommand] = [
            .listProvider(gh, on: date("2024-04-01")), .listProvider(life, on: date("2024-04-01")), .listProvider(closed, on: date("2024-04-01")),
            .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 2, on: date("2024-05-01")),
            .reportVacancy(provider: "gh-minami", service: .groupHome, vacancies: 1, on: date("2024-06-03")),
            .reportVacancy(provider: "gh-minami", service: .shortStay, vacancies: 1, on: date("2024-06-03")),
            .reportVacancy(provider: "life-kita", service: .lifeCare, vacancies: 3, on: date("2024-05-02")),
            .closeProvider(provider: "gh-old", on: date("2024-05-31")),
        ]
        for c in commands { for e in try ResourceDecider.decide(c, state) { ResourceDecider.evolve(&state, e) } }
        return state
    }

    @Test func theMonthsFiguresWithTheChangeSinceTheMonthBefore() throws {
        let d = VacancyTable(state: try Self.registry(), month: CalendarMonth(year: 2024, month: 6)!, language: .ja).document()
        #expect(d.title == "空き情報（令和6年6月末現在）")
        guard case .table(let t) = d.blocks.first else { Issue.record("no table"); return }
        #expect(t.header == ["地区", "事業所", "サービス", "定員", "空き", "前月との差"])
        #expect(t.rows == [
            ["中央地区", "グループホームみなみ", "共同生活援助", "10", "1", "-1"],
            ["中央地区", "グループホームみなみ", "短期入所", "2", "1", ""],
            ["北地区", "生活介護きた", "生活介護", "20", "未報告", ""],
        ])
    }
}
