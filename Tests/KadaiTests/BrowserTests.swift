import Foundation
import Testing
import TestSupport

/// The demo council's site opened in a real browser: headless Chromium (Debian's `chromium`)
/// saves a screenshot of the main kinds of page at a desktop and a phone width. The pictures
/// are kept in `KADAI_SCREENSHOTS` when it names a folder (to look at them), else in a temporary
/// one. Without Chromium the test fails and says how to install it; `.ci/run` installs it.
@Suite(.serialized, .tags(.browser), .notInFastSet) struct BrowserTests {
    static let pages = ["index", "bodies/soudan", "issues/K-0001", "years/2024", "years/2024/sheet-soudan", "years/2024/schedule", "audit"]
    static let widths = [("desktop", 1280, 1600), ("phone", 390, 1400)]

    static func chromium() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["CHROMIUM"]].compactMap { $0 } + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }

    @Test func theSiteOpensInChromiumAtDesktopAndPhoneWidths() throws {
        guard let browser = Self.chromium() else {
            if ProcessInfo.processInfo.environment["KADAI_SKIP_BROWSER"] == "1" { return }
            Issue.record("Chromium is not installed: 'apt-get install chromium fonts-noto-cjk' (as .ci/run does), or set KADAI_SKIP_BROWSER=1 to leave this test out.")
            return
        }
        // Without a Japanese font every page would photograph as boxes.
        let fonts = try? ChildProcess(URL(fileURLWithPath: "/usr/bin/fc-list"), [":lang=ja", "family"]).finish(timeout: 30)
        #expect(fonts.map { !$0.stdout.isEmpty } == true, "No Japanese font: apt-get install fonts-noto-cjk")
        let scratch = try DemoCouncilTests.embeddedCopy()
        let site = scratch.path("site")
        let made = try ChildProcess(try Tools.kadai(), ["site", "--out", site, "--store", scratch.store]).finish(timeout: Tools.timeout)
        #expect(made.exitCode == 0, "\(made)")
        let shots = ProcessInfo.processInfo.environment["KADAI_SCREENSHOTS"] ?? scratch.path("screenshots")
        try FileManager.default.createDirectory(atPath: shots, withIntermediateDirectories: true)

        for page in Self.pages {
            for (name, width, height) in Self.widths {
                let png = "\(shots)/\(page.replacing("/", with: "_"))-\(name).png"
                try? FileManager.default.removeItem(atPath: png)
                let shot = try ChildProcess(browser, [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                    "--user-data-dir=\(scratch.path("chromium-profile"))", "--window-size=\(width),\(height)",
                    "--screenshot=\(png)", URL(fileURLWithPath: "\(site)/\(page).html").absoluteString,
                ]).finish(timeout: 90)
                #expect(shot.exitCode == 0, "\(shot)")
                let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
                // A PNG of the width asked for, and not a blank page: a blank one compresses to a
                // few kilobytes, a page of text to tens of them.
                #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(png)")
                let ihdrWidth = bytes.dropFirst(16).prefix(4).reduce(0) { $0 << 8 | Int($1) }
                #expect(ihdrWidth == width, "\(png) is \(ihdrWidth) wide")
                #expect(bytes.count > 20_000, "\(png) is \(bytes.count) bytes: a blank page?")
            }
        }
        print("Screenshots of the demo council's site: \(shots)")
    }
}
