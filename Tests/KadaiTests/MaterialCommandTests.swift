import Foundation
import Testing

/// `kadai meeting attach|files|publish|withdraw`, and what `audit verify`, `site`, `export` and
/// `import` do with a meeting's minutes and materials, through the built program.
@Suite struct MaterialCommandTests {
    static let minutes = "%PDF-1.4 第1回相談支援部会 議事録"

    /// A council with 相談支援部会's 第1回 of 令和6年度 (soudan-2024-1) taking up K-0001, and a file of minutes beside it.
    static func council() throws -> (CouncilStore, String) {
        let council = try CouncilStore("materials")
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2024-04-01")
        try council.ok("issue", "raise", "--title", "相談先が分からない", "--by", "soudan", "--on", "2024-05-01")
        try council.ok("meeting", "record", "soudan", "--on", "2024-06-10", "--agenda", "事例検討", "--issue", "K-0001")
        return (council, try council.file("第1回議事録.pdf", minutes))
    }

    /// kadai on another store than the council's.
    static func kadai(_ arguments: [String]) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), arguments + ["--lang", "en"]).finish(timeout: Tools.timeout)
    }

    @Test func aFileIsAttachedListedAndItsHashPrintedFirst() throws {
        let (council, path) = try Self.council()
        let out = try council.ok("meeting", "attach", "soudan-2024-1", path, "--title", "第1回 議事録", "--kind", "議事録", "--public")
        let sha = String(out.stdout.split(separator: "\n")[0])
        #expect(sha.count == 64)
        #expect(out.stdout.contains("minutes attached '第1回 議事録' (soudan-2024-1, public)"))
        #expect(FileManager.default.fileExists(atPath: council.store + "/files/sha256/\(sha.prefix(2))/\(sha)"))
        let listed = try council.ok("meeting", "files", "soudan-2024-1").stdout
        #expect(listed == "\(sha.prefix(12))\tminutes\t第1回 議事録\t第1回議事録.pdf\tPDF, \(Self.minutes.utf8.count) B\tpublic\tK-0001\n")
        #expect(try council.ok("audit", "verify").stdout.contains("The 1 attached files all have the size and SHA-256 their records hold."))
    }

    @Test func badInputIsRefusedNamingItAndNothingIsWritten() throws {
        let (council, path) = try Self.council()
        try expectCouncilRefusal(council, ["meeting", "attach", "soudan-2024-1", council.scratch.path("missing.pdf"), "--title", "t", "--kind", "minutes"],
                                 exit: 2, mentioning: ["missing.pdf", "does not exist"])
        try expectCouncilRefusal(council, ["meeting", "attach", "soudan-2024-1", council.scratch.root.path, "--title", "t", "--kind", "minutes"],
                                 exit: 2, mentioning: ["is not a file"])
        try expectCouncilRefusal(council, ["meeting", "attach", "soudan-2024-9", path, "--title", "t", "--kind", "minutes"],
                                 exit: 1, mentioning: ["There is no recorded meeting 'soudan-2024-9'", "soudan-2024-1"])
        try expectCouncilRefusal(council, ["meeting", "attach", "soudan-2024-1", path, "--title", "t", "--kind", "agenda"],
                                 exit: 2, mentioning: ["agenda"])
        try expectCouncilRefusal(council, ["meeting", "attach", "soudan-2024-1", path, "--kind", "minutes"],
                                 exit: 2, mentioning: ["--title"])
        try expectCouncilRefusal(council, ["meeting", "attach", "soudan-2024-1", path, "--title", "t", "--kind", "minutes", "--issue", "K-0042"],
                                 exit: 1, mentioning: ["K-0042"])
        #expect(!FileManager.default.fileExists(atPath: council.store + "/files"))
    }

    @Test func verifyNamesAMissingOrAlteredFile() throws {
        let (council, path) = try Self.council()
        let sha = String(try council.ok("meeting", "attach", "soudan-2024-1", path, "--title", "議事録", "--kind", "minutes").stdout.prefix(64))
        let kept = council.store + "/files/sha256/\(sha.prefix(2))/\(sha)"
        try Data("altered".utf8).write(to: URL(fileURLWithPath: kept))
        let altered = try council.run("audit", "verify")
        #expect(altered.exitCode == 1)
        #expect(altered.stdout.contains("soudan-2024-1「議事録」 (第1回議事録.pdf): the file files/sha256/\(sha.prefix(2))/\(sha) is not the one recorded"))
        try FileManager.default.removeItem(atPath: kept)
        let missing = try council.run("audit", "verify")
        #expect(missing.exitCode == 1)
        #expect(missing.stdout.contains("is missing"))
    }

    @Test func anImportCopiesTheFilesGivenOrSaysWhichAreMissing() throws {
        let (council, path) = try Self.council()
        try council.ok("meeting", "attach", "soudan-2024-1", path, "--title", "議事録", "--kind", "minutes")
        let export = council.scratch.path("export.jsonl")
        #expect(try council.ok("export", "--out", export).stdout.contains("Copy that folder with the export"))
        let bare = council.scratch.path("bare/EventLog")
        let without = try Self.kadai(["import", export, "--store", bare])
        #expect(without.stdout.contains("But 1 of the 1 attached files are not here yet"))
        #expect(try Self.kadai(["audit", "verify", "--store", bare]).exitCode == 1)
        let whole = council.scratch.path("whole/EventLog")
        #expect(try Self.kadai(["import", export, "--store", whole, "--files", council.store + "/files"]).stdout.contains("The 1 attached files were copied too"))
        #expect(try Self.kadai(["audit", "verify", "--store", whole]).exitCode == 0)
    }

    @Test func theSitePublishesOnlyPublicFiles() throws {
        let (council, path) = try Self.council()
        let secret = try council.file("memo.docx", "個人名を含む")
        try council.ok("meeting", "attach", "soudan-2024-1", path, "--title", "第1回 議事録", "--kind", "minutes", "--public")
        try council.ok("meeting", "attach", "soudan-2024-1", secret, "--title", "非公開のケース資料", "--kind", "material")
        let site = council.scratch.path("site")
        try council.ok("site", "--out", site, "--fy", "2024")
        let published = try FileManager.default.contentsOfDirectory(atPath: site + "/files")
        #expect(published.count == 1 && published[0].hasSuffix("-1.pdf"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: site + "/files/" + published[0])) == Data(Self.minutes.utf8))
        let everything = try contents(of: site).compactMap { $0.value }.reduce(Data(), +)
        #expect(everything.range(of: Data("非公開のケース資料".utf8)) == nil)
        #expect(everything.range(of: Data("memo.docx".utf8)) == nil)
        // Withdrawn, it leaves the site at the next run.
        let sha = String(try council.ok("meeting", "files", "soudan-2024-1").stdout.prefix(12))
        try council.ok("meeting", "withdraw", "soudan-2024-1", "--sha256", sha, "--reason", "個人名があった")
        try council.ok("site", "--out", site, "--fy", "2024")
        #expect(!FileManager.default.fileExists(atPath: site + "/files"))
    }
}

extension MaterialCommandTests {
    /// The files' check reads no case note: a vault found looser than it should be is not its
    /// concern, and `audit verify` still reports the log as before.
    @Test func verifyChecksTheFilesWhateverTheVaultsMode() throws {
        let (council, path) = try Self.council()
        try council.ok("case", "add", "K-0001", "--note", "事例")
        try council.ok("meeting", "attach", "soudan-2024-1", path, "--title", "議事録", "--kind", "minutes")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: council.store + "/vault")
        let verified = try council.ok("audit", "verify")
        #expect(verified.stdout.contains("The log is sound") && verified.stdout.contains("The 1 attached files all have the size and SHA-256"))
    }
}
