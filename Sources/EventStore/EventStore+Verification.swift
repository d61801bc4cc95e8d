import Hashing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeping the promise that nothing is read, published or written after a record that does not
/// verify, without re-hashing the whole log at every open (EventLog/README.md, "The verification
/// record"): a segment whose file is exactly as it was when its chain was last verified is
/// trusted; any other segment is walked again before the store opens.
extension EventStore {
    static func loadVerificationRecord(storeAt directory: String, storeId: String) -> VerificationRecord? {
        guard let bytes = try? POSIXFile.readWholeFile("\(directory)/\(indexFolder)/\(VerificationRecord.fileName)") else { return nil }
        return VerificationRecord.decode(bytes, storeId: storeId)
    }

    /// Bytes of one segment that a verification record or a saved index saw acknowledged.
    struct AcknowledgedEnd {
        var first: UInt64
        var end: UInt64
        var last: UInt64
        /// The hash `last` had then, when known: a history rewritten up to it has another.
        var lastHash: SHA256Digest?
    }

    static func acknowledgedEnds(record: VerificationRecord?, savedIndex: StreamIndex?) -> [AcknowledgedEnd] {
        var ends: [AcknowledgedEnd] = record?.seals.map {
            AcknowledgedEnd(first: $0.firstPosition, end: $0.end, last: $0.lastPosition, lastHash: $0.lastHash)
        } ?? []
        if let saved = savedIndex {
            for (o, segment) in saved.segments.enumerated() {
                let isLast = o + 1 == saved.segments.count
                let last = isLast ? saved.head : saved.segments[o + 1].firstPosition - 1
                ends.append(AcknowledgedEnd(first: segment.firstPosition, end: segment.completeEnd, last: last, lastHash: isLast ? saved.headHash : nil))
            }
        }
        return ends.filter { $0.end > 0 }.sorted { $0.first < $1.first }
    }

    /// What was acknowledged must still be there once the log is read: its complete batches reach
    /// every end a verification record or a saved index saw. A segment that is gone, shorter, or cut
    /// and padded lost records, which no unfinished write explains; found here, before a writer could
    /// take a shortened end for a torn write and cut it (readers never cut).
    static func checkAcknowledgedRecordsWereRead(_ ends: [AcknowledgedEnd], index: StreamIndex, scanner: LogScanner,
                                                 hashAt: (UInt64) throws(StoreError) -> SHA256Digest?) throws(StoreError) {
        for claim in ends {
            let read = index.segments.first { $0.firstPosition == claim.first }?.completeEnd ?? 0
            let path = scanner.path(claim.first)
            guard read < claim.end || index.head < claim.last else {
                // Still there, but is it the same? Only someone who recomputed every hash after it
                // could make it verify with another hash (EventLog/README.md, "What the chain proves").
                if let expected = claim.lastHash, claim.last > 0, let found = try hashAt(claim.last), found != expected {
                    throw .damaged(path: path, position: claim.last, byteOffset: 0,
                                   reason: "position \(claim.last) has the hash \(found.hex), not the \(expected.hex) it had when it was acknowledged: "
                                       + "the history up to it was rewritten and its hashes recomputed. Check it against an anchor in the minutes with 'kadai audit verify --anchor'")
                }
                continue
            }
            let first = min(index.head + 1, claim.last)
            let what = FileIdentity.of(path: path) == nil
                ? "the segment is missing, yet records \(claim.first)–\(claim.last) were acknowledged in it"
                : "the segment holds \(read) bytes of whole records, fewer than the \(claim.end) bytes acknowledged in it: records from position \(first) to \(claim.last) were cut off or overwritten"
            throw .damaged(path: path, position: first, byteOffset: read, reason: what + ". " + restoredOnPurpose)
        }
    }

    static let restoredOnPurpose = "Restore the segment from a backup. If an older copy of the whole store was restored on purpose, move its folder 'index' out of the store (do not delete it: it names what was lost) and run 'kadai audit verify'"

    /// Trusts each segment the saved index covers whose file is as the verification record saw it,
    /// and walks the chain of every other one again.
    func verifyIndexedSegments(trusting record: VerificationRecord?) throws(StoreError) {
        for (o, segment) in index.segments.enumerated() {
            let path = scanner.path(segment.firstPosition)
            if let seal = record?.seal(startingAt: segment.firstPosition), seal.end >= segment.completeEnd,
               let identity = FileIdentity.of(path: path), identity == seal.identity {
                verified[segment.firstPosition] = identity
            } else {
                try verifySegment(o)
            }
        }
    }

    /// Walks every record's hash and link again, trusting nothing remembered: what publishing and
    /// exporting do first (`kadai site`, `kadai export`, `--public` documents, `audit anchor`).
    public func verifyWholeChain() throws(StoreError) {
        for o in index.segments.indices { try verifySegment(o) }
        // The machine's time, not the store's clock: that one stamps records (and is fixed in tests).
        wholeChainWalkedAt = Timestamp.now()
    }

    /// Before a write: the file identities catch ordinary edits, not someone set on hiding one (a
    /// change through a shared memory map keeps the change time), so a writer walks the whole
    /// chain when nobody has for a day. A write then never chains onto a history unchecked for long.
    func walkWholeChainIfDue() throws(StoreError) {
        let now = Timestamp.now()
        if let walked = wholeChainWalkedAt, now.millisecondsSinceEpoch - walked.millisecondsSinceEpoch < Self.wholeChainWalkInterval, walked <= now { return }
        try verifyWholeChain()
    }

    /// Walks the chain over the complete batches of one indexed segment, from the hash of the record
    /// before it to the `prev` of the record after it (or the head), and remembers the file's identity.
    func verifySegment(_ ordinal: Int) throws(StoreError) {
        let segment = index.segments[ordinal]
        let path = scanner.path(segment.firstPosition)
        let next = ordinal + 1 < index.segments.count ? index.segments[ordinal + 1].firstPosition : index.head + 1
        let records = next - segment.firstPosition
        let previous = try hash(at: segment.firstPosition - 1)
        let expectedLast: SHA256Digest
        if next <= index.head {
            let line = try lineBytes(index.locations[Int(next - 1)])
            let at = ChainWalk.prevOffset(lineEnd: line.count)
            guard line.count > RecordCodec.hashSuffixLength + RecordCodec.prevFieldLength,
                  let digest = SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: line[at..<(at + 64)])) else {
                throw .damaged(path: scanner.path(next), position: next, byteOffset: 0, reason: "the line is not a valid record")
            }
            expectedLast = digest
        } else {
            expectedLast = index.headHash
        }
        let fd = try POSIXFile.open(path, O_RDONLY)
        defer { Glibc.close(fd) }
        let identity = try FileIdentity.of(fd, path: path)
        guard identity.size >= segment.completeEnd else {
            throw .damaged(path: path, position: segment.firstPosition, byteOffset: identity.size,
                           reason: "the segment is shorter (\(identity.size) bytes) than its records (\(segment.completeEnd) bytes)")
        }
        var found: (position: UInt64, offset: Int, reason: String)?
        if segment.completeEnd > 0 {
            guard let p = mmap(nil, Int(segment.completeEnd), PROT_READ, MAP_SHARED, fd, 0), p != MAP_FAILED else {
                throw .io(operation: "map", path: path, errno: errno)
            }
            defer { munmap(p, Int(segment.completeEnd)) }
            found = ChainWalk.check(UnsafeRawBufferPointer(start: p, count: Int(segment.completeEnd)), firstPosition: segment.firstPosition,
                                    records: records, previous: previous, expectedLast: expectedLast)
        } else if records > 0 {
            found = (segment.firstPosition, 0, "the segment holds none of the records the index gives it")
        }
        if let found {
            throw .damaged(path: path, position: found.position, byteOffset: UInt64(found.offset), reason: found.reason)
        }
        verified[segment.firstPosition] = identity
        walkedSegments += 1
    }

    /// Writes `index/verified.json` from what this instance verified or wrote itself. A segment
    /// this writer changed is sealed as it left it, or walked again if anything changed it since; a
    /// segment that changed since, by anything but records read since, is left out, so the next
    /// open walks it again.
    func saveVerificationRecord() throws(StoreError) {
        try lock().withLock { () throws(StoreError) in
            try refresh()
            var seals: [VerificationRecord.Seal] = []
            for (o, segment) in index.segments.enumerated() {
                let path = scanner.path(segment.firstPosition)
                guard let now = FileIdentity.of(path: path) else { break }
                if let own = ownChanges[segment.firstPosition] {
                    // As this writer left it, and as it found it before each change: its own bytes.
                    // Otherwise someone else changed it too, and only a walk can tell what.
                    if own.explains(now) && !changedByOthers.contains(segment.firstPosition) {
                        verified[segment.firstPosition] = now
                    } else {
                        try verifySegment(o)
                    }
                } else if verified[segment.firstPosition] != now {
                    break
                }
                let last = o + 1 < index.segments.count ? index.segments[o + 1].firstPosition - 1 : index.head
                seals.append(.init(firstPosition: segment.firstPosition, end: segment.completeEnd, lastPosition: last,
                                   lastHash: try hash(at: last), identity: now))
            }
            ownChanges.removeAll()
            changedByOthers.removeAll()
            try POSIXFile.makeDirectory("\(directory)/\(Self.indexFolder)")
            try POSIXFile.writeAtomically(VerificationRecord(storeId: manifest.storeId, seals: seals, wholeChainWalkedAt: wholeChainWalkedAt).encoded(),
                                          to: verificationRecordPath, durable: false)
        }
    }
}
