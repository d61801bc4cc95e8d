import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appending: one batch, one write, one flush, under the writer lock.
extension EventStore {
    /// Appends a batch: one write, one flush to disk, all or nothing. Each stream named in
    /// `expecting` must be at the version given before the batch; other streams accept any version.
    /// With an `idempotencyKey` already written, returns the original positions and writes nothing.
    @discardableResult
    public func append(_ events: [ProposedEvent], expecting: [String: ExpectedVersion] = [:], actor: String,
                       idempotencyKey: String? = nil) throws(StoreError) -> AppendResult {
        guard !events.isEmpty else { throw .emptyBatch }
        try Self.validateText(actor, field: "actor")
        if let key = idempotencyKey { try Self.validateText(key, field: "idempotency key") }
        for e in events { try Self.validate(e) }
        for stream in expecting.keys { try Self.validateText(stream, field: "stream") }

        return try lock.withLock { () throws(StoreError) -> AppendResult in
            let cut = try catchUpAsWriter()
            if let key = idempotencyKey, let written = index.keys[key] {
                return AppendResult(positions: written, wasAlreadyWritten: true, tailCut: cut)
            }
            for (stream, expected) in expecting.sorted(by: { $0.key < $1.key }) {
                let actual = index.version(of: stream)
                guard expected.admits(actual) else { throw .versionConflict(stream: stream, expected: expected, actual: actual) }
            }
            // Never earlier than the record before it, even if a clock stepped back: so what was known
            // at any instant is a prefix of the log (see `head(knownAt:)`).
            let recordedAt = max(options.clock(), try headRecordedAt())
            var versions: [String: UInt64] = [:]
            var envelopes: [RecordCodec.Envelope] = []
            envelopes.reserveCapacity(events.count)
            for (i, e) in events.enumerated() {
                let version = (versions[e.stream] ?? index.version(of: e.stream)) + 1
                versions[e.stream] = version
                envelopes.append(.init(position: index.head + UInt64(i) + 1, stream: e.stream, version: version, type: e.type,
                                       schemaVersion: e.schemaVersion, occurredAt: e.occurredAt, recordedAt: recordedAt,
                                       actor: actor, idempotencyKey: idempotencyKey, batchRest: events.count - 1 - i,
                                       vault: e.vault, data: e.data))
            }
            writeBuffer.removeAll(keepingCapacity: true)
            var buffer = writeBuffer
            writeBuffer = []
            defer { writeBuffer = buffer }
            let encoded = BatchEncoder.encode(envelopes, previous: index.headHash, into: &buffer)
            for (i, line) in encoded.lines.enumerated() where line.length > Self.maximumLineBytes {
                throw .invalidEvent(field: "data", value: "\(events[i].type) in \(events[i].stream)",
                                    reason: "it is \(line.length) bytes; an event may hold at most \(Self.maximumLineBytes) bytes")
            }
            guard buffer.count < Int(UInt32.max / 2) else {
                throw .invalidEvent(field: "batch", value: "\(events.count) events", reason: "it is \(buffer.count) bytes, more than one append may write; append fewer events at once")
            }
            // Only now, with the batch known to be storable, may a new segment file appear.
            let (ordinal, fd) = try segmentForAppend()
            let offset = index.segments[ordinal].completeEnd
            let path = scanner.path(index.segments[ordinal].firstPosition)
            do throws(StoreError) {
                try POSIXFile.write(fd, buffer, at: offset, path: path)
                try POSIXFile.sync(fd, path: path)
            } catch {
                // Take back what may have reached the file: it was never acknowledged.
                _ = ftruncate(fd, off_t(offset))
                _ = fdatasync(fd)
                closeWriteHandle()
                throw error
            }
            for (i, e) in envelopes.enumerated() {
                let line = encoded.lines[i]
                let location = RecordLocation(segment: UInt32(ordinal), offset: UInt32(offset) + UInt32(line.start), length: UInt32(line.length))
                index.add(position: e.position, stream: e.stream, key: idempotencyKey, hash: encoded.hashes[i], location: location)
            }
            return AppendResult(positions: envelopes[0].position...envelopes[envelopes.count - 1].position, wasAlreadyWritten: false, tailCut: cut)
        }
    }

    /// Convenience: append events to one stream with one expectation.
    @discardableResult
    public func append(to stream: String, expected: ExpectedVersion, _ events: [ProposedEvent], actor: String,
                       idempotencyKey: String? = nil) throws(StoreError) -> AppendResult {
        try append(events, expecting: [stream: expected], actor: actor, idempotencyKey: idempotencyKey)
    }

    /// Under the lock: reads what others wrote and cuts an unfinished write left by a dead writer.
    func catchUpAsWriter() throws(StoreError) -> TailCut? {
        try refresh()
        guard case .unfinished(let path, let offset, let bytes, let after) = tail else { return nil }
        let fd = try POSIXFile.open(path, O_WRONLY)
        defer { close(fd) }
        try POSIXFile.truncate(fd, to: offset, path: path)
        try POSIXFile.sync(fd, path: path)
        tail = .clean
        return TailCut(path: path, bytes: bytes, afterPosition: after)
    }

    /// The last segment, or a new one when it is full (a batch never spans two segments).
    func segmentForAppend() throws(StoreError) -> (Int, Int32) {
        if let last = index.segments.last, last.completeEnd < UInt64(manifest.segmentBytes) {
            return (index.segments.count - 1, try writeFD(ordinal: index.segments.count - 1))
        }
        let first = index.head + 1
        let path = scanner.path(first)
        let fd = try POSIXFile.open(path, O_WRONLY | O_CREAT, operation: "create the segment")
        close(fd)
        try POSIXFile.syncDirectory(segmentsDirectory)
        index.segments.append(.init(firstPosition: first, completeEnd: 0))
        return (index.segments.count - 1, try writeFD(ordinal: index.segments.count - 1))
    }

    func writeFD(ordinal: Int) throws(StoreError) -> Int32 {
        if let handle = writeHandle, handle.ordinal == ordinal { return handle.fd }
        closeWriteHandle()
        let fd = try POSIXFile.open(scanner.path(index.segments[ordinal].firstPosition), O_WRONLY)
        writeHandle = (ordinal, fd)
        return fd
    }

    func closeWriteHandle() {
        if let handle = writeHandle { close(handle.fd) }
        writeHandle = nil
    }
}
