import Foundation
import Testing

/// What kadai does with a log an interrupted writer left behind, and with caches (index, snapshot)
/// that went missing or bad: the log is the truth, the caches are rebuilt from it.
struct RecoveryTests {
    enum Truncation: String, CaseIterable, CustomTestStringConvertible {
        case middleOfLastLine
        case fiveWholeLinesOfLastBatch
        var testDescription: String { rawValue }
    }

    /// init, then 100 events in batches of 20: positions 1 | 2–21 | … | 62–81 | 82–101.
    func storeOfBatches() throws -> (Scratch, SegmentLines) {
        let scratch = try Scratch("recovery")
        try initStore(scratch.store)
        try appendEvents(scratch.store, events: 100, batch: 20)
        let segment = try SegmentLines(try #require(try segmentFiles(scratch.store).first))
        try #require(segment.lines.count == 101)
        return (scratch, segment)
    }

    func truncate(_ segment: SegmentLines, _ truncation: Truncation) throws -> Int {
        let keep = switch truncation {
        case .middleOfLastLine: segment.lines[100].lowerBound + segment.lines[100].count / 2
        case .fiveWholeLinesOfLastBatch: segment.lines[85].upperBound + 1
        }
        try truncateFile(segment.path, to: keep)
        return keep
    }

    /// Issue 11, finding 4: the writer that acknowledged the last batch left a record of how far
    /// the segment was acknowledged, so a segment found shorter lost records — it is refused by
    /// every command, never taken for an unfinished write and cut.
    @Test(arguments: Truncation.allCases)
    func anAcknowledgedBatchCutShortIsRefusedAsLostRecords(_ truncation: Truncation) throws {
        let (scratch, segment) = try storeOfBatches()
        let store = scratch.store
        _ = try truncate(segment, truncation)
        let damaged = try fileBytes(segment.path)

        let read = try kadai("stats", "--store", store, "--lang", "en")
        #expect(read.exitCode == 1 && read.stderr.contains("records from position 82 to 101 were cut off"), "\(read)")
        let verify = try kadai("audit", "verify", "--store", store, "--lang", "en", "--json")
        #expect(verify.exitCode == 1 && (try? verify.decode(Verification.self))?.badPosition == 82, "\(verify)")
        let writer = try bench("append", "--store", store, "--events", "5", "--batch", "5")
        #expect(writer.exitCode != 0 && writer.stdoutLines.isEmpty, "\(writer)")
        #expect(try fileBytes(segment.path) == damaged, "nothing cuts acknowledged records")
    }

    /// Without the caches' record (a store copied without `index/`), a batch cut short cannot be
    /// told from a write a crash tore: readers skip it, the next writer cuts it and says so,
    /// naming the whole records it held.
    @Test(arguments: Truncation.allCases)
    func withoutTheCachesABatchCutShortIsAnUnfinishedWriteAndItsCutIsReported(_ truncation: Truncation) throws {
        let (scratch, segment) = try storeOfBatches()
        let store = scratch.store
        let completeEnd = segment.lines[80].upperBound + 1
        let keep = try truncate(segment, truncation)
        try FileManager.default.removeItem(atPath: store + "/index")
        let unfinished = keep - completeEnd
        let damaged = try fileBytes(segment.path)

        let before = try stats(store)
        #expect(before.headPosition == 81, "readers stop before a batch whose last record is missing")
        #expect(before.tail.state == "unfinished" && before.tail.afterPosition == 81 && before.tail.bytes == unfinished,
                "\(before.tail)")
        let verify = try kadai("audit", "verify", "--store", store, "--lang", "en")
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(verify.stdout.contains("Unfinished write: \(unfinished) bytes after position 81"), "\(verify)")
        #expect(try fileBytes(segment.path) == damaged, "readers never cut")

        let whole = truncation == .middleOfLastLine ? 19 : 5
        let writer = try kadai("issue", "raise", "--title", "after the cut", "--by", "nobody", "--store", store, "--lang", "en")
        #expect(writer.exitCode == 1, "the council has no body 'nobody': refused before anything is cut \(writer)")
        #expect(try fileBytes(segment.path) == damaged)
        let appended = try bench("append", "--store", store, "--events", "5", "--batch", "5")
        #expect(appended.exitCode == 0, "\(appended)")
        #expect(appended.stderr.contains("Cut \(unfinished) bytes of an unfinished write after position 81"), "\(appended)")
        #expect(appended.stderr.contains("(\(whole) whole records of a batch whose last record was missing: positions 82–\(81 + whole))"), "\(appended)")
        #expect(appended.stdoutLines.first == "acked 86", "\(appended)")

        let after = try kadai("audit", "verify", "--store", store, "--lang", "en", "--json")
        #expect(after.exitCode == 0, "\(after)")
        let report = try after.decode(Verification.self)
        #expect(report.sound && report.headPosition == 86 && report.unfinishedWrite == nil, "\(after)")
        #expect(try stats(store).headPosition == 86)
    }

    /// Issue 11, finding 11: a read rebuilds a missing index in memory and writes nothing into the
    /// store; the next write (or `kadai rebuild`) saves it again.
    @Test func aDeletedIndexIsRebuiltFromTheLogWithoutWritingToTheStore() throws {
        let (scratch, _) = try storeOfBatches()
        let before = try stats(scratch.store)
        try FileManager.default.removeItem(atPath: scratch.store + "/index/streams.idx")

        let rebuilt = try stats(scratch.store)
        #expect(rebuilt.index.state == "rebuilt", "\(rebuilt.index)")
        #expect(rebuilt.headPosition == before.headPosition && rebuilt.headHash == before.headHash)
        #expect(rebuilt.eventsByType == before.eventsByType)
        #expect(!FileManager.default.fileExists(atPath: scratch.store + "/index/streams.idx"), "a read writes nothing into the store")
        #expect(try kadai("rebuild", "--store", scratch.store).exitCode == 0)
        #expect(try stats(scratch.store).index.state == "loaded")
    }

    @Test func rebuildMakesTheSameCachesFromTheLog() throws {
        let (scratch, _) = try storeOfBatches()
        let before = try stats(scratch.store)
        let rebuild = try kadai("rebuild", "--store", scratch.store, "--lang", "en")
        #expect(rebuild.exitCode == 0 && rebuild.stdout.hasPrefix("Rebuilt the index and snapshots from the log: 101 events"), "\(rebuild)")
        let after = try stats(scratch.store)
        #expect(after.headHash == before.headHash && after.eventsByType == before.eventsByType)
        #expect(after.index.state == "loaded" && after.snapshot.state == "used", "\(after.index) \(after.snapshot)")
    }

    enum SnapshotDamage: String, CaseIterable, CustomTestStringConvertible {
        case bytesOverwrittenInTheMiddle
        case truncatedToTenBytes
        case replacedByAnotherStoresSnapshot
        var testDescription: String { rawValue }
    }

    func onlySnapshot(in folder: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".snapshot") }
        try #require(names.count == 1, "one snapshot in \(folder): \(names)")
        return folder + "/" + names[0]
    }

    @Test(arguments: SnapshotDamage.allCases)
    func aBadSnapshotIsIgnoredAndRebuilt(_ damage: SnapshotDamage) throws {
        let (scratch, _) = try storeOfBatches()
        let before = try stats(scratch.store)
        let snapshot = try onlySnapshot(in: scratch.snapshots)
        #expect(before.snapshot.directory == scratch.snapshots)
        #expect(before.eventsByType.values.reduce(0, +) == 101)

        switch damage {
        case .bytesOverwrittenInTheMiddle:
            var bytes = try fileBytes(snapshot)
            let middle = bytes.count / 2
            bytes.replaceSubrange(middle..<(middle + 8), with: Data("XXXXXXXX".utf8))
            try bytes.write(to: URL(fileURLWithPath: snapshot))
        case .truncatedToTenBytes:
            try truncateFile(snapshot, to: 10)
        case .replacedByAnotherStoresSnapshot:
            let other = try Scratch("recovery-other")
            try initStore(other.store)
            try appendEvents(other.store, events: 20, batch: 20)
            _ = try stats(other.store)
            try FileManager.default.removeItem(atPath: snapshot)
            try FileManager.default.copyItem(atPath: try onlySnapshot(in: other.snapshots), toPath: snapshot)
        }

        let rebuilt = try stats(scratch.store)
        #expect(rebuilt.snapshot.state == "rebuilt", "\(rebuilt.snapshot)")
        #expect(rebuilt.eventsByType == before.eventsByType && rebuilt.headPosition == before.headPosition)
        let again = try stats(scratch.store)
        #expect(again.snapshot.state == "used", "the rebuilt snapshot was saved: \(again.snapshot)")
        #expect(again.eventsByType == before.eventsByType)
    }
}
