import Calendar
import Council
import SupportHubs
import Testing
@testable import Documents

/// Kokubunji 003 (地域生活支援拠点等の運用状況の検証及び検討について, 令和3年度) recorded in the
/// 拠点 ledger as a secretariat would, and the table made from it checked against the seed's
/// columns, rows, lines and dates.
@Suite struct HubVerificationTableTests {
    static let year = FiscalYear(startYear: 2021)
    static let day = date("2022-03-24")
    static let nov = PartialDate.month(CalendarMonth(year: 2021, month: 11)!)

    static func entries(_ f: HubFunction, _ column: HubEntry.Column, _ lines: [String], when: PartialDate? = nil) -> [HubCommand] {
        lines.map { .recordEntry(HubEntry(function: f, fiscalYear: year, column: column, text: $0, when: when), on: day) }
    }

    static func kokubunji() throws -> HubState {
        var commands: [HubCommand] = [
            .setProvision(function: .consultation, fiscalYear: year, lines: ["●基幹相談支援センター", "●地域活動支援センター（３箇所）", "●相談支援事業所（９箇所）"], on: day),
            .setProvision(function: .emergency, fiscalYear: year, lines: ["●短期入所事業所（４箇所）"], on: day),
            .setProvision(function: .experience, fiscalYear: year, lines: ["●短期入所事業所（４箇所）"], on: day),
            .setProvision(function: .specialists, fiscalYear: year, lines: ["●基幹相談支援センター", "●地域活動支援センターつばさ"], on: day),
            .setProvision(function: .community, fiscalYear: year, lines: ["●基幹相談支援センター", "●地域活動支援センター（３箇所）", "●相談支援事業所（９箇所）"], on: day),
        ]
        commands += entries(.consultation, .operation, ["●相談支援事業所間や市との連携による相談対応", "●緊急利用対象者の事前把握の実施"])
        commands += entries(.consultation, .challenge, ["●他分野との連携強化", "●24時間の相談体制", "●緊急利用対象者で未把握となっている方への対応"])
        commands += entries(.consultation, .note, ["●令和２年度に新規開設した相談支援事業所を地域生活支援拠点等に位置付け"], when: nov)
        commands += entries(.consultation, .note, ["●緊急利用対象者の事前面談を進め，把握済の方については情報を適宜更新"], when: .fiscalYear(year))
        commands += entries(.emergency, .operation, ["●【緊急入所保護事業】各施設間の連携・協力のもと，基幹相談支援センターが中心となり，市とも連携しながら緊急時の短期入所受入れ利用調整を実施（２４時間３６５日）"])
        commands += entries(.emergency, .challenge, ["●緊急時個別支援計画の作成", "●他分野との連携強化"])
        commands += entries(.emergency, .note, ["●既存の「障害者等緊急入所保護事業」を活用し，在宅要介護者に対しての受入を市内３法人と契約"],
                            when: .month(CalendarMonth(year: 2021, month: 7)!))
        commands += entries(.emergency, .note, ["●短期入所事業所を地域生活支援拠点等に位置付け"], when: nov)
        commands += entries(.experience, .operation, ["●体験型短期入所の実施（グループホーム及び日中活動系サービスの体験利用は各事業者で実施）"])
        commands += entries(.experience, .challenge, ["●体験の機会・場のニーズ把握", "●障害特性やライフステージ等に応じた体験の機会・場の確保", "●体験型グループホームの地域生活支援拠点への位置付け"])
        commands += entries(.experience, .note, ["●短期入所事業所を地域生活支援拠点等に位置付け"], when: nov)
        commands += entries(.experience, .note, ["●グループホームを地域生活支援拠点等に位置付けることについて検討"], when: .fiscalYear(year))
        commands += entries(.specialists, .operation, ["●相談支援専門員・支援者向け研修の実施"])
        commands += entries(.specialists, .challenge, ["●行動障害や重症心身障害がある方，医療的ケアが必要な方及び高齢化に伴い重度化した方を支援できる人材の育成や事業所の確保", "●福祉人材の養成と活用"])
        commands += entries(.specialists, .note, ["●市民福祉講座，支援者向け虐待防止研修，ネットワーク研修（３回），ブラッシュアップ研修等を実施"], when: .fiscalYear(year))
        commands += entries(.community, .operation, ["●地域ネットワーク研修の実施", "●自立支援協議会における地域の社会資源等の検討", "●【相談支援事業所連絡会】支援困難事例等についての課題検討及び情報共有"])
        commands += entries(.community, .challenge, ["●地域生活支援拠点の各機能の連携強化", "●提供サービスごとの連携強化", "●障害種別ごとの連携強化"])
        commands += entries(.community, .note, ["●地域ネットワーク研修を，地域移行・高齢福祉・児童をテーマに実施し，関係機関との連携を強化",
                                                "●地域自立支援協議会を中心とした様々な取組を実施"], when: .fiscalYear(year))
        commands += entries(.community, .note, ["●令和２年度に新規開設した相談支援事業所を地域生活支援拠点等に位置付け"], when: nov)
        commands += entries(.community, .note, ["●相談支援事業所連絡会を12回開催し，情報共有や事例勉強会等を実施"], when: .fiscalYear(year))
        commands.append(.verifyYear(fiscalYear: year, on: day))
        var state = HubDecider.initialState
        for command in commands {
            for event in try HubDecider.decide(command, state) { HubDecider.evolve(&state, event) }
        }
        return state
    }

    @Test func kokubunjisTableOfReiwa3() throws {
        let d = HubVerificationTable(state: try Self.kokubunji(), year: Self.year, municipality: "国分寺市", language: .ja).document()
        #expect(d.title == "地域生活支援拠点等の運用状況の検証及び検討について" && d.byline == ["令和4年3月24日"])
        guard case .table(let table) = d.blocks.first else { Issue.record("no table"); return }
        #expect(table.header == ["主な機能", "国が示す機能", "国分寺市の拠点機能", "国分寺市の運用状況", "課題", "特記事項"])
        #expect(table.rows.map { $0[0] } == ["相談", "緊急時の受け入れ・対応", "体験の機会・場", "専門的人材の確保・養成", "地域の体制づくり"])
        #expect(table.rows[0][1].hasPrefix("地域定着支援を活用しながら，コーディネーターを配置し") && table.rows[4][1].hasSuffix("連携体制の構築等を行う機能"))
        func lines(_ row: Int, _ column: Int) -> [Substring] { table.rows[row][column].split(separator: "\n") }
        // Lines per cell, as the seed's ● items: 拠点機能, 運用状況, 課題, 特記事項.
        #expect([0, 1, 2, 3, 4].map { r in [2, 3, 4, 5].map { lines(r, $0).count } } == [[3, 2, 3, 2], [1, 1, 2, 2], [1, 1, 3, 2], [2, 1, 2, 1], [3, 3, 3, 4]])
        #expect(lines(0, 5)[0] == "●令和２年度に新規開設した相談支援事業所を地域生活支援拠点等に位置付け（令和3年11月）")
        #expect(lines(1, 5)[0].hasSuffix("（令和3年7月）") && lines(2, 5)[1].hasSuffix("（令和3年度）"))
    }

    @Test func aYearNotYetVerifiedSaysSo() throws {
        let d = HubVerificationTable(state: HubState(), year: Self.year, municipality: "", language: .en).document()
        #expect(d.byline == ["(The council's verification is not recorded yet.)"])
        guard case .table(let table) = d.blocks.first else { Issue.record("no table"); return }
        #expect(table.header[2] == "Provision in the city" && table.rows.count == 5 && table.rows.allSatisfy { $0[2...].allSatisfy(\.isEmpty) })
    }
}
