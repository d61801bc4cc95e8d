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

        return try lock().withLock { () throws(StoreError) -> AppendResult in
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
            // A batch lands whole in one segment, so no batch may be larger than a segment is meant to be.
            guard buffer.count <= manifest.segmentBytes else {
                throw .batchTooLarge(events: events.count, bytes: buffer.count, limit: manifest.segmentBytes)
            }
            // Only now, with the batch known to be storable, may a new segment file appear.
            let (ordinal, fd) = try segmentForAppend()
            let offset = index.segments[ordinal].completeEnd
            let path = scanner.path(index.segments[ordinal].firstPosition)
            beforeOwnChange(index.segments[ordinal].firstPosition, fd: fd)
            try reserveSpace(fd, path: path, from: offset, needed: UInt64(buffer.count))
            do throws(StoreError) {
                if let code = options.faults.writeErrno {
                    // Part of the batch reaches the file, then the disk refuses the rest.
                    try POSIXFile.write(fd, Array(buffer.prefix(options.faults.writeAfterBytes)), at: offset, path: path)
                    throw .io(operation: "write to", path: path, errno: code)
                }
                try POSIXFile.write(fd, buffer, at: offset, path: path)
                if let code = options.faults.syncErrno { throw .io(operation: "flush to disk", path: path, errno: code) }
                try POSIXFile.sync(fd, path: path)
            } catch {
                // Take back what may have reached the file: it was never acknowledged.
                _ = ftruncate(fd, off_t(offset))
                _ = fdatasync(fd)
                closeWriteHandle()
                noteOwnChange(index.segments[ordinal].firstPosition, fd: fd)
                throw error
            }
            noteOwnChange(index.segments[ordinal].firstPosition, fd: fd)
            for (i, e) in envelopes.enumerated() {
                let line = encoded.lines[i]
                let location = RecordLocation(segment: UInt32(ordinal), offset: UInt32(offset) + UInt32(line.start), length: UInt32(line.length))
                index.add(position: e.position, stream: e.stream, key: idempotencyKey, hash: encoded.hashes[i], location: location)
            }
            lastRecorded = (index.head, recordedAt)
            acknowledged = (acknowledged?.lowerBound ?? envelopes[0].position)...index.head
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
        try walkWholeChainIfDue()
        guard case .unfinished(let path, let offset, let bytes, let after, let records) = tail else { return nil }
        let fd = try POSIXFile.open(path, O_WRONLY)
        defer { Glibc.close(fd) }
        if let last = index.segments.last { beforeOwnChange(last.firstPosition, fd: fd, always: true) }
        try POSIXFile.truncate(fd, to: offset, path: path)
        try POSIXFile.sync(fd, path: path)
        if let last = index.segments.last { noteOwnChange(last.firstPosition, fd: fd) }
        tail = .clean
        let cut = TailCut(path: path, bytes: bytes, afterPosition: after, records: records)
        cuts.append(cut)
        return cut
    }

    /// The last segment, or a new one when it is full (a batch never spans two segments).
    func segmentForAppend() throws(StoreError) -> (Int, Int32) {
        if let last = index.segments.last, last.completeEnd < UInt64(manifest.segmentBytes) {
            return (index.segments.count - 1, try writeFD(ordinal: index.segments.count - 1))
        }
        if let last = index.segments.last {
            // Seal the full segment: give back its reserved space before the next one appears, so
            // only the last segment can ever end in zeros.
            let fd = try writeFD(ordinal: index.segments.count - 1)
            beforeOwnChange(last.firstPosition, fd: fd, always: true)
            try POSIXFile.truncate(fd, to: last.completeEnd, path: scanner.path(last.firstPosition))
            try POSIXFile.sync(fd, path: scanner.path(last.firstPosition))
            noteOwnChange(last.firstPosition, fd: fd)
            reservedEnd = nil
        }
        let first = index.head + 1
        let path = scanner.path(first)
        let fd = try POSIXFile.open(path, O_WRONLY | O_CREAT, operation: "create the segment")
        Glibc.close(fd)
        try POSIXFile.syncDirectory(segmentsDirectory)
        index.segments.append(.init(firstPosition: first, completeEnd: 0))
        noteOwnChange(first, fd: nil)
        return (index.segments.count - 1, try writeFD(ordinal: index.segments.count - 1))
    }

    /// Space is reserved a megabyte at a time, zero-filled, so that most appends overwrite
    /// reserved bytes and the flush has no file size to record: one journal commit per
    /// megabyte instead of one per append. A full disk is reported here, before anything is written.
    /// How far the file is reserved is remembered rather than asked with `fstat` each time: on
    /// ext4 a `stat` of the file between appends makes the next flush measurably slower. A
    /// memory made stale by another writer costs at most one needless `fallocate`.
    func reserveSpace(_ fd: Int32, path: String, from offset: UInt64, needed: UInt64) throws(StoreError) {
        if let reserved = reservedEnd, reserved >= offset + needed { return }
        let segmentRoom = UInt64(manifest.segmentBytes) > offset ? UInt64(manifest.segmentBytes) - offset : 0
        let length = max(needed, min(Self.reservation, segmentRoom))
        let code = posix_fallocate(fd, off_t(offset), off_t(length))
        // A file system that cannot reserve simply grows the file as it is written.
        if code != 0 && code != EOPNOTSUPP && code != ENOSYS && code != EINVAL {
            throw .io(operation: "reserve space in", path: path, errno: code)
        }
        reservedEnd = code == 0 ? offset + length : nil
    }

    static let reservation: UInt64 = 1 << 20

    /// Gives back the reserved space at the end of the log, so that segments left at rest end in
    /// their last record. Writers call it before exiting; a writer that dies leaves the zeros,
    /// which every reader knows as reserved space.
    public func close() throws(StoreError) {
        defer { closeWriteHandle() }
        guard writeHandle != nil else { return }
        try lock().withLock { () throws(StoreError) in
            _ = try catchUpAsWriter()
            guard let last = index.segments.last else { return }
            let path = scanner.path(last.firstPosition)
            let fd = try writeFD(ordinal: index.segments.count - 1)
            if try POSIXFile.size(fd, path: path) > last.completeEnd {
                beforeOwnChange(last.firstPosition, fd: fd, always: true)
                try POSIXFile.truncate(fd, to: last.completeEnd, path: path)
                noteOwnChange(last.firstPosition, fd: fd)
            }
        }
    }

    /// Before this writer first changes a segment: if the file is not as this writer last verified
    /// it, someone else changed it, and it must be walked before it is sealed again. Only the first
    /// change of each segment is looked at: a `stat` between appends costs a fifth of a one-event
    /// append, and what comes after is judged by change times (`noteOwnChange`).
    /// `always` looks again before a later change too (a cut, a seal, giving back reserved space:
    /// rare, and the last change before the record is saved).
    func beforeOwnChange(_ first: UInt64, fd: Int32, always: Bool = false) {
        if let own = ownChanges[first] {
            guard always else { return }
            if let now = try? FileIdentity.of(fd, path: scanner.path(first)), own.explains(now) { return }
            changedByOthers.insert(first)
            return
        }
        let now = try? FileIdentity.of(fd, path: scanner.path(first))
        if now == nil || now != verified[first] { changedByOthers.insert(first) }
        ownChanges[first] = OwnChange(file: now, lastAt: Self.timeNow())
    }

    /// After this writer changed a segment: when. A file whose change time is later than this
    /// writer's last change was changed by someone else since (or in the same clock tick, which the
    /// format page says the record cannot see).
    func noteOwnChange(_ first: UInt64, fd: Int32?) {
        if ownChanges[first] == nil {
            // A segment this writer created: it had nothing to check before.
            ownChanges[first] = OwnChange(file: FileIdentity.of(path: scanner.path(first)), lastAt: Self.timeNow())
        }
        ownChanges[first]?.lastAt = Self.timeNow()
    }

    /// The system's time, as the file system stamps changes (seconds, nanoseconds).
    static func timeNow() -> (Int64, Int64) {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return (Int64(t.tv_sec), Int64(t.tv_nsec))
    }

    func writeFD(ordinal: Int) throws(StoreError) -> Int32 {
        if let handle = writeHandle, handle.ordinal == ordinal { return handle.fd }
        closeWriteHandle()
        let fd = try POSIXFile.open(scanner.path(index.segments[ordinal].firstPosition), O_RDWR)
        writeHandle = (ordinal, fd)
        return fd
    }

    func closeWriteHandle() {
        if let handle = writeHandle { Glibc.close(handle.fd) }
        writeHandle = nil
        reservedEnd = nil
    }
}
