import Hashing

/// The result of walking the whole log from position 1 (`kadai audit verify`).
public struct ChainVerification: Sendable {
    public var records: UInt64
    public var streams: Int
    public var segments: Int
    public var headHash: SHA256Digest
    public var tail: TailCondition
    /// The first damage found; nil when every record checks out.
    public var problem: StoreError?
    /// When an anchor was given: nil if it holds, else why not.
    public var anchorProblem: String?

    public var isSound: Bool { problem == nil && anchorProblem == nil }
}

extension EventStore {
    /// Walks every segment from position 1, checking framing, positions, stream versions, batches,
    /// chain links and every hash, without trusting (or touching) the saved index. With an anchor,
    /// also checks that the record at that position still has that hash.
    public static func verify(storeAt directory: String, anchor: (position: UInt64, hash: SHA256Digest)? = nil) throws(StoreError) -> ChainVerification {
        let manifestPath = "\(directory)/store.json"
        guard POSIXFile.isDirectory(directory), POSIXFile.exists(manifestPath) else { throw .storeNotFound(path: directory) }
        let manifest = try StoreManifest.decode(try POSIXFile.readWholeFile(manifestPath), path: manifestPath)
        for entry in try POSIXFile.listDirectory(directory) where !allowedEntries.contains(entry) {
            throw .foreignFile(path: "\(directory)/\(entry)")
        }
        var index = StreamIndex()
        var identities: [UInt64: FileIdentity] = [:]
        var anchored: SHA256Digest?
        let scanner = LogScanner(segmentsDirectory: "\(directory)/segments")
        var result = ChainVerification(records: 0, streams: 0, segments: 0, headHash: .zero, tail: .clean, problem: nil, anchorProblem: nil)
        // The caches are not trusted here, but what they saw acknowledged is evidence: a log that
        // lost records (a segment deleted, or cut short) is not sound, however well the rest links up.
        let saved = try? decodeSavedIndex(storeAt: directory, storeId: manifest.storeId).get()
        let acknowledged = acknowledgedEnds(record: loadVerificationRecord(storeAt: directory, storeId: manifest.storeId), savedIndex: saved)
        do throws(StoreError) {
            let witnessed = Set(acknowledged.map(\.last))
            var hashes: [UInt64: SHA256Digest] = [:]
            result.tail = try scanner.catchUp(&index, identities: &identities) { event in
                if event.position == anchor?.position { anchored = event.hash }
                if witnessed.contains(event.position) { hashes[event.position] = event.hash }
            }
            try checkAcknowledgedRecordsWereRead(acknowledged, index: index, scanner: scanner) { hashes[$0] }
        } catch {
            if case .damaged = error { result.problem = error } else { throw error }
        }
        result.records = index.head
        result.streams = index.streamCount
        result.segments = index.segments.count
        result.headHash = index.headHash
        if let anchor {
            if let found = anchored {
                if found != anchor.hash {
                    result.anchorProblem = "position \(anchor.position) has hash \(found.hex), not the anchored \(anchor.hash.hex): history up to that position was rewritten"
                }
            } else if result.problem == nil {
                result.anchorProblem = "the log ends at position \(index.head) and does not reach the anchored position \(anchor.position)"
            } else {
                result.anchorProblem = "the log is damaged before the anchored position \(anchor.position)"
            }
        }
        return result
    }
}
