import Foundation
import Testing

/// Kodama's 事業項目 table (seeds/004, 資料５－１「【運営会議】令和５年度活動報告及び令和６年度活動計画」)
/// recorded from `Fixtures/seeds/kodama-004-unei.jsonl` through `kadai apply`, and `report pdca --body`
/// held to the seed: its title, its columns with the 時点 and the plan's year, its rows in the
/// seed's order, how many numbered entries each cell holds, 【新規計画内容】 with their ○ headings
/// and → lines, and the dates the seed prints.
@Suite struct WorkItemTableTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds/kodama-004-unei.jsonl")

    /// The seed's words, as its table prints them (full-width digits made ASCII, the spacing of
    /// 「結  果 及 び 評  価」 left out).
    static let seedTitle = "【運営会議】令和5年度活動報告及び令和6年度活動計画"
    static let seedHeader = ["事業項目", "取組状況（令和6年3月末時点）", "結果及び評価", "令和6年度の計画"]
    static let seedRows = ["地域の障害福祉の資源の把握", "課題の抽出と対応策の検討", "地域の関係機関のネットワーク構築及び相談支援体制の充実と強化に関すること", "その他"]
    /// Numbered entries (１．２．３．) per row, in 取組状況, 結果及び評価 and 令和6年度の計画.
    static let seedCounts = [[2, 2, 2], [2, 2, 2], [3, 3, 3], [0, 0, 0]]
    /// The ○ headings under 【新規計画内容】, per row.
    static let seedNewPlans = [[], ["移動手段についての整理"], ["児童発達支援センターについて"], ["日中サービス支援型グループホームの評価"]]

    /// The council with the fixture applied.
    static func kodama() throws -> CouncilStore {
        let council = try CouncilStore("work-items")
        try council.ok("apply", fixture.path)
        return council
    }

    static func json(_ outcome: Outcome) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    static func table(_ document: [String: Any]) throws -> (header: [String], rows: [[String]]) {
        let blocks = try #require(document["blocks"] as? [[String: Any]])
        let table = try #require(blocks.compactMap { $0["table"] as? [String: Any] }.first)
        return (try #require(table["header"] as? [String]), try #require(table["rows"] as? [[String]]))
    }

    /// Full-width digits as ASCII: the seed writes 令和５年度 and R５.9.13 beside 令和6年3月.
    static func ascii(_ text: String) -> String {
        String(text.unicodeScalars.map { (0xFF10...0xFF19).contains($0.value) ? Character(Unicode.Scalar($0.value - 0xFF10 + 0x30)!) : Character($0) })
    }

    /// The numbered entries of a cell: lines that begin with a full-width number and 「．」.
    static func numbered(_ cell: String) -> [Int] {
        cell.split(separator: "\n").compactMap { line in
            let digits = line.prefix { (0xFF10...0xFF19).contains($0.unicodeScalars.first!.value) }
            guard !digits.isEmpty, line.dropFirst(digits.count).first == "．" else { return nil }
            return Int(ascii(String(digits)))
        }
    }

    @Test func theTableIsTheSeedsWithItsSectionsLabelsCountsAndDates() throws {
        let council = try Self.kodama()
        let document = try Self.json(try council.ok("report", "pdca", "--body", "unei", "--fy", "R5", "--format", "json", "--lang", "ja"))
        #expect(document["document"] as? String == "pdca")
        #expect(Self.ascii(try #require(document["title"] as? String)) == Self.seedTitle)
        let (header, rows) = try Self.table(document)
        #expect(header == Self.seedHeader)
        #expect(rows.map { $0[0] } == Self.seedRows)
        for (row, counts) in zip(rows, Self.seedCounts) {
            #expect([row[1], row[2], row[3]].map { Self.numbered($0) } == counts.map { Array(stride(from: 1, through: $0, by: 1)) }, "\(row[0])")
        }
        for (row, headings) in zip(rows, Self.seedNewPlans) {
            let plan = row[3]
            let lines = plan.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0 == "【新規計画内容】" }.count == (headings.isEmpty ? 0 : 1), "\(row[0])")
            #expect(lines.filter { $0.hasPrefix("○") } == headings.map { "○" + $0 }, "\(row[0])")
            // Each ○ heading is followed by its → line, and 【新規計画内容】 comes after the numbered plans.
            for h in headings { #expect(lines.firstIndex(of: "○" + h).map { lines[$0 + 1].hasPrefix("→") } == true) }
            if let numbered = lines.lastIndex(where: { !Self.numbered($0).isEmpty }), let new = lines.firstIndex(of: "【新規計画内容】") { #expect(numbered < new) }
        }
        // その他 has only its new plan content.
        #expect(rows[3][1].isEmpty && rows[3][2].isEmpty)
        // The days of the seed's 「開催した（R５.9.21、R５.12.19）。」, and a month-dated entry as recorded.
        #expect(Self.ascii(rows[2][1]).contains("1．児童福祉についての協議の場として、放課後等デイサービス事業所連絡会議を開催した（R5.9.21、R5.12.19）。"))
        #expect(rows[2][1].contains("３．地域生活支援拠点等の整備について（令和5年5月）\n"))
        // Dates inside an entry's own text stay as the seed wrote them.
        #expect(rows[1][1].contains("○第１回全体会（R5.7.3）") && rows[1][1].contains("○自立支援協議会副会長を招いた意見交換会の開催（R５.9.13）"))
        // The figures for machines: the 時点 as stored, the plan's year, the items with their entries.
        #expect(document["asOf"] as? String == "2024-03")
        #expect(document["fiscalYear"] as? Int == 2023 && document["planYear"] as? Int == 2024)
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.map { $0["number"] as? Int } == [1, 2, 3, 4])
        let progress = try #require(items[2]["progress"] as? [[String: Any]])
        let dates: [[String]] = progress.map { $0["dates"] as? [String] ?? [] }
        #expect(dates == [["2023-09-21", "2023-12-19"], [], ["2023-05"]])
        let positions = (document["positions"] as? [Any])?.count
        // 4 items, the 時点, 7 progress entries, 7 results, 7 numbered plans and 3 new ones.
        #expect(positions == 29)
    }

    @Test func inEnglishTheColumnsSayTheDateAndTheYear() throws {
        let council = try Self.kodama()
        let document = try Self.json(try council.ok("report", "pdca", "--body", "unei", "--fy", "R5", "--format", "json"))
        #expect(document["title"] as? String == "運営会議: report for FY2023 and plan for FY2024")
        #expect(try Self.table(document).header == ["Work item", "Progress (as of the end of 2024-03)", "Results and evaluation", "Plan for FY2024"])
        let markdown = try council.ok("report", "pdca", "--body", "unei", "--fy", "R5", "--lang", "ja").stdout
        #expect(markdown.hasPrefix("# 【運営会議】令和5年度活動報告及び令和6年度活動計画\n"))
        let csv = try council.ok("report", "pdca", "--body", "unei", "--fy", "R5", "--format", "csv", "--lang", "ja").stdout
        #expect(csv.contains(#""事業項目","取組状況（令和6年3月末時点）","結果及び評価","令和6年度の計画""#))
    }

    @Test func theItemsCarryOverIntoTheNextYear() throws {
        let council = try Self.kodama()
        let carried = try council.write("work", "carry-over", "unei", "--from", "R5", "--on", "2024-04-01")
        #expect(carried.events.count == 4 && carried.events.allSatisfy { $0.type == "WorkItemSet" })
        // Carrying again finds every item there: nothing to record.
        #expect(try council.write("work", "carry-over", "unei", "--from", "R5").events.isEmpty)
        try council.ok("work", "progress", "unei", "--fy", "R6", "--item", "4", "--on", "R6.6.28", "--text", "対象事業所の評価を行った。")
        try council.ok("work", "as-of", "unei", "--fy", "R6", "--on", "R7.3.31")
        let document = try Self.json(try council.ok("report", "pdca", "--body", "unei", "--fy", "R6", "--format", "json", "--lang", "ja"))
        let (header, rows) = try Self.table(document)
        #expect(header == ["事業項目", "取組状況（令和7年3月31日時点）", "結果及び評価", "令和7年度の計画"])
        #expect(rows.map { $0[0] } == Self.seedRows)
        #expect(rows[3][1] == "１．対象事業所の評価を行った（R6.6.28）。")
        let blocks = try #require(document["blocks"] as? [[String: Any]])
        #expect(blocks.contains { $0["note"] as? String == "※事業項目は令和5年度から引き継いだもの" })
        // The year before keeps its own table.
        #expect(try Self.table(try Self.json(try council.ok("report", "pdca", "--body", "unei", "--fy", "R5", "--format", "json"))).rows.count == 4)
    }

    @Test func anAmendmentReplacesTheEntryAndTheLogKeepsTheEarlierText() throws {
        let council = try Self.kodama()
        let earlier = "施設の空き情報の共有は、相談支援事業の業務効率の向上につながるため継続する。"
        try council.ok("work", "result", "unei", "--fy", "R5", "--item", "1", "--number", "2", "--amend", "--text", "空き情報の共有を継続する。")
        let rows = try Self.table(try Self.json(try council.ok("report", "pdca", "--body", "unei", "--fy", "R5", "--format", "json", "--lang", "ja"))).rows
        #expect(rows[0][2].hasSuffix("２．空き情報の共有を継続する。") && !rows[0][2].contains(earlier))
        let amended = try council.write("work", "result", "unei", "--fy", "R5", "--item", "1", "--number", "1", "--amend", "--text", "利便性が向上した。", "--lang", "ja")
        #expect(amended.events.map(\.summary) == ["結果及び評価（令和5年度・事業項目1）：１．利便性が向上した。（修正）"])
        let log = try council.ok("export").stdout
        #expect(log.contains(earlier) && log.contains("空き情報の共有を継続する。") && log.contains(#""amends":true"#))
    }

    @Test func aBodyWithoutWorkItemsKeepsItsPartOfTheCouncilsTable() throws {
        let council = try Self.kodama()
        let document = try Self.json(try council.ok("report", "pdca", "--body", "unei", "--fy", "R4", "--format", "json"))
        #expect(document["document"] as? String == "annual" && document["items"] == nil)
        let whole = try Self.json(try council.ok("report", "pdca", "--fy", "R5", "--format", "json"))
        #expect(whole["document"] as? String == "pdca" && whole["items"] == nil)
        try expectCouncilRefusal(council, ["report", "pdca", "--body", "unie", "--fy", "R5"], exit: 1, mentioning: ["There is no body 'unie'"])
    }

    /// The bad-input catalogue's `council+work` setup: the refusal council, with soudan's 令和2年度
    /// table holding item 1 and its first progress entry.
    static func catalogueSetup(_ setup: String) throws -> Scratch? {
        guard setup == "council+work" else { return nil }
        let council = try CouncilRefusalTests.council()
        try council.ok("work", "item", "soudan", "--fy", "R2", "--number", "1", "--title", "地域の障害福祉の資源の把握")
        try council.ok("work", "progress", "soudan", "--fy", "R2", "--item", "1", "--text", "ふくしマップを作成した。")
        try council.ok("issue", "list")
        return council.scratch
    }
}
