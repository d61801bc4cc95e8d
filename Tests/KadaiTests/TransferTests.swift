import Foundation
import Testing

/// `kadai export` and `kadai import`: a history written out and read back into a new store is the
/// same history — same chain, same documents — and an export that was cut or altered is refused
/// with the position where it breaks, leaving nothing behind.
@Suite struct TransferTests {
    static func exported() throws -> (CouncilStore, String) {
        let council = try DocumentCommandTests.council()
        let file = council.scratch.path("export.jsonl")
        try council.ok("export", "--out", file)
        return (council, file)
    }

    /// kadai on another store than the council's own (CouncilStore adds its own --store).
    static func run(_ arguments: [String], store: String) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), arguments + ["--store", store, "--lang", "en"]).finish(timeout: Tools.timeout)
    }

    @Test func anImportedExportIsTheSameHistory() throws {
        let (council, file) = try Self.exported()
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines[0].hasPrefix(#"{"format":"kadai-export","formatVersion":1,"#))
        #expect(lines.count == 1 + (try council.head()))
        let restored = council.scratch.path("restored/EventLog")
        let imported = try Self.run(["import", file], store: restored)
        #expect(imported.exitCode == 0 && imported.stdout.contains("the hash chain is the original's"), "\(imported)")
        #expect(try stats(restored).headHash == (try stats(council.store)).headHash)
        for command in [["issue", "list", "--json"], ["sheet", "soudan", "--fy", "R2", "--format", "json"], ["report", "timeline", "K-0001"]] {
            let before = try council.ok(command).stdout
            let after = try Self.run(command, store: restored).stdout
            #expect(before == after, "\(command)")
        }
        // Written out again, it is the same file.
        let again = council.scratch.path("again.jsonl")
        #expect(try Self.run(["export", "--out", again], store: restored).exitCode == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == (try Data(contentsOf: URL(fileURLWithPath: file))))
    }

    @Test func anAlteredOrCutExportIsRefusedWhereItBreaks() throws {
        let (council, file) = try Self.exported()
        var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let altered = lines.enumerated().map { n, line in n == 4 ? line.replacingOccurrences(of: #""actor":""#, with: #""actor":"x"#) : line }
        let cut = Array(lines.prefix(6)) + [""]
        lines[0] = lines[0].replacingOccurrences(of: "kadai-export", with: "something-else")
        for (name, content, mentioning) in [("altered", altered, "position 4"), ("cut", cut, "position 6"), ("foreign", lines, "is not a kadai export")] {
            let path = council.scratch.path("\(name).jsonl")
            try content.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let target = council.scratch.path("\(name)/nested/EventLog")
            let refused = try Self.run(["import", path], store: target)
            #expect(refused.exitCode == 1, "\(refused)")
            #expect(refused.stderr.contains(mentioning) && refused.stderr.contains("Nothing was written"), "\(name): \(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: council.scratch.path(name)), "\(name): nothing is left behind")
        }
        let existing = try Self.run(["import", file], store: council.store)
        #expect(existing.exitCode != 0 && existing.stderr.contains(council.store), "an import never goes into a store that exists")
    }

    @Test func theCSVExportHasOneFilePerKindOfRecordForExcel() throws {
        let (council, _) = try Self.exported()
        let folder = council.scratch.path("csv")
        try council.ok("export", "--format", "csv", "--out", folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.contains("IssueRaised.csv") && files.contains("MeetingRecorded.csv") && files.contains("BodyYearReviewed.csv"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/IssueRaised.csv"))
        let raised = String(decoding: bytes, as: UTF8.self)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark for Excel")
        #expect(raised.hasPrefix("\u{FEFF}\"position\",\"stream\",\"recordedAt\",\"actor\",\"issue\",\"title\",\"by\",\"on\"\r\n"))
        #expect(raised.contains("\"精神障害者が地域で暮らしにくい\""))
        let again = try council.run(["export", "--format", "csv", "--out", folder])
        #expect(again.exitCode == 2 && again.stderr.contains("is not empty"), "\(again)")
        let noFolder = try council.run(["export", "--format", "csv"])
        #expect(noFolder.exitCode == 2 && noFolder.stderr.contains("--out"))
    }
}
