import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The saved stream index: checked on open, saved when worthwhile.
extension EventStore {
    /// The saved index as written, if it is an index of this store that is whole.
    static func decodeSavedIndex(storeAt directory: String, storeId: String) -> Result<StreamIndex, IndexProblem> {
        // Mapped, not read: the file is tens of megabytes for a million events, and copying it
        // into fresh memory cost more than decoding it.
        guard let file = MappedFile("\(directory)/\(indexFolder)/streams.idx") else { return .failure(.missing) }
        return StreamIndex.decode(file, storeId: storeId)
    }

    /// The saved index, if it still describes this log: its segments exist, and its last record
    /// still has the hash it saw and still ends with its newline (a record whose newline is gone
    /// is an unfinished write, which a writer would cut).
    func checkSavedIndex(_ saved: StreamIndex) -> Result<StreamIndex, IndexProblem> {
        let files: [UInt64]
        do { files = try scanner.segmentFiles() } catch { return .failure(.stale("the segment folder cannot be listed")) }
        guard saved.segments.count <= files.count, zip(saved.segments, files).allSatisfy({ $0.firstPosition == $1 }) else {
            return .failure(.stale("its segments are not those on disk"))
        }
        if let last = saved.location(of: saved.head) {
            let segment = saved.segments[Int(last.segment)]
            let path = scanner.path(segment.firstPosition)
            guard let size = POSIXFile.fileSize(path), size >= segment.completeEnd,
                  let withNewline = try? readLine(path: path, location: RecordLocation(segment: last.segment, offset: last.offset, length: last.length + 1)),
                  withNewline.last == RecordCodec.newline,
                  case let line = Array(withNewline.dropLast()),
                  line.count > RecordCodec.hashSuffixLength,
                  line.withUnsafeBytes({ saved.headHash.hexEquals(UnsafeRawBufferPointer(rebasing: $0[($0.count - 66)..<($0.count - 2)])) })
            else { return .failure(.stale("the log no longer holds the record it ends at")) }
        }
        return .success(saved)
    }

    func readLine(path: String, location: RecordLocation) throws(StoreError) -> [UInt8] {
        let fd = try POSIXFile.open(path, O_RDONLY)
        defer { Glibc.close(fd) }
        let line = try POSIXFile.read(fd, count: Int(location.length), at: UInt64(location.offset), path: path)
        guard line.count == Int(location.length) else { throw .damaged(path: path, position: 0, byteOffset: UInt64(location.offset), reason: "short read") }
        return line
    }



    /// Saves the index so the next open reads only what comes after it.
    public func saveIndex() throws(StoreError) {
        index.loadAllStreams()
        try POSIXFile.makeDirectory("\(directory)/\(Self.indexFolder)")
        try POSIXFile.writeAtomically(index.encoded(storeId: manifest.storeId), to: indexPath, durable: false)
        savedIndexHead = index.head
    }

    /// After a write: saves the index when enough of the log lies beyond the saved copy, records
    /// what was verified, and gives back reserved space. These are caches and tidying: the records
    /// are already on disk, so a failure here never fails the write; each one is returned for the
    /// caller to mention.
    public func finishWriting() -> [StoreError] {
        var problems: [StoreError] = []
        // First, so the verification record sees the segment as it is left.
        do {
            try withFault(options.faults.closeErrno, "cut the unfinished end of", directory) { () throws(StoreError) in try close() }
        } catch { problems.append(error) }
        // The record first: it also witnesses what was acknowledged. The caches after it each on their own.
        do {
            try withFault(options.faults.verificationSaveErrno, "replace", verificationRecordPath) { () throws(StoreError) in try saveVerificationRecord() }
        } catch { problems.append(error) }
        do {
            let uncovered = index.head - min(savedIndexHead, index.head)
            if (indexState.isRebuilt && savedIndexHead == 0 && index.head > 0) || uncovered >= options.indexPersistInterval {
                try withFault(options.faults.indexSaveErrno, "replace", indexPath) { () throws(StoreError) in try saveIndex() }
            }
        } catch { problems.append(error) }
        // Best effort and silent: without a key, snapshots are only not used.
        try? makeSnapshotKeyIfMissing()
        // One note for one cause: index/ that cannot be written fails every step alike.
        var seen = Set<String>()
        return problems.filter { seen.insert(Self.folderOf($0)).inserted }
    }

    static func folderOf(_ problem: StoreError) -> String {
        if case .io(_, let path, _) = problem { return POSIXFile.parent(of: path) }
        return problem.description
    }

    /// Runs `body`, or fails as the disk would with `code` (fault injection for tests).
    func withFault(_ code: Int32?, _ operation: String, _ path: String, _ body: () throws(StoreError) -> Void) throws(StoreError) {
        if let code { throw .io(operation: operation, path: path, errno: code) }
        try body()
    }

    /// Saves the index and the verification record now, when the store can be written (`kadai rebuild`).
    public func saveCaches() throws(StoreError) {
        try saveIndex()
        try saveVerificationRecord()
        try makeSnapshotKeyIfMissing()
    }

    public var savedIndexCovers: UInt64 { savedIndexHead }
}
