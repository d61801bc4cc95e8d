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
        struct Field: Decodable { var label: String; var value: String }
        struct Block: Decodable { var heading: String?; var bullets: [String]?; var table: Table?; var paragraph: String?; var fields: [Field]? }
        var title: String
        var byline: [String]?
        var blocks: [Block]

        /// Every label and value of the document's field tables, in order.
        var fields: [(label: String, value: String)] { blocks.flatMap { $0.fields ?? [] }.map { ($0.label, $0.value) } }
        func field(_ label: String) -> String? { fields.first { $0.label == label }?.value }
        /// The paragraphs between `heading` and the next heading.
        func paragraphs(after heading: String) -> [String] {
            guard let i = blocks.firstIndex(where: { $0.heading == heading }) else { return [] }
            return Array(blocks[(i + 1)...].prefix { $0.heading == nil }.compactMap(\.paragraph))
        }

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

    /// 長岡市 就労部会・地域づくり部会 令和2年度 検討状況報告書 and 振り返り・評価シート, and their
    /// 令和3年度 活動方針 (seed 001).
    @Test(arguments: [
        (body: "shuro", name: "就労部会", updated: "令和3年1月15日 更新", seats: 10, people: ["長岡市福祉課支援係（2名）※事", "長岡市障害者基幹相談支援センター（2名）※事"],
         meetings: ["【第1回】\n令和2年8月6日", "【第2回】\n令和2年10月7日", "【第3回】\n令和2年11月30日", "【第4回】\n令和3年1月12日"],
         direction: "今年度の部会は終了。次年度も就労部会を開催し、引き続き就労定着支援について必要な取り組みを行っていく。", toSteering: "",
         created: "作成：令和3年1月4日", months: "8月、10月、11月、1月", comments: 14, history: 3, plan: 3),
        (body: "chiiki", name: "地域づくり部会", updated: "令和3年2月25日 更新", seats: 4, people: ["長岡市福祉課支援係（3名）※事", "長岡市障害者基幹相談支援センター（4名）※事"],
         meetings: ["【第1回】\n令和2年10月20日", "【第2回】\n令和3年1月26日", "【第3回】\n令和3年2月22日"],
         direction: "今年度の部会は終了。来年度も引き続き、地域生活支援拠点の整備については、地域づくり部会において取り扱っていく。", toSteering: "上記同様。",
         created: "作成：令和3年3月1日", months: "10月、1月、2月", comments: 6, history: 2, plan: 2),
    ])
    func nagaokaStatusReportReviewSheetAndPolicy(_ seed: (body: String, name: String, updated: String, seats: Int, people: [String], meetings: [String], direction: String,
                                                         toSteering: String, created: String, months: String, comments: Int, history: Int, plan: Int)) throws {
        let council = try Self.council("nagaoka-shuro-chiiki", name: "長岡市障害者自立支援協議会", since: "2016-04-01")
        let status: Blocks = try council.ok("report", "status", seed.body, "--fy", "R2", "--format", "json", "--lang", "ja").decode()
        #expect(status.title == "令和2年度 \(seed.name) 検討状況報告書")
        #expect(status.byline == [seed.updated], "the 更新日 the secretariat gave, not the last meeting's")
        #expect(status.fields.map(\.label) == ["部会員", "取組方針", "具体的取組", "今後の検討の方向性", "運営会議への伝達事項等"])
        let members = try #require(status.field("部会員")).components(separatedBy: "、")
        #expect(members.count == seed.seats && seed.people.allSatisfy(members.contains), "\(members)")
        let held = try #require(status.blocks.compactMap(\.table).first)
        #expect(held.header == ["開催日", "取組・検討内容"] && held.rows.map { $0[0] } == seed.meetings)
        #expect(status.field("今後の検討の方向性") == seed.direction && status.field("運営会議への伝達事項等") == seed.toSteering)

        let sheet: Blocks = try council.ok("sheet", seed.body, "--fy", "R2", "--format", "json", "--lang", "ja").decode()
        #expect(sheet.title == "令和2年度 \(seed.name) 振り返り・評価シート" && sheet.byline == [seed.created])
        #expect(sheet.field("開催回数") == "\(seed.meetings.count)回" && sheet.field("開催月") == seed.months)
        #expect(sheet.bullets(after: "【メンバーの感想・意見（協議会活動を通じての振り返り）】")?.count == seed.comments)
        #expect(sheet.headings.starts(with: ["【活動方針】", "【取り組み内容】", "【メンバーの感想・意見（協議会活動を通じての振り返り）】"]))

        let policy: Blocks = try council.ok("report", "policy", seed.body, "--fy", "R3", "--format", "json", "--lang", "ja").decode()
        #expect(policy.title == "令和3年度 \(seed.name) 活動方針")
        #expect(policy.headings == ["【これまでの経過】", "【今年度の方針】", "【具体的活動(取り組み)内容】"])
        #expect(policy.paragraphs(after: "【これまでの経過】").count == seed.history)
        #expect(policy.paragraphs(after: "【今年度の方針】").count == 1 && policy.paragraphs(after: "【具体的活動(取り組み)内容】").count == seed.plan)
    }
}
