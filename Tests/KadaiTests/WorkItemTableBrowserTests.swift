import Foundation
import Testing
import TestSupport

/// Kodama's 事業項目 table as a printable HTML page, photographed by headless Chromium at the width
/// of an A4 page (794 CSS pixels, 210 mm at 96 dpi), to be looked at beside the seed. The picture
/// is kept in `KADAI_SCREENSHOTS` when it names a folder, else in a temporary one.
@Suite(.serialized, .tags(.browser), .notInFastSet) struct WorkItemTableBrowserTests {
    @Test func theTableOpensInChromiumAtTheWidthOfAnA4Page() throws {
        guard let browser = BrowserTests.chromium() else {
            if ProcessInfo.processInfo.environment["KADAI_SKIP_BROWSER"] == "1" { return }
            Issue.record("Chromium is not installed: 'apt-get install chromium fonts-noto-cjk' (as .ci/run does), or set KADAI_SKIP_BROWSER=1 to leave this test out.")
            return
        }
        let council = try WorkItemTableTests.kodama()
        let html = try council.ok("report", "pdca", "--body", "unei", "--fy", "R5", "--format", "html", "--lang", "ja").stdout
        #expect(html.contains("<th scope=\"col\">取組状況（令和6年3月末時点）</th>") && html.contains("<th scope=\"col\">令和6年度の計画</th>"))
        #expect(html.contains("【新規計画内容】<br>○移動手段についての整理<br>→"))
        let page = council.scratch.path("unei-pdca.html")
        try Data(html.utf8).write(to: URL(fileURLWithPath: page))
        let shots = ProcessInfo.processInfo.environment["KADAI_SCREENSHOTS"] ?? council.scratch.path("screenshots")
        try FileManager.default.createDirectory(atPath: shots, withIntermediateDirectories: true)
        let png = "\(shots)/kodama-004-unei-pdca-a4.png"
        try? FileManager.default.removeItem(atPath: png)
        let shot = try ChildProcess(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(council.scratch.path("chromium-profile"))", "--window-size=794,3400",
            "--screenshot=\(png)", URL(fileURLWithPath: page).absoluteString,
        ]).finish(timeout: 90)
        #expect(shot.exitCode == 0, "\(shot)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(png)")
        #expect(bytes.dropFirst(16).prefix(4).reduce(0) { $0 << 8 | Int($1) } == 794, "\(png)")
        #expect(bytes.count > 100_000, "\(png) is \(bytes.count) bytes: a blank page?")
        print("Screenshot of Kodama's 事業項目 table: \(png)")
    }
}
