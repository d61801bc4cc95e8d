import Hashing

/// Reads records the index does not cover yet, checks each one (framing, position, stream version,
/// batch, chain link and hash) and adds the complete batches to the index. The same walk from
/// position 1 with an empty index is both the index rebuild and `audit verify`.
struct LogScanner {
    let segmentsDirectory: String

    /// One record held back until the rest of its batch has been read.
    private struct Pending {
        var position: UInt64
        var stream: String
        var key: String?
        var rest: Int
        var hash: SHA256Digest
        var location: RecordLocation
    }

    /// Scans from the end of what `index` covers to the end of the log. Throws `.damaged` at the first
    /// record that fails a check; returns what lies after the last complete batch.
    /// `identities` receives, for each segment read, the file's identity as it was read.
    func catchUp(_ index: inout StreamIndex, identities: inout [UInt64: FileIdentity],
                 onRecord: ((RecordedEvent) -> Void)? = nil) throws(StoreError) -> TailCondition {
        let files = try segmentFiles()
        // The index must describe a prefix of the segments on disk, else the caller rebuilds it.
        guard index.segments.count <= files.count,
              zip(index.segments, files).allSatisfy({ $0.firstPosition == $1 }) else {
            throw .damaged(path: segmentsDirectory, position: index.head, byteOffset: 0,
                           reason: "the segments on disk do not match the index")
        }
        if files.isEmpty { return .clean }
        if index.segments.isEmpty {
            guard files[0] == 1 else {
                throw .damaged(path: path(files[0]), position: 1, byteOffset: 0, reason: "the first segment must start at position 1")
            }
            index.segments.append(.init(firstPosition: 1, completeEnd: 0))
        }
        var ordinal = index.segments.count - 1
        while true {
            let tail = try scanSegment(ordinal, &index, identities: &identities, onRecord: onRecord)
            guard ordinal + 1 < files.count else { return tail }
            let next = files[ordinal + 1]
            let nextPath = path(next)
            if case .unfinished(_, let offset, _, _, _) = tail {
                throw .damaged(path: path(files[ordinal]), position: index.head + 1, byteOffset: offset,
                               reason: "an unfinished write is followed by the segment '\(nextPath)'")
            }
            guard next == index.head + 1 else {
                throw .damaged(path: nextPath, position: index.head + 1, byteOffset: 0,
                               reason: "the segment should start at position \(index.head + 1) but is named for position \(next)")
            }
            index.segments.append(.init(firstPosition: next, completeEnd: 0))
            ordinal += 1
        }
    }

    func segmentFiles() throws(StoreError) -> [UInt64] {
        var positions: [UInt64] = []
        for name in try POSIXFile.listDirectory(segmentsDirectory) {
            guard let first = SegmentName.firstPosition(ofFileName: name) else {
                throw .foreignFile(path: "\(segmentsDirectory)/\(name)")
            }
            positions.append(first)
        }
        return positions.sorted()
    }

    func path(_ firstPosition: UInt64) -> String {
        "\(segmentsDirectory)/\(SegmentName.fileName(firstPosition: firstPosition))"
    }

    /// A reader may copy a reserved page while it is still zeros and the next page after a writer
    /// filled it, and so see zeros followed by records. What a writer is writing lands within
    /// milliseconds, so damage past the known complete data is looked at again before it is reported.
    private func scanSegment(_ ordinal: Int, _ index: inout StreamIndex, identities: inout [UInt64: FileIdentity],
                             onRecord: ((RecordedEvent) -> Void)?) throws(StoreError) -> TailCondition {
        var attempt = 0
        while true {
            do {
                return try scanSegmentOnce(ordinal, &index, identities: &identities, onRecord: onRecord)
            } catch {
                guard case .damaged = error, attempt < 5 else { throw error }
                attempt += 1
                usleep(UInt32(2000 * attempt))
            }
        }
    }

    private func scanSegmentOnce(_ ordinal: Int, _ index: inout StreamIndex, identities: inout [UInt64: FileIdentity],
                                 onRecord: ((RecordedEvent) -> Void)?) throws(StoreError) -> TailCondition {
        let segment = index.segments[ordinal]
        let filePath = path(segment.firstPosition)
        let fd = try POSIXFile.open(filePath, O_RDONLY)
        defer { close(fd) }
        let identity = try FileIdentity.of(fd, path: filePath)
        let size = identity.size
        let start = segment.completeEnd
        guard size >= start else {
            throw .damaged(path: filePath, position: index.head, byteOffset: size,
                           reason: "the segment is shorter than the records already read from it")
        }
        defer { identities[segment.firstPosition] = identity }
        if size == start { return .clean }
        let buffer = try POSIXFile.read(fd, count: Int(size - start), at: start, path: filePath)
        let scanned = buffer.withUnsafeBytes { bytes in
            Result { () throws(StoreError) -> TailCondition in try scanLines(bytes, from: start, size: size, ordinal, &index, onRecord) }
        }
        return try scanned.get()
    }

    private func scanLines(_ bytes: UnsafeRawBufferPointer, from start: UInt64, size: UInt64, _ ordinal: Int,
                           _ index: inout StreamIndex, _ onRecord: ((RecordedEvent) -> Void)?) throws(StoreError) -> TailCondition {
            let filePath = path(index.segments[ordinal].firstPosition)
            var pending: [Pending] = []
            var pendingEvents: [RecordedEvent] = []
            /// Records per stream in the batch being read, so versions check in constant time.
            var pendingPerStream: [String: UInt64] = [:]
            var lineStart = 0
            /// Offset of a NUL-bearing line: the start of garbage a torn write left, unless something valid follows.
            var garbageAt: Int?
            while lineStart < bytes.count {
                guard let newline = firstNewline(bytes, from: lineStart) else { break }
                let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<newline])
                let fileOffset = start + UInt64(lineStart)
                let expected = index.head + UInt64(pending.count) + 1
                if line.contains(0) {
                    garbageAt = garbageAt ?? lineStart
                    lineStart = newline + 1
                    continue
                }
                if let garbage = garbageAt {
                    throw .damaged(path: filePath, position: expected, byteOffset: start + UInt64(garbage),
                                   reason: "a line of zero bytes lies between records")
                }
                func damaged(_ reason: String) -> StoreError {
                    .damaged(path: filePath, position: expected, byteOffset: fileOffset, reason: reason)
                }
                let event: RecordedEvent
                do throws(RecordFormatError) { event = try RecordCodec.decode(line) } catch {
                    throw damaged("the line is not a valid record (\(error.reason) at byte \(error.offset) of the line)")
                }
                guard event.position == expected else {
                    throw damaged("it holds position \(event.position) where position \(expected) should follow")
                }
                let previousHash = pending.last?.hash ?? index.headHash
                guard event.previousHash == previousHash else {
                    throw damaged("its 'prev' does not match the hash of position \(expected - 1)")
                }
                guard RecordCodec.verifyHash(line) else {
                    throw damaged("its hash does not match its content: the line was altered")
                }
                if let problem = EventStore.nameProblem(of: event) {
                    throw damaged("\(problem), which no writer may store")
                }
                let streamVersion = index.version(of: event.stream) + (pendingPerStream[event.stream] ?? 0)
                guard event.version == streamVersion + 1 else {
                    throw damaged("it holds version \(event.version) of '\(event.stream)' where version \(streamVersion + 1) should follow")
                }
                if let last = pending.last, event.batchRest != last.rest - 1 {
                    throw damaged("its batch count 'rest' is \(event.batchRest) where \(last.rest - 1) should follow")
                }
                guard line.count < Int(UInt32.max), fileOffset + UInt64(line.count) < UInt64(UInt32.max) else {
                    throw damaged("the segment has grown past 4 GiB")
                }
                pending.append(Pending(position: event.position, stream: event.stream, key: event.idempotencyKey,
                                       rest: event.batchRest, hash: event.hash,
                                       location: RecordLocation(segment: UInt32(ordinal), offset: UInt32(fileOffset), length: UInt32(line.count))))
                if onRecord != nil { pendingEvents.append(event) }
                pendingPerStream[event.stream, default: 0] += 1
                if event.batchRest == 0 {
                    for p in pending { index.add(position: p.position, stream: p.stream, key: p.key, hash: p.hash, location: p.location) }
                    for e in pendingEvents { onRecord?(e) }
                    pending.removeAll(keepingCapacity: true)
                    pendingEvents.removeAll(keepingCapacity: true)
                    pendingPerStream.removeAll(keepingCapacity: true)
                }
                lineStart = newline + 1
            }
            let completeEnd = index.segments[ordinal].completeEnd
            // Zero bytes at the very end are space a writer reserved in advance, not a write.
            let written = Self.endOfNonZero(bytes, from: Int(completeEnd - start)) + Int(start)
            if UInt64(written) <= completeEnd { return .clean }
            return .unfinished(path: filePath, offset: completeEnd, bytes: UInt64(written) - completeEnd, afterPosition: index.head, records: pending.count)
    }

    /// The offset just past the last non-zero byte at or after `from` (or `from` if none).
    static func endOfNonZero(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int {
        var end = bytes.count
        while end > from && bytes[end - 1] == 0 { end -= 1 }
        return end
    }

    private func firstNewline(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        guard let p = memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from) else { return nil }
        return UnsafeRawPointer(p) - bytes.baseAddress!
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
