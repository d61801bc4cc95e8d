import Foundation
import Testing
import TestSupport

/// The web application in a real browser: `kadai serve` on a copy of the demo council, driven in
/// headless Chromium by Debian's `chromedriver` (W3C WebDriver, `WebDriver.swift`). A person signs
/// in, raises an issue and takes it through analysis, a plan of two actions (the second row added
/// with the form's own button, no script), an activity, an evaluation (refused once, beside the
/// field, with what was typed kept) and its close, and signs out, after which a page sends them
/// back to the sign-in.
/// Screenshots at a desktop and a phone width are kept in `KADAI_WEB_SCREENSHOTS`, else in
/// `.build/web-screenshots/`, to be looked at. Without chromium and chromedriver the test fails
/// and says how to install them; `.ci/run` installs them; `KADAI_SKIP_BROWSER=1` leaves it out.
///
/// Then a meeting and the year's review from the body's page, the review sheet showing both, and
/// a search in Japanese. In a council that enforces roles, a member of another body is refused.
@Suite(.serialized, .tags(.browser), .notInFastSet) struct WebBrowserTests {
    static let widths = [("desktop", 1280, 900), ("phone", 390, 844)]
    static let issue = "K-0016"

    static func chromedriver() -> URL? {
        let candidates = [ProcessInfo.processInfo.environment["CHROMEDRIVER"]].compactMap { $0 } + ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }

    static var screenshots: String {
        ProcessInfo.processInfo.environment["KADAI_WEB_SCREENSHOTS"]
            ?? ReadmeVerifier.repositoryRoot.appendingPathComponent(".build/web-screenshots").path
    }

    /// The browser on the served council, and the steps a person takes in it.
    final class Visit {
        let served: ServedCouncil
        let browser: WebDriver
        let folder: String
        private var shots = 0

        /// Before each picture's number: the pictures of one test apart from another's.
        let prefix: String

        init(served: ServedCouncil, browser: WebDriver, folder: String, prefix: String = "") {
            self.served = served
            self.browser = browser
            self.folder = folder
            self.prefix = prefix
        }

        func open(_ path: String) throws { try browser.navigate(to: served.address + path) }

        /// The path of the page on screen, without the query.
        func path() throws -> String {
            let url = try browser.currentURL()
            return String(url.dropFirst(served.address.count).prefix { $0 != "?" })
        }

        /// Whether the browser shows the page at `expected`; when it does not, what it shows.
        func expectAt(_ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let shown = try path()
            let source = shown == expected ? "" : try browser.source()
            #expect(shown == expected, "\(shown): \(source.prefix(3000))", sourceLocation: sourceLocation)
        }

        /// Types into the inputs named, those of the given row where a field has rows.
        func fill(_ fields: [(String, String)], row: Int = 0) throws {
            for (name, text) in fields {
                let inputs = try browser.findAll("[name=\"\(name)\"]")
                guard row < inputs.count else { throw WebDriver.Failure(description: "no input '\(name)' number \(row + 1) on \(try path())") }
                // A list of words is chosen from, as a person would: the option of that value.
                let options = try browser.findAll("select[name=\"\(name)\"] option[value=\"\(text)\"]")
                if try browser.property("tagName", of: inputs[row]).lowercased() == "select", row < options.count {
                    try browser.click(options[row])
                } else if try browser.property("type", of: inputs[row]).lowercased() == "checkbox" {
                    // Ticked, as a person would, whatever `text` says.
                    try browser.click(inputs[row])
                } else {
                    try browser.type(text, into: inputs[row])
                }
            }
        }

        /// Fills a form and presses its 記録する button.
        func record(_ fields: [(String, String)]) throws {
            try fill(fields)
            try browser.clickToNewPage(try browser.find("button[name=\"_do\"]"))
        }

        /// From the issue's page, one of its forms filled and recorded: back on the issue's page,
        /// which shows `shown`.
        func record(_ command: String, of issue: String, _ fields: [(String, String)], shown: String,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
            try follow("/issues/\(issue)/\(command)")
            try record(fields)
            try expectAt("/issues/\(issue)", sourceLocation: sourceLocation)
            #expect(try browser.source().contains(shown), sourceLocation: sourceLocation)
        }

        /// Follows the link of the page to `path`, as a person would click it.
        func follow(_ path: String) throws { try browser.clickToNewPage(try browser.find("a[href=\"\(path)\"]")) }

        /// The page on screen at each width, the whole height of the page, saved as PNG; the window
        /// is left at the desktop width.
        func shoot(_ name: String) throws -> [String] {
            shots += 1
            var saved: [String] = []
            for (label, width, height) in WebBrowserTests.widths {
                try browser.setWindowSize(width: width, height: height)
                // The window's height that shows the whole page: the page's and the browser's own.
                let whole = (try browser.script("return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight") as? Int) ?? height
                try browser.setWindowSize(width: width, height: min(max(whole, height), 6000))
                let file = "\(folder)/\(prefix)\(String(format: "%02d", shots))-\(name)-\(label).png"
                try browser.screenshot().write(to: URL(fileURLWithPath: file))
                saved.append(file)
            }
            try browser.setWindowSize(width: WebBrowserTests.widths[0].1, height: WebBrowserTests.widths[0].2)
            return saved
        }
    }

    /// Chromium and its driver, or nil after saying how to install them (nothing said when
    /// `KADAI_SKIP_BROWSER=1` asks to leave the browser out).
    static func browserParts() -> (chromium: URL, chromedriver: URL)? {
        guard let chromium = BrowserTests.chromium(), let chromedriver = Self.chromedriver() else {
            if ProcessInfo.processInfo.environment["KADAI_SKIP_BROWSER"] != "1" {
                Issue.record("Chromium or its WebDriver is not installed: 'apt-get install chromium chromium-driver fonts-noto-cjk' (as .ci/run does), or set KADAI_SKIP_BROWSER=1 to leave this test out.")
            }
            return nil
        }
        return (chromium, chromedriver)
    }

    /// A council that enforces roles, where a member of the 就労部会 opens an issue of the 相談支援部会:
    /// its page shows that a case note exists but not its text, the search does not find it,
    /// and recording an analysis is refused in plain Japanese beside the form, what was typed
    /// kept and nothing written.
    @Test func aMemberOfAnotherBodyIsRefused() throws {
        guard let (chromium, chromedriver) = Self.browserParts() else { return }
        let note = "Bさん（30代）虐待通報あり"
        let scratch = try Scratch("web-roles")
        for arguments in [["init", "--council", "テスト市障害者自立支援協議会", "--enforce-roles", "--admin", "city-admin"],
                          ["body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2024-04-01"],
                          ["body", "establish", "shuro", "--name", "就労部会", "--kind", "subcommittee", "--on", "2024-04-01"],
                          ["member", "appoint", "soudan", "--member", "alice", "--affiliation", "相談支援事業所", "--category", "consultationSupport", "--on", "2024-04-01"],
                          ["member", "appoint", "shuro", "--member", "bob", "--affiliation", "就労支援事業所", "--category", "employment", "--on", "2024-04-01"],
                          ["issue", "raise", "--title", "住まいが見つからない", "--by", "soudan", "--on", "2024-05-01", "--case-note", note]] {
            let made = try ChildProcess(try Tools.kadai(), arguments + ["--store", scratch.store]).finish(timeout: Tools.timeout)
            guard made.exitCode == 0 else { throw UnexpectedOutput(what: "kadai \(arguments.prefix(2).joined(separator: " ")) failed", outcome: made) }
        }
        let served = try ServedCouncil(scratch: scratch, accounts: [("bob", "bob")])
        let folder = Self.screenshots
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let browser = try WebDriver(chromedriver: chromedriver, chromium: chromium, profile: scratch.path("chromium-profile"),
                                    width: Self.widths[0].1, height: Self.widths[0].2)
        defer { browser.quit() }
        let visit = Visit(served: served, browser: browser, folder: folder, prefix: "roles-")

        try visit.open("/sign-in")
        try visit.fill([("login", "bob"), ("password", ServedCouncil.password)])
        try browser.clickToNewPage(try browser.find("form[action=\"/sign-in\"] button[type=\"submit\"]"))
        try visit.expectAt("/")
        try visit.open("/issues/K-0001")
        let page = try browser.source()
        #expect(page.contains("住まいが見つからない") && page.contains("事例メモ") && !page.contains(note), "the note's existence, not its text")
        try visit.open("/search?q=" + "虐待".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(!(try browser.source()).contains("/issues/K-0001"), "the note is not found by someone who may not read it")

        try visit.open("/issues/K-0001")
        try visit.follow("/issues/K-0001/analyze")
        try visit.record([("factor", "家賃が高い")])
        try visit.expectAt("/issues/K-0001/analyze")
        let refused = try browser.source()
        #expect(refused.contains("できません") && refused.contains("bob"), "\(refused.prefix(3000))")
        #expect(try browser.property("value", of: browser.find("[name=\"factor\"]")) == "家賃が高い", "what was typed is kept")
        _ = try visit.shoot("member-refused")
        browser.quit()

        #expect(served.stop().exitCode == 0)
        let history = try served.kadai("issue", "history", "K-0001")
        #expect(history.stdoutLines.count == 2 && !history.stdout.contains("bob"), "only the raise and its case note: \(history)")
    }

    @Test func aPersonTakesAnIssueFromRaiseToCloseAndSignsOut() throws {
        guard let (chromium, chromedriver) = Self.browserParts() else { return }
        // Without a Japanese font every page would photograph as boxes.
        let fonts = try? ChildProcess(URL(fileURLWithPath: "/usr/bin/fc-list"), [":lang=ja", "family"]).finish(timeout: 30)
        #expect(fonts.map { !$0.stdout.isEmpty } == true, "No Japanese font: apt-get install fonts-noto-cjk")
        let served = try ServedCouncil()
        let folder = Self.screenshots
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The pictures of an earlier run, and nothing else of the folder.
        for old in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where old.hasSuffix(".png") && old.first?.isNumber == true {
            try? FileManager.default.removeItem(atPath: "\(folder)/\(old)")
        }
        let browser = try WebDriver(chromedriver: chromedriver, chromium: chromium, profile: served.scratch.path("chromium-profile"),
                                    width: Self.widths[0].1, height: Self.widths[0].2)
        defer { browser.quit() }
        let visit = Visit(served: served, browser: browser, folder: folder)
        var pictures: [String] = []

        // Signed out, every page leads to the sign-in.
        try visit.open("/issues")
        try visit.expectAt("/sign-in")
        pictures += try visit.shoot("sign-in")
        try visit.fill([("login", ServedCouncil.login), ("password", ServedCouncil.password)])
        try browser.clickToNewPage(try browser.find("form[action=\"/sign-in\"] button[type=\"submit\"]"))
        try visit.expectAt("/")
        #expect(try browser.source().contains("あなたの会議体"))
        pictures += try visit.shoot("start")
        try visit.open("/issues")
        #expect(try browser.source().contains("K-0015"))
        pictures += try visit.shoot("issues")

        // Raise.
        let title = "夜間に使える移動支援が足りない"
        try visit.follow("/issues/new")
        try visit.record([("title", title), ("by", "soudan"), ("on", "2025-05-01"), ("source", "会議"), ("category", "移動支援"), ("group", "身体"),
                          ("summary", "相談支援専門員の連絡会で、夜間の通院に使える移動手段がないとの報告が続いた。")])
        try visit.expectAt("/issues/\(Self.issue)")
        #expect(try browser.source().contains(title))

        // Analysis.
        try visit.record("analyze", of: Self.issue, [("factor", "夜間に動く事業所がない"), ("focus", "移動支援事業所"), ("chosen", "移動支援事業所"),
                                                     ("evidence", "連絡会の報告 6件"), ("on", "2025-06-10")], shown: "夜間に動く事業所がない")

        // A plan of two actions: the second row comes from the form's own button.
        try visit.follow("/issues/\(Self.issue)/plan")
        try visit.fill([("goal", "夜間でも通院できる移動手段がある"),
                        ("action.0", "事務局"), ("action.1", "移動支援事業所"), ("action.2", "夜間の運行を相談する"), ("action.3", "R7.12.31"), ("action.4", "調整")])
        try browser.clickToNewPage(try browser.find("button[name=\"_add\"][value=\"action\"]"))
        let whoInputs = try browser.findAll("input[name=\"action.0\"]")
        #expect(whoInputs.count == 2, "a second row of the plan")
        #expect(try whoInputs.first.map { try browser.property("value", of: $0) } == "事務局", "the first row is kept")
        #expect(try browser.property("value", of: browser.find("[name=\"goal\"]")) == "夜間でも通院できる移動手段がある")
        try visit.fill([("action.0", "相談支援部会"), ("action.1", "当事者・家族"), ("action.2", "使える手段を冊子にまとめる"), ("action.3", "R8.3.31"),
                        ("action.4", "情報,開発")], row: 1)
        try visit.fill([("on", "2025-07-01")])
        pictures += try visit.shoot("plan-two-rows")
        try browser.clickToNewPage(try browser.find("button[name=\"_do\"]"))
        try visit.expectAt("/issues/\(Self.issue)")
        let planned = try browser.source()
        #expect(planned.contains("夜間の運行を相談する") && planned.contains("使える手段を冊子にまとめる"), "both actions of the plan")

        // An activity that starts the first action.
        try visit.record("act", of: Self.issue, [("on", "2025-09-01"), ("summary", "市内の移動支援事業所 5か所に夜間の運行を聞き取った"), ("kind", "survey"),
                                                 ("action", "1=inProgress"), ("function", "調整")], shown: "夜間の運行を聞き取った")

        // The year's evaluation, first with a 年度 that cannot be read: the refusal stands beside
        // its field, everything typed is kept, and the corrected form records.
        try visit.follow("/issues/\(Self.issue)/evaluate")
        try visit.fill([("fy", "七年度"), ("outcome", "2事業所が夜間の運行を始めた"), ("function", "評価")])
        try browser.click(try browser.find("select[name=\"decision\"] option[value=\"close\"]"))
        try browser.clickToNewPage(try browser.find("button[name=\"_do\"]"))
        try visit.expectAt("/issues/\(Self.issue)/evaluate")
        #expect(try browser.findAll(".field.invalid #f-fy-error").count == 1, "the refusal beside the 年度")
        #expect(try browser.property("value", of: browser.find("[name=\"outcome\"]")) == "2事業所が夜間の運行を始めた")
        #expect(try browser.property("value", of: browser.find("[name=\"decision\"]")) == "close")
        pictures += try visit.shoot("evaluate-refused")
        try browser.clear(try browser.find("[name=\"fy\"]"))
        try visit.fill([("fy", "R7")])
        try browser.clickToNewPage(try browser.find("button[name=\"_do\"]"))
        try visit.expectAt("/issues/\(Self.issue)")
        #expect(try browser.source().contains("2事業所が夜間の運行を始めた"))

        try visit.record("close", of: Self.issue, [("reason", "resolved"), ("note", "夜間の運行が定着した"), ("on", "2026-03-31")],
                         shown: "令和8年3月31日 成果を確認：夜間の運行が定着した")
        pictures += try visit.shoot("issue-closed")

        // A meeting and the year's review, from the body's page.
        try visit.open("/bodies/soudan")
        try visit.follow("/bodies/soudan/meeting-record")
        // Entered after the year's later meetings, so its number is given (the rules refuse to guess it).
        try visit.record([("on", "2025-10-15"), ("number", "7"), ("agenda", "夜間の移動支援の報告"), ("issue", Self.issue), ("decision", "冊子の案を次回までに作る")])
        try visit.expectAt("/bodies/soudan")
        #expect(try browser.source().contains("夜間の移動支援の報告"), "the meeting on the body's page")
        try visit.follow("/bodies/soudan/review-record")
        // The year's review is recorded already: this one amends it, and says so.
        try visit.record([("fy", "R7"), ("summary", "夜間の移動支援を事業所と話し合った"), ("next", "continue"), ("to-steering", "移動支援の予算を検討してほしい"),
                          ("amend", "on")])
        try visit.expectAt("/bodies/soudan")
        pictures += try visit.shoot("body-soudan")

        // The year's review sheet of the body that raised it, with the issue and the review.
        try visit.open("/documents/sheet/soudan/2025")
        let sheet = try browser.source()
        #expect(sheet.contains("令和7年度 相談支援部会 振り返り・評価シート") && sheet.contains("\(Self.issue) \(title)"), "the issue among those the body took up")
        #expect(sheet.contains("夜間の移動支援を事業所と話し合った"), "the review on the sheet")
        pictures += try visit.shoot("sheet-soudan-2025")

        // Search in Japanese, two words apart by a full-width space: the issue, the words marked.
        try visit.open("/search")
        try visit.fill([("q", "夜間　移動")])
        try browser.clickToNewPage(try browser.find("form[action=\"/search\"] button[type=\"submit\"]"))
        try visit.expectAt("/search")
        let found = try browser.source()
        #expect(found.contains("href=\"/issues/\(Self.issue)\"") && found.contains("<mark>"), "\(found.prefix(3000))")
        pictures += try visit.shoot("search")

        // Sign out: the session is over, and a page sends the browser back to the sign-in.
        try visit.open("/sign-out")
        try browser.clickToNewPage(try browser.find("form[action=\"/sign-out\"] button[type=\"submit\"]"))
        try visit.expectAt("/sign-in")
        try visit.open("/issues/\(Self.issue)")
        try visit.expectAt("/sign-in")

        for file in pictures {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(file)")
            let width = bytes.dropFirst(16).prefix(4).reduce(0) { $0 << 8 | Int($1) }
            #expect(Self.widths.contains { file.hasSuffix("-\($0.0).png") && $0.1 == width }, "\(file) is \(width) wide")
            #expect(bytes.count > 10_000, "\(file) is \(bytes.count) bytes: a blank page?")
        }
        browser.quit()

        // What the browser did is in the log, recorded as the signed-in person, once each.
        let stopped = served.stop()
        #expect(stopped.exitCode == 0, "\(stopped)")
        let history = try served.kadai("issue", "history", Self.issue)
        #expect(history.stdoutLines.count == 6 && history.stdoutLines.allSatisfy { $0.contains(ServedCouncil.actor) }, "\(history)")
        let body = try served.kadai("body", "show", "soudan")
        #expect(body.stdout.contains("夜間の移動支援の報告"), "\(body)")
        let verified = try served.kadai("audit", "verify")
        #expect(verified.exitCode == 0, "\(verified)")
        print("Screenshots of the web application: \(folder)")
    }
}
