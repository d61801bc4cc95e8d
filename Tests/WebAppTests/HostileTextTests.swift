import CouncilService
import Documents
import HTTPServer
import Testing
@testable import WebApp

/// Markup typed into every kind of free text, through the forms, comes out as text on every page
/// that shows it: no element, no attribute, no link the person did not make.
@Suite struct HostileTextTests {
    static let payloads = ["<script>alert('課')</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "javascript:alert(1)"]

    /// The forms a council fills in for an issue's life and a body's year, every free-text field
    /// given a payload (`n` picks which).
    static func record(_ b: WebApplicationTests.Browser, payload p: String) throws {
        func post(_ address: String, _ fields: [(String, String)]) throws {
            let page = try b.request("GET", address)
            let response = try b.request("POST", address, form: [("_csrf", b.hidden("_csrf", in: page)), ("_key", b.hidden("_key", in: page))] + fields)
            #expect(response.status == .seeOther, "\(address): \(b.text(response).prefix(300))")
        }
        try post("/bodies/new", [("_id", "wg"), ("name", "住まいWG" + p), ("kind", "workingGroup")])
        try post("/issues/new", [("title", "住まい" + p), ("by", "soudan"), ("source", p), ("category", p), ("group", p), ("area", p), ("summary", p),
                                 ("case-note", p)])
        try post("/issues/K-0001/analyze", [("factor", p), ("focus", p), ("chosen", p), ("evidence", p)])
        try post("/issues/K-0001/plan", [("goal", p), ("action.0", p), ("action.1", p), ("action.2", p), ("action.3", ""), ("action.4", "")])
        try post("/issues/K-0001/act", [("on", "R6.6.1"), ("summary", p)])
        try post("/issues/K-0001/evaluate", [("fy", "R6"), ("outcome", p), ("decision", "close"), ("next", p)])
        try post("/issues/K-0001/close", [("reason", "resolved"), ("note", p)])
        try post("/bodies/soudan/meeting-record", [("on", "R6.5.10"), ("agenda", p), ("decision", p)])
        try post("/bodies/soudan/member-appoint", [("member", "m1"), ("affiliation", p), ("category", "consultationSupport")])
        try post("/bodies/soudan/review-record", [("fy", "R6"), ("summary", p), ("comment", p), ("next", "continue"), ("handover", p)])
    }

    static let pages = ["/", "/issues", "/issues/K-0001", "/bodies", "/bodies/soudan", "/bodies/wg", "/documents", "/documents/sheet/soudan/R6",
                        "/documents/status/soudan/R6", "/documents/annual/soudan/R6", "/documents/pdca/R6", "/documents/scorecard/R6",
                        "/documents/timeline/K-0001", "/documents/plan/K-0001", "/documents/steering", "/documents/composition", "/audit"]

    @Test(arguments: payloads) func markupTypedAnywhereIsTextOnEveryPage(_ payload: String) throws {
        let b = try WebApplicationTests.Browser()
        _ = try b.signIn()
        try Self.record(b, payload: payload)
        for page in Self.pages {
            let response = try b.request("GET", page)
            #expect(response.status == .ok, "\(page)")
            let html = b.text(response)
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg"), "\(page) lets markup through")
            #expect(!html.contains("href=\"javascript:"), "\(page) links to a script")
        }
        #expect(b.text(try b.request("GET", "/issues/K-0001")).contains(HTMLText.escape(payload)), "the payload is shown, as text")
    }
}
