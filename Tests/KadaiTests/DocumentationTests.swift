import Foundation
import Testing
import TestSupport

/// EventLog/README.md promises that an auditor can check a log without kadai, and prints the script
/// to do it. The script is run, as printed, against logs kadai wrote, so page and code cannot drift.
struct DocumentationTests {
    /// A store of several 4 KiB segments, with an anchor taken half-way.
    func segmentedStore() throws -> (Scratch, midway: String) {
        let scratch = try Scratch("docs")
        try initStore(scratch.store, "--segment-bytes", "4096")
        try appendEvents(scratch.store, events: 150, batch: 5, seed: 1)
        let midway = try anchor(scratch.store)
        try appendEvents(scratch.store, events: 150, batch: 5, seed: 2)
        return (scratch, midway)
    }

    @Test func theReadmeScriptAgreesWithKadaiOnASegmentedLog() throws {
        let (scratch, midway) = try segmentedStore()
        let segments = try segmentFiles(scratch.store)
        #expect(segments.count >= 5, "the log should span several segments: \(segments.count)")
        let verifier = try ReadmeVerifier(in: scratch.root)
        let head = try anchor(scratch.store)
        #expect(head.hasPrefix("301:"))

        let plain = try verifier.run(scratch.store)
        #expect(plain.exitCode == 0 && plain.stdout == "OK \(head.replacingOccurrences(of: ":", with: " "))\n", "\(plain)")
        for held in [midway, head, "1:" + (try SegmentLines(segments[0]).text(ofLine: 0).suffix(66).prefix(64))] {
            let anchored = try verifier.run(scratch.store, anchor: held)
            #expect(anchored.exitCode == 0 && anchored.stdout.hasPrefix("OK 301 "), "anchor \(held)\n\(anchored)")
        }

        let position = midway.split(separator: ":")[0]
        let hash = midway.split(separator: ":")[1]
        let wrong = "\(position):" + String(hash.dropFirst()) + (hash.first == "a" ? "b" : "a")
        let refused = try verifier.run(scratch.store, anchor: wrong)
        #expect(refused.exitCode == 1 && refused.stdout.hasPrefix("BAD position \(position):"), "\(refused)")
        #expect(try verifier.run(scratch.store, anchor: "400:\(hash)").exitCode == 1, "an anchor beyond the log does not hold")
    }

    @Test func theReadmeScriptNamesTheSamePositionAsKadaiForAnAlteredDigit() throws {
        let seed = TestRandom.seed(default: 0xD0C5)
        var random = TestRandom(seed: seed)
        let (scratch, _) = try segmentedStore()
        let verifier = try ReadmeVerifier(in: scratch.root)
        let segments = try segmentFiles(scratch.store)
        for n in 0..<4 {
            // A segment after the first, so the position is not simply the line number.
            let segment = try SegmentLines(segments[Int.random(in: 1..<segments.count, using: &random)])
            let line = Int.random(in: 0..<segment.lines.count, using: &random)
            let digits = segment.lines[line].filter { segment.bytes[$0] >= 0x30 && segment.bytes[$0] <= 0x39 }
            let offset = try #require(digits.randomElement(using: &random))
            let position = segment.firstPosition + line
            let copy = try scratch.copyOfStore("copy-\(n)")
            var bytes = segment.bytes
            bytes[offset] = bytes[offset] == 0x39 ? 0x30 : bytes[offset] + 1
            try bytes.write(to: URL(fileURLWithPath: copy + "/segments/" + URL(fileURLWithPath: segment.path).lastPathComponent))
            let what = "seed \(seed): byte \(offset) of \(segment.path) (position \(position))"

            let python = try verifier.run(copy)
            #expect(python.exitCode == 1 && python.stdout.hasPrefix("BAD position \(position):"), "\(what)\n\(python)")
            let json = try kadai("audit", "verify", "--store", copy, "--json")
            #expect(json.exitCode == 1 && (try? json.decode(Verification.self))?.badPosition == position, "\(what)\n\(json)")
        }
    }

    /// As the page warns, the short script counts the whole records of an unfinished last batch;
    /// kadai does not.
    @Test func theReadmeScriptCountsRecordsOfAnUnfinishedBatchAsThePageSays() throws {
        let scratch = try Scratch("docs-tail")
        try initStore(scratch.store)
        try appendEvents(scratch.store, events: 40, batch: 20)
        let segment = try SegmentLines(try segmentFiles(scratch.store)[0])
        try truncateFile(segment.path, to: segment.lines[25].upperBound + 1)
        // Without the caches that witnessed the batch, as after a crash: an unfinished write.
        try FileManager.default.removeItem(atPath: scratch.store + "/index")
        let python = try ReadmeVerifier(in: scratch.root).run(scratch.store)
        #expect(python.exitCode == 0 && python.stdout.hasPrefix("OK 26 "), "\(python)")
        #expect(try anchor(scratch.store).hasPrefix("21:"))
    }

    /// A writer that dies keeps its reserved space: the last segment ends in zeros, which the page
    /// says are not part of the log.
    @Test func theReadmeScriptStopsAtReservedZerosAsThePageSays() throws {
        let (scratch, _) = try segmentedStore()
        let head = try anchor(scratch.store)
        let last = try segmentFiles(scratch.store).last!
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: last))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(count: 1 << 20))
        try handle.close()
        let verifier = try ReadmeVerifier(in: scratch.root)
        let result = try verifier.run(scratch.store)
        #expect(result.exitCode == 0 && result.stdout == "OK \(head.replacingOccurrences(of: ":", with: " "))\n", "\(result)")
        let kadaiSays = try kadai("audit", "verify", "--store", scratch.store, "--lang", "en")
        #expect(kadaiSays.exitCode == 0 && !kadaiSays.stdout.contains("Unfinished"), "\(kadaiSays)")
    }

    @Test func theUnitTestFixtureStorePassesTheReadmeScript() throws {
        let fixture = ReadmeVerifier.repositoryRoot.appendingPathComponent("Tests/EventStoreTests/Fixtures/schema-v1-store").path
        let scratch = try Scratch("docs-fixture")
        let python = try ReadmeVerifier(in: scratch.root).run(fixture)
        #expect(python.exitCode == 0 && python.stdout.hasPrefix("OK "), "\(python)")

        // kadai on a copy, since even reading may add an index folder to a store.
        try FileManager.default.copyItem(atPath: fixture, toPath: scratch.store)
        let report = try kadai("audit", "verify", "--store", scratch.store, "--json")
        let verification = try report.decode(Verification.self)
        #expect(report.exitCode == 0 && verification.sound, "\(report)")
        #expect(python.stdout == "OK \(verification.headPosition) \(verification.headHash)\n", "\(python)\n\(report)")
    }
}
