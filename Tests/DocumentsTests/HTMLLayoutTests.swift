import Testing
@testable import Documents

/// The HTML documents on a narrow A4 page: dates and other short columns stay on one line beside
/// a long column, a long name keeps a readable width, and an item carrying its own mark (◆) gets
/// no second bullet.
@Suite struct HTMLLayoutTests {
    static let long = "冊子「相談支援事業所のごあんない」を完成させ、民生委員（全6地区）と保健師に配布した。出前説明会と合同事例検討会を行った。"

    static func html(_ blocks: [Block]) -> String {
        DocumentFormat.html.render(Document(kind: "test", title: "年間活動報告書", blocks: blocks, language: "ja"))
    }

    @Test func aDateColumnBesideALongOneDoesNotWrap() {
        let html = Self.html([.table(Table(header: ["日にち", "内容", "備考"], rows: [
            ["第1回 令和5年5月11日", "・議題\n・" + Self.long, "オンライン開催"],
            ["成果物 令和5年8月10日", Self.long, "K-0005"],
        ]))])
        #expect(html.contains(".unbroken { white-space: nowrap; }"))
        #expect(html.contains(#"<th scope="row" class="unbroken">第1回 <span class="unbroken">令和5年5月11日</span></th>"#))
        #expect(html.contains(#"<td class="unbroken">K-0005</td>"#) && html.contains(#"<td class="unbroken">オンライン開催</td>"#))
        #expect(html.contains("<td>・議題<br>・冊子"), "the long column wraps")
        #expect(html.contains(#"<th scope="col">日にち</th>"#), "a column's name may wrap above it")
    }

    @Test func aDateInsideLongTextStaysWhole() {
        let html = Self.html([.table(Table(header: ["会議体", "取組状況"], rows: [["相談支援部会", "第1回（令和5年7月24日）\n第2回（令和元年11月20日）\n" + Self.long]]))])
        #expect(html.contains(#"第1回（<span class="unbroken">令和5年7月24日</span>）<br>第2回（<span class="unbroken">令和元年11月20日</span>）"#))
    }

    @Test func aLongNameInTheFirstColumnKeepsAReadableWidth() {
        let html = Self.html([.table(Table(header: ["会議体", "事業項目", "取組状況"], rows: [
            ["精神障害にも対応した地域包括ケアシステム協議の場準備会", Self.long, Self.long], ["相談支援部会", Self.long, Self.long],
        ]))])
        #expect(html.contains(#"<th scope="row">精神障害にも対応した地域包括ケアシステム協議の場準備会</th>"#))
        #expect(html.contains(#"tbody th[scope="row"]:not(.unbroken) { min-width: 6.5em; }"#))
    }

    @Test func shortColumnsLeaveTheLongOneRoomOnThePage() {
        let html = Self.html([.table(Table(header: ["日付", "内容", "記録日時", "記録者", "位置", "ハッシュ"], rows: [
            ["令和4年10月20日", Self.long, "令和8年11月22日 09:25", "sample-city-secretariat", "140", "6be378391af3"],
        ]))])
        for kept in ["<td class=\"unbroken\">140</td>", "<td class=\"unbroken\">6be378391af3</td>", "<td class=\"unbroken\"><span class=\"unbroken\">令和8年11月22日</span> 09:25</td>"] {
            #expect(html.contains(kept), "\(kept)")
        }
        #expect(html.contains("<td>sample-city-secretariat</td>"), "the widest short column would leave the long one too little")
    }

    /// The schedule's twelve months of 8月6日, some with （オンライン開催） under them, across a landscape
    /// page, on paper and on the site alike: the site's narrower page does not win over the grid's.
    @Test func aGridIsAsWideAsTheLandscapePageOnTheSiteToo() throws {
        let grid = Document(kind: "schedule", title: "全体スケジュール", blocks: [.table(Table(header: ["会議体"] + (1...12).map { "\($0)月" } + ["計"],
                                                                                            rows: [["相談支援部会"] + (1...12).map { "\($0)月28日\n（オンライン開催）" } + ["12回"]]))],
                            language: "ja")
        let frame = PageFrame(siteName: "サンプル市", home: "index.html", sections: [], crumbs: [], footer: [], skipLabel: "本文へ", sectionsLabel: "サイト", crumbsLabel: "現在地")
        for html in [DocumentFormat.html.render(grid), HTMLRenderer.render(grid, frame: frame)] {
            #expect(html.contains("table.grid { font-size: 9pt; }"))
            let wide = try #require(html.range(of: "body { max-width: 273mm; }"))
            if let site = html.range(of: "body { max-width: 62rem; }") { #expect(site.lowerBound < wide.lowerBound) }
        }
    }

    @Test(arguments: ["◆ 冊子を完成させる", "・議題", "○第２回全体会 書面開催", "● 情報", "■ 研修"])
    func anItemWithItsOwnMarkHasNoSecondBullet(_ item: String) {
        let html = Self.html([.bullets([item, "地域課題を抽出した。"])])
        #expect(html.contains("<ul><li class=\"marked\">\(item)</li><li>地域課題を抽出した。</li></ul>"))
        #expect(html.contains("li.marked { list-style: none;"))
    }
}
