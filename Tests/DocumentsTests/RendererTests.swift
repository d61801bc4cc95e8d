import JSON
import Testing
@testable import Documents

/// The four formats from one document: nothing user-typed can break out of its cell, tag or field.
@Suite struct RendererTests {
    static let hostile = "=HYPERLINK(\"x\")|<script>alert('課')</script>\n2行目 & \"引用\""
    let document = Document(kind: "test", title: "題 <b>", byline: ["作成：令和3年1月4日"],
                            blocks: [.heading("【見出し】"), .paragraph(hostile), .bullets(["一", hostile]),
                                     .fields([Field("開催回数", "4回"), Field("メモ", hostile)]),
                                     .table(Table(caption: "表", header: ["列1", "列2"], rows: [[hostile, "-2"], ["+A1", "@x"]])), .note("注")],
                            facts: ["meetingCount": .int(4)], language: "ja")

    @Test func csvOpensInExcelAndNeverRunsAFormula() {
        let csv = DocumentFormat.csv.render(document)
        #expect(csv.hasPrefix("\u{FEFF}\"題 <b>\"\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")|<script>alert('課')</script>\n2行目 & \"\"引用\"\"\",\"-2\"\r\n"))
        #expect(csv.contains("\"'+A1\",\"'@x\""))
        #expect(csv.contains("\"開催回数\",\"4回\""))
    }

    @Test func htmlIsOneSelfContainedEscapedPage() {
        let html = DocumentFormat.html.render(document)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;課&#39;)&lt;/script&gt;<br>2行目 &amp; &quot;引用&quot;"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="), "no external assets")
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<th scope=\"col\">列1</th>"))
        #expect(html.contains("<title>題 &lt;b&gt;</title>"))
    }

    @Test func aGridOfManyColumnsIsPrintedLandscapeAndOthersPortrait() {
        #expect(!DocumentFormat.html.render(document).contains("landscape"))
        let grid = Document(kind: "grid", title: "表", blocks: [.table(Table(header: (1...14).map(String.init), rows: [(1...14).map(String.init)]))], language: "ja")
        let html = DocumentFormat.html.render(grid)
        #expect(html.contains("@page { size: A4 landscape;") && html.contains("<table class=\"grid\">"))
    }

    @Test func aChartIsAPictureInHTMLAndItsFiguresElsewhere() {
        let chart = BarChart(title: "機能 <件数>", unit: "件", bars: [.init("情報機能", 4), .init("評価機能", 0)], alternative: "情報機能 4件、評価機能 0件")
        let d = Document(kind: "chart", title: "図", blocks: [.chart(chart)], language: "ja")
        let html = DocumentFormat.html.render(d)
        #expect(html.contains(#"<svg role="img" aria-labelledby="chart0-title chart0-desc""#))
        #expect(html.contains(#"<title id="chart0-title">機能 &lt;件数&gt;</title><desc id="chart0-desc">情報機能 4件、評価機能 0件</desc>"#))
        #expect(html.contains(#"<rect x="120" y="8" width="290" height="18"></rect><text x="416" y="22">4件</text>"#), "the longest bar fills the space")
        #expect(html.contains(#"<rect x="120" y="38" width="0" height="18"></rect>"#), "a zero is no bar")
        #expect(DocumentFormat.md.render(d).contains("**機能 <件数>**\n\n|  | 件 |\n| --- | --- |\n| 情報機能 | 4 |\n| 評価機能 | 0 |"))
        #expect(DocumentFormat.csv.render(d).contains("\"情報機能\",\"4\"\r\n\"評価機能\",\"0\""))
        #expect(DocumentFormat.json.render(d).contains(#""alternative":"情報機能 4件、評価機能 0件""#))
    }

    @Test func linksStayRelativeAndEscapedInEveryFormat() throws {
        let d = Document(kind: "index", title: "目次", blocks: [.links([Link("相談支援部会 <&>", "bodies/soudan.html"), Link("[令和6年度]", "years/FY2024.html")])],
                         language: "ja")
        let html = DocumentFormat.html.render(d)
        #expect(html.contains(#"<ul class="links"><li><a href="bodies/soudan.html">相談支援部会 &lt;&amp;&gt;</a></li><li><a href="years/FY2024.html">[令和6年度]</a></li></ul>"#))
        #expect(DocumentFormat.md.render(d).contains("- [相談支援部会 <&>](bodies/soudan.html)\n- [[令和6年度\\]](years/FY2024.html)"))
        #expect(DocumentFormat.csv.render(d).contains("\"相談支援部会 <&>\",\"bodies/soudan.html\""))
        guard case .object(let o) = try JSONValue.parse(DocumentFormat.json.render(d)), case .array(let blocks)? = o["blocks"] else { Issue.record("no blocks"); return }
        #expect(blocks[0] == .object(["links": .array([.object(["text": .string("相談支援部会 <&>"), "href": .string("bodies/soudan.html")]),
                                                      .object(["text": .string("[令和6年度]"), "href": .string("years/FY2024.html")])])]))
    }

    @Test func markdownKeepsEachCellInItsCell() {
        let md = DocumentFormat.md.render(document)
        #expect(md.hasPrefix("# 題 <b>\n\n作成：令和3年1月4日\n\n## 【見出し】"))
        #expect(md.contains("| =HYPERLINK(\"x\")\\|<script>alert('課')</script><br>2行目 & \"引用\" | -2 |"))
        #expect(md.contains("| 開催回数 | 4回 |\n| --- | --- |\n| メモ |"))
    }

    @Test func jsonHasTheFactsAndTheBlocks() throws {
        let json = DocumentFormat.json.render(document)
        guard case .object(let o) = try JSONValue.parse(json) else { Issue.record("not an object"); return }
        #expect(o["document"] == .string("test"))
        #expect(o["meetingCount"] == .int(4))
        guard case .array(let blocks)? = o["blocks"] else { Issue.record("no blocks"); return }
        #expect(blocks.count == 6)
        #expect(blocks[1] == .object(["paragraph": .string(Self.hostile)]))
    }
}
