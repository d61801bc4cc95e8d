import Calendar
import Council
import CouncilService
import HTTPServer
import Testing
@testable import WebApp

/// `/search?q=…` in process: the form alone, hits linking to their issues with the match marked,
/// everything from the log or the query escaped, a refused query shown beside the field.
@Suite struct SearchRouteTests {
    static func browser() throws -> WebApplicationTests.Browser {
        let b = try WebApplicationTests.Browser()
        let raise = try #require(RecordingCommands.named("issue raise"))
        for (title, summary) in [("精神障害者が地域で暮らしにくい", "退院後の<b>住まい</b>が見つからない"), ("<script>alert(1)</script>住まいの確保", "")] {
            var values = ["title": [title], "by": ["soudan"]]
            if !summary.isEmpty { values["summary"] = [summary] }
            _ = try b.council.service.record(raise, CommandInput(values: values, today: CommandFormTests.today), as: CommandFormTests.caller)
        }
        _ = try b.signIn()
        return b
    }

    static func search(_ b: WebApplicationTests.Browser, _ query: String) throws -> (HTTPResponse, String) {
        let response = try b.request("GET", "/search?q=" + WebApplicationTests.Browser.encode(query))
        return (response, b.text(response))
    }

    @Test func withoutAQueryTheFormAlone() throws {
        let b = try Self.browser()
        let response = try b.request("GET", "/search")
        let html = b.text(response)
        #expect(response.status == .ok && html.contains("<form class=\"filters\" method=\"get\" action=\"/search\" role=\"search\">"))
        #expect(html.contains("事例メモは、読むことを認められている地域課題のものだけを探します") && !html.contains("<ol class=\"hits\">"))
    }

    @Test func hitsLinkToTheirIssuesWithTheMatchMarkedAndEverythingEscaped() throws {
        let b = try Self.browser()
        let (response, html) = try Self.search(b, "住まい")
        #expect(response.status == .ok)
        #expect(html.contains("「住まい」：2件"))
        let k2 = try #require(html.range(of: "<a href=\"/issues/K-0002\">K-0002 &lt;script&gt;alert(1)&lt;/script&gt;住まいの確保</a>"))
        let k1 = try #require(html.range(of: "<a href=\"/issues/K-0001\">K-0001 精神障害者が地域で暮らしにくい</a>"))
        #expect(k2.lowerBound < k1.lowerBound, "the title hit first")
        #expect(html.contains("概要：退院後の&lt;b&gt;<mark>住まい</mark>&lt;/b&gt;が見つからない"))
        #expect(html.contains("提起") && html.contains("相談支援部会"), "the phase and the owner")
        #expect(!html.contains("<script>") && !html.contains("<b>"))
    }

    @Test func theQueryIsKeptEscapedAndFullWidthFindsHalfWidth() throws {
        let b = try Self.browser()
        let (response, html) = try Self.search(b, "\"><b>ＳＣＲＩＰＴ")
        #expect(response.status == .ok && html.contains("value=\"&quot;&gt;&lt;b&gt;ＳＣＲＩＰＴ\"") && !html.contains("<b>"))
        #expect(html.contains("見つかりませんでした"), "\"><b> is not in the title as recorded (it is <script>)")
        let (_, found) = try Self.search(b, "ＳＣＲＩＰＴ")
        #expect(found.contains("<mark>script</mark>"))
    }

    @Test func anEmptyOrLongQueryComesBackBesideTheField() throws {
        let b = try Self.browser()
        let (empty, html) = try Self.search(b, "　")
        #expect(empty.status == .badRequest && html.contains("検索する言葉を入れてください") && html.contains("aria-invalid=\"true\""))
        let (long, longHTML) = try Self.search(b, String(repeating: "住", count: 101))
        #expect(long.status == .badRequest && longHTML.contains("101文字、上限100文字"))
    }

    @Test func moreHitsThanAPageHoldsAreSaidToBeMore() throws {
        let b = try Self.browser()
        let raise = try #require(RecordingCommands.named("issue raise"))
        let commands = try (1...WebApplication.searchLimit).map { n in
            try raise.decode(CommandInput(values: ["title": ["住まい\(n)"], "by": ["soudan"]], today: CommandFormTests.today))
        }
        _ = try b.council.service.record(commands, as: CommandFormTests.caller)
        let (_, html) = try Self.search(b, "住まい")
        #expect(html.contains("「住まい」：50件以上") && html.contains("言葉を足すと絞り込めます"))
        #expect(html.components(separatedBy: "<li><p><a href=\"/issues/").count == 51, "50 hits listed")
    }

    @Test func searchingAsksForASession() throws {
        let b = try WebApplicationTests.Browser()
        let response = try b.request("GET", "/search?q=" + WebApplicationTests.Browser.encode("住まい"))
        #expect(response.status == .seeOther && response.headers["Location"] == "/sign-in")
    }
}
