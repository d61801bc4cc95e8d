import Documents
import Foundation
import Testing
import TestSupport

/// Which folder `kadai site --out` may replace (issue 11, findings 6 and 15): only one holding
/// nothing but the files an earlier run listed in `.kadai-site`, unchanged; never the store, its
/// snapshots or a folder holding them. Each refusal names what it protects and writes nothing.
@Suite struct SiteFolderTests {
    static func site(_ scratch: Scratch, _ out: String) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), ["site", "--out", out, "--store", scratch.store, "--lang", "en"]).finish(timeout: Tools.timeout)
    }

    /// The bad-input catalogue's setups: a site kadai made in `site`, then other files put in it,
    /// a page edited, or its list removed (as an earlier kadai left it).
    static func prepare(_ setup: String, _ council: CouncilStore) throws {
        let root = council.scratch.path("site")
        try council.ok("site", "--out", root)
        switch setup {
        case "council+site+files":
            try write("keep me", root + "/important/keep.txt")
            try write("%PDF-1.4", root + "/docs/a.pdf")
        case "council+site+edited":
            try write(try String(contentsOfFile: root + "/issues/K-0001.html", encoding: .utf8) + "<!-- 担当：福祉課 -->", root + "/issues/K-0001.html")
        default:
            try FileManager.default.removeItem(atPath: root + "/" + SiteManifest.fileName)
        }
    }

    static func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The web root of finding 6: kadai's pages beside the city's own files.
    @Test(.tags(.slow), .notInFastSet) func aWebRootKeepsEveryFileKadaiDidNotWrite() throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        let root = scratch.path("www")
        #expect(try Self.site(scratch, root).exitCode == 0)
        try Self.write("keep me", root + "/important/keep.txt")
        try Self.write("%PDF-1.4", root + "/docs/a.pdf")
        try FileManager.default.createDirectory(atPath: root + "/uploads", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/bodies/latest.html", withDestinationPath: "soudan.html")
        let before = try contents(of: root)
        let refused = try Self.site(scratch, root)
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(refused.stderr.contains("holds files that are not a site kadai made (bodies/latest.html, docs/a.pdf, important/keep.txt…)"), "\(refused.stderr)")
        #expect(try contents(of: root) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).allSatisfy { !$0.contains(".kadai-") })

        // With its own files gone, the folder is kadai's again, and replaced.
        for extra in ["important", "docs", "bodies/latest.html"] { try FileManager.default.removeItem(atPath: root + "/" + extra) }
        let emptyOnly = try Self.site(scratch, root)
        #expect(emptyOnly.exitCode == 2 && emptyOnly.stderr.contains("(uploads/)"), "an empty folder of someone else's is named too: \(emptyOnly)")
        try FileManager.default.removeItem(atPath: root + "/uploads")
        #expect(try Self.site(scratch, root).exitCode == 0)
    }

    /// A site an earlier kadai made has its generator tag but no list: what else is in the folder
    /// cannot be told apart, so kadai asks for the folder to be emptied.
    @Test(.tags(.slow), .notInFastSet) func aSiteWithoutAListIsRefused() throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        let root = scratch.path("www")
        #expect(try Self.site(scratch, root).exitCode == 0)
        try FileManager.default.removeItem(atPath: root + "/" + SiteManifest.fileName)
        try Self.write("keep me", root + "/important/keep.txt")
        let before = try contents(of: root)
        let refused = try Self.site(scratch, root)
        #expect(refused.exitCode == 2 && refused.stderr.contains("a site made by an earlier kadai, which kept no list of its files (.kadai-site)")
            && refused.stderr.contains("Empty the folder, or give --out another one"), "\(refused)")
        #expect(try contents(of: root) == before)
    }

    @Test(.tags(.slow), .notInFastSet) func aPageEditedByHandIsRefusedByName() throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        let root = scratch.path("www")
        #expect(try Self.site(scratch, root).exitCode == 0)
        let page = root + "/issues/K-0003.html"
        try Self.write(try String(contentsOfFile: page, encoding: .utf8) + "<!-- 担当：福祉課 -->", page)
        let before = try contents(of: root)
        let refused = try Self.site(scratch, root)
        #expect(refused.exitCode == 2 && refused.stderr.contains("The page issues/K-0003.html in '\(root)' was changed after kadai wrote it"), "\(refused)")
        #expect(try contents(of: root) == before)
        // Deleting the edited page is enough: a page missing from the list's files is no one's loss.
        try FileManager.default.removeItem(atPath: page)
        #expect(try Self.site(scratch, root).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: page))
    }

    /// `.` is the scratch folder, which holds the store; `link` leads into the store.
    @Test(arguments: [
        ("EventLog", "is the store itself"),
        ("EventLog/site", "lies inside the store"),
        ("EventLog/segments/../site", "lies inside the store"),
        ("link/site", "lies inside the store"),
        ("Snapshots", "is the store's snapshot folder itself"),
        ("Snapshots/site", "lies inside the store's snapshot folder"),
        (".", "holds the store"),
    ])
    func aSiteIntoOrOverTheStoreIsRefused(_ out: String, _ said: String) throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        try FileManager.default.createDirectory(atPath: scratch.snapshots, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link"), withDestinationPath: scratch.store)
        // A read saves the store's index; done first, so the comparison sees only what site does.
        #expect(try ChildProcess(try Tools.kadai(), ["stats", "--store", scratch.store]).finish(timeout: Tools.timeout).exitCode == 0)
        let before = try [contents(of: scratch.store), contents(of: scratch.snapshots)]
        let refused = try Self.site(scratch, out == "." ? scratch.root.path : scratch.path(out))
        #expect(refused.exitCode == 2 && refused.stderr.contains(said) && refused.stderr.contains("nothing was written"), "\(refused)")
        #expect(try [contents(of: scratch.store), contents(of: scratch.snapshots)] == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted() == ["EventLog", "Snapshots", "link"])
    }

    /// The list is `sha256sum`'s own format: each page with its hash, nothing else.
    @Test(.tags(.slow), .notInFastSet) func theListNamesEveryPageWithItsHash() throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        let root = scratch.path("www")
        #expect(try Self.site(scratch, root).exitCode == 0)
        let listed = try String(contentsOfFile: root + "/" + SiteManifest.fileName, encoding: .utf8)
        let pages = try SiteCommandTests.files(root).map(\.path)
        #expect(listed.split(separator: "\n").map { String($0.dropFirst(66)) } == pages.sorted())
        let check = try ChildProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sha256sum", "--check", "--strict", "--quiet", SiteManifest.fileName],
                                     directory: URL(fileURLWithPath: root)).finish(timeout: Tools.timeout)
        #expect(check.exitCode == 0, "\(check)")
    }
}
