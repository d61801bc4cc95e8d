import Hashing
import Testing
@testable import Documents

/// `.kadai-site`, the list of a site's files a later run may replace: written as `sha256sum`
/// writes, read back exactly, and nothing else read as one.
@Suite struct SiteManifestTests {
    @Test func theListReadsBackAsWritten() throws {
        let files = [(path: "index.html", html: "<p>トップ</p>"), (path: "years/2024/sheet-soudan.html", html: "")]
        let manifest = SiteManifest(files: files)
        #expect(manifest.text == """
            \(SHA256.hash("<p>トップ</p>").hex)  index.html
            \(SHA256.hash("").hex)  years/2024/sheet-soudan.html

            """)
        #expect(SiteManifest(text: Array(manifest.text.utf8)) == manifest)
        #expect(manifest.holds(folder: "years") && manifest.holds(folder: "years/2024"))
        #expect(!manifest.holds(folder: "year") && !manifest.holds(folder: "index.html"))
    }

    @Test(arguments: [
        "<html>the city's own list</html>",
        "\(String(repeating: "0", count: 64)) index.html",      // one space: not sha256sum's line
        "\(String(repeating: "g", count: 64))  index.html",     // not hex
        "\(String(repeating: "0", count: 64))  ",               // no path
    ])
    func anythingElseIsNoList(_ text: String) {
        #expect(SiteManifest(text: Array(text.utf8)) == nil)
    }
}
