import CouncilService
import FileSystem
import Testing
@testable import kadai

/// The rules that keep what `export` and `site` write inside --out and out of the store, whatever
/// names the store hands them (issue 11, findings 5, 6 and 15).
@Suite struct FileNameTests {
    @Test(arguments: ["IssueRaised", "Body.Renamed-v2", "a_b", String(repeating: "A", count: 100)])
    func aTypeTheStoreWouldRecordNamesAFile(_ type: String) throws {
        #expect(CouncilService.isFileName(type))
    }

    @Test(arguments: ["../../../../PWNED", "a/b", ".hidden", "..", "", "1Issue", "-x", "Issue Raised", "課題", "Issue\u{1B}[31m", "a\\b",
                      String(repeating: "A", count: 101)])
    func anyOtherTypeIsRefusedByPosition(_ type: String) {
        #expect(!CouncilService.isFileName(type))
        let said = RefusalText(japanese: false).describe(.unnamableType(type, position: 42))
        #expect(said.contains("position 42") && !said.contains("\u{1B}"))
    }

    @Test(arguments: [("index.html", true), ("bodies/相談支援部会.html", true), ("years/2024/sheet-soudan.html", true),
                      ("../index.html", false), ("issues/../../x.html", false), ("/etc/passwd", false), ("issues/.hidden.html", false),
                      (".kadai-site", false), ("issues//x.html", false), ("issues/a\\b.html", false), ("issues/\u{7}.html", false)])
    func aPagePathStaysInTheSitesFolder(_ path: String, _ plain: Bool) {
        #expect(CouncilService.isPlainPath(path) == plain)
    }

    /// `..` and links resolved through the nearest folder that exists; the rest as written.
    @Test func placesAreComparedAsTheSystemReachesThem() {
        #expect(LocalFiles.resolved("/") == "/")
        #expect(LocalFiles.resolved("/tmp/../tmp/no/such/./x/../y") == LocalFiles.resolved("/tmp") + "/no/such/y")
        #expect(LocalFiles.isWithin("/a/b", "/a") && LocalFiles.isWithin("/a", "/a") && LocalFiles.isWithin("/a", "/"))
        #expect(!LocalFiles.isWithin("/ab", "/a") && !LocalFiles.isWithin("/a", "/a/b"))
        #expect(LocalFiles.beside("site//", "new").hasPrefix("site.kadai-new-"))
    }
}
