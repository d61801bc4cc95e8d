import Foundation
import Hashing
import Testing

/// What `kadai export` writes outside the store (issue 11, findings 5 and 15): files named only
/// from names the store would record, nothing at --out unless the whole export is there, and
/// never a place inside the store.
@Suite struct ExportFilesTests {
    /// Gives the store's last record another type and re-hashes it, as someone who can write the
    /// segment would: the chain still holds. The saved index goes, so the store reads the segment.
    static func retype(lastRecordOf store: String, to type: String) throws {
        let segment = try #require(try segmentFiles(store).last)
        var lines = try String(contentsOfFile: segment, encoding: .utf8).split(separator: "\n").map(String.init)
        let last = try #require(lines.last)
        let oldType = try #require(last.range(of: #","type":"[^"]*""#, options: .regularExpression))
        let retyped = last.replacingCharacters(in: oldType, with: #","type":"# + "\"\(type)\"")
        let hashAt = try #require(retyped.range(of: #","hash":""#))
        let head = String(retyped[..<hashAt.lowerBound])
        lines[lines.count - 1] = head + #","hash":""# + SHA256.hash(head).hex + #""}"#
        try (lines.joined(separator: "\n") + "\n").write(toFile: segment, atomically: false, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: store + "/index")
    }

    /// Every path under a folder whose name holds `text`.
    static func paths(under folder: String, holding text: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.contains(text) }
    }

    @Test func aCraftedTypeNameWritesNoFileOutsideTheFolder() throws {
        let council = try DocumentCommandTests.council()
        try Self.retype(lastRecordOf: council.store, to: "../../../../PWNED")
        try FileManager.default.createDirectory(atPath: council.scratch.path("a/b/c"), withIntermediateDirectories: true)
        // Four folders up from --out is the scratch folder itself.
        let out = council.scratch.path("a/b/c/csv")
        let exported = try council.run("export", "--format", "csv", "--out", out)
        #expect(exported.exitCode == 1, "\(exported)")
        #expect(Self.paths(under: council.scratch.root.path, holding: "PWNED").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: council.scratch.path("PWNED.csv")))
        #expect(!FileManager.default.fileExists(atPath: out), "nothing half-written at --out")
        #expect(Self.paths(under: council.scratch.root.path, holding: ".kadai-").isEmpty, "nothing left beside it")
    }

    /// A write fault halfway (a file size limit, which holds for root too): the CSV folder, or
    /// the JSON-lines file, is not there at all, and no building copy is left beside it.
    @Test(arguments: [["--format", "csv", "--out", "out/csv"], ["--out", "out/council.jsonl"]])
    func aFailedExportLeavesNothing(_ arguments: [String]) throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        let warm = try ChildProcess(try Tools.kadai(), ["stats", "--store", scratch.store]).finish(timeout: Tools.timeout)
        #expect(warm.exitCode == 0, "\(warm)")
        try FileManager.default.createDirectory(atPath: scratch.path("out"), withIntermediateDirectories: true)
        let line = ["export", "--store", scratch.store, "--lang", "en"] + arguments.map { $0.hasPrefix("out/") ? scratch.path($0) : $0 }
        // 16 blocks: the first CSV files fit, the larger ones and the whole export do not.
        let limited = try ChildProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", #"trap '' XFSZ; ulimit -f 16; exec "$@""#, "sh", try Tools.kadai().path] + line)
            .finish(timeout: Tools.timeout)
        #expect(limited.exitCode == 1 && limited.stderr.contains("File too large"), "\(limited)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("out")).isEmpty)
        // The same export with room to write succeeds.
        let full = try ChildProcess(try Tools.kadai(), line).finish(timeout: Tools.timeout)
        #expect(full.exitCode == 0, "\(full)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("out")) == [String(arguments.last!.dropFirst("out/".count))])
    }

    /// --out in the store, in its snapshot folder, or reaching it by a link or `..`: refused by name.
    @Test(arguments: [
        (["--out", "EventLog/council.jsonl"], "lies inside the store"),
        (["--out", "EventLog/segments/../x.jsonl"], "lies inside the store"),
        (["--out", "link/x.jsonl"], "lies inside the store"),
        (["--format", "csv", "--out", "EventLog/csv"], "lies inside the store"),
        (["--format", "csv", "--out", "EventLog"], "is the store itself"),
        (["--format", "csv", "--out", "Snapshots/csv"], "lies inside the store's snapshot folder"),
        (["--format", "csv", "--out", "link/vault"], "lies inside the store"),
    ])
    func anExportIntoTheStoreIsRefused(_ arguments: [String], _ said: String) throws {
        let council = try DocumentCommandTests.council()
        try FileManager.default.createSymbolicLink(atPath: council.scratch.path("link"), withDestinationPath: council.store)
        let before = try contents(of: council.store)
        let refused = try council.run(["export"] + arguments.map { $0.contains("/") || $0 == "EventLog" ? council.scratch.path($0) : $0 })
        #expect(refused.exitCode == 2 && refused.stderr.contains(said) && refused.stderr.contains("nothing was written"), "\(refused)")
        #expect(try contents(of: council.store) == before)
        #expect(!FileManager.default.fileExists(atPath: council.scratch.snapshots + "/csv"))
    }
}
