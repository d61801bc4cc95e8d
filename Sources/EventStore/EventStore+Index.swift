import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The saved stream index: checked on open, saved when worthwhile.
extension EventStore {
    func loadSavedIndex() -> Result<StreamIndex, IndexProblem> {
        // Mapped, not read: the file is tens of megabytes for a million events, and copying it
        // into fresh memory cost more than decoding it.
        guard let decoded = POSIXFile.withMappedFile(indexPath, { StreamIndex.decode($0, storeId: manifest.storeId) }) else {
            return .failure(.missing)
        }
        guard case .success(let saved) = decoded else { return decoded }
        // The saved index must describe this log as it is: its segments exist, and its last record
        // still has the hash it saw and still ends with its newline (a record whose newline is gone
        // is an unfinished write, which a writer would cut).
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
        try POSIXFile.writeAtomically(index.encoded(storeId: manifest.storeId), to: indexPath, durable: false)
        savedIndexHead = index.head
    }

    /// Saves the index when enough of the log lies beyond the saved copy; call before exiting.
    public func saveIndexIfWorthwhile() throws(StoreError) {
        let uncovered = index.head - min(savedIndexHead, index.head)
        if case .rebuilt = indexState, savedIndexHead == 0, index.head > 0 {
            try saveIndex()
        } else if uncovered >= options.indexPersistInterval {
            try saveIndex()
        }
    }

    public var savedIndexCovers: UInt64 { savedIndexHead }
}
