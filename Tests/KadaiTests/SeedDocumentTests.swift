import Foundation
import Testing

/// Each seed document (the councils' own public reports in ../shared/seeds/) entered from a fixture
/// of its facts, as a secretariat would, and the document kadai makes checked against the seed's
/// sections, labels, counts and dates (issue 14). The fixtures name organisations only.
@Suite struct SeedDocumentTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds")

    /// A document as `--format json` gives it: its blocks in order.
    struct Blocks: Decodable {
        struct Table: Decodable { var header: [String]; var rows: [[String]] }
        struct Block: Decodable { var heading: String?; var bullets: [String]?; var table: Table?; var paragraph: String? }
        var title: String
        var blocks: [Block]

        var headings: [String] { blocks.compactMap(\.heading) }
        /// The table that follows `heading`.
        func table(after heading: String) -> Table? {
            guard let i = blocks.firstIndex(where: { $0.heading == heading }) else { return nil }
            return blocks[(i + 1)...].first { $0.table != nil || $0.heading != nil }?.table
        }
        func bullets(after heading: String) -> [String]? {
            guard let i = blocks.firstIndex(where: { $0.heading == heading }) else { return nil }
            return blocks[(i + 1)...].first { $0.bullets != nil || $0.heading != nil }?.bullets
        }
    }

    static func council(_ fixture: String, name: String, since: String) throws -> CouncilStore {
        let council = try CouncilStore("seed-" + fixture)
        // The fixture's council began before kadai's scratch council did.
        try FileManager.default.removeItem(atPath: council.store)
        try initStore(council.store, council: name, "--on", since)
        try council.ok("apply", fixtures.appendingPathComponent(fixture + ".jsonl").path)
        return council
    }

    /// 国分寺市 相談支援部会 令和２年度 年間活動報告書 and 令和３年度 年間活動計画書 (seed 000).
    @Test func kokubunjiSoudanAnnualReportAndPlan() throws {
        let council = try Self.council("kokubunji-soudan", name: "国分寺市障害者地域自立支援協議会", since: "2012-04-01")
        let d: Blocks = try council.ok("report", "annual", "soudan", "--fy", "R2", "--format", "json", "--lang", "ja").decode()
        #expect(d.title == "令和2年度 相談支援部会 年間活動報告書・令和3年度 年間活動計画書")
        #expect(d.headings == ["令和2年度 相談支援部会 年間活動報告書", "【令和2年度部会の主な取組内容】", "【活動の状況】", "【成果・活動から見えてきたことなど】",
                               "令和3年度 相談支援部会 年間活動計画書", "【令和3年度部会の主な取組予定】", "【活動内容及びスケジュールなど】", "【その他】"])
        #expect(d.bullets(after: "【令和2年度部会の主な取組内容】") == ["◆ 新型コロナウイルスへの対応の検証と今後の対策を検討", "◆ 教育分野との更なる連携について検討"])

        let held = try #require(d.table(after: "【活動の状況】"))
        #expect(held.header == ["日にち", "内容", "備考"])
        #expect(held.rows.map { $0[0] } == [
            "第1回 7月21日", "第2回 9月18日", "第3回 12月18日", "第4回 2月12日", "研修会 7月31日",
            "相談支援事業所連絡会\n6月19日\n7月16日\n8月20日\n9月17日\n10月16日\n11月19日\n12月17日\n1月21日\n2月19日",
            "障害児通所支援事業所連絡会\n7月9日\n1月20日",
        ])
        #expect(held.rows.map { $0[2] } == ["", "オンライン開催", "オンライン開催", "オンライン開催", "", "オンライン開催（6，7，1，2月）", ""])
        #expect(held.rows[0][1].split(separator: "\n").count == 4 && held.rows[3][1].split(separator: "\n").count == 2)
        #expect(held.rows[4][1] == "障害福祉施設における感染症対策研修 ～新型コロナウイルス感染症の第二波に備えて～\n講師：立川相互病院 医療安全管理室感染管理認定看護師")
        #expect(held.rows[5][1].split(separator: "\n").count == 6 && held.rows[6][1].split(separator: "\n").count == 4)

        let plan = try #require(d.table(after: "【活動内容及びスケジュールなど】"))
        #expect(plan.rows.map { $0[0] } == [
            "第1回（実施済） 5月18日", "第2回 9月21日", "第3回 2月10日", "研修会 12月予定",
            "相談支援事業所連絡会（一部実施済）\n4月15日\n5月20日\n6月18日\n7月19日\n8月19日\n9月16日\n10月22日\n11月18日\n12月16日\n1月21日\n2月17日\n3月17日",
            "障害児通所支援事業所連絡会\n7月13日\n1月～2月",
        ])
        #expect(plan.rows.map { $0[2] } == ["", "", "", "外部講師を招いて実施予定", "・毎月1回開催", "・年2回開催"])
        #expect(plan.rows[0][1].split(separator: "\n").count == 4 && plan.rows[1][1].isEmpty)
        #expect(plan.rows[3][1] == "・災害対策研修『災害時における障害者支援』")
        #expect(plan.rows[4][1].split(separator: "\n").count == 8 && plan.rows[5][1].split(separator: "\n").count == 2)
        #expect(d.bullets(after: "【その他】")?.count == 2)
    }
}
