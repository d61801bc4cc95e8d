import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only log of one store folder (EventLog/README.md). Many processes may open one store:
/// writers serialise on `writer.lock` for the length of an append, readers never lock and see only
/// complete batches. Not thread-safe: one instance belongs to one thread.
public final class EventStore {
    public let directory: String
    public let manifest: StoreManifest
    public let options: StoreOptions
    public private(set) var indexState: IndexState
    /// What lies after the last complete batch, as of the last time this instance looked.
    public private(set) var tail: TailCondition = .clean

    private var index: StreamIndex
    private var savedIndexHead: UInt64
    private var mapped: [MappedSegment] = []
    private let lock: WriterLock
    private var writeHandle: (ordinal: Int, fd: Int32)?
    /// Reused from append to append, so a batch does not fault in fresh pages each time.
    private var writeBuffer: [UInt8] = []

    static let allowedEntries: Set<String> = ["store.json", "segments", "index", "writer.lock", "README.md", "vault"]
    static let maximumLineBytes = 4 << 20

    var segmentsDirectory: String { "\(directory)/segments" }
    var indexPath: String { "\(directory)/index/streams.idx" }
    var scanner: LogScanner { LogScanner(segmentsDirectory: segmentsDirectory) }

    // MARK: Creating and opening

    /// Creates an empty store in `directory` (created if missing; it may hold only a README.md).
    @discardableResult
    public static func create(at directory: String, segmentBytes: Int = StoreManifest.defaultSegmentBytes,
                              options: StoreOptions = StoreOptions()) throws(StoreError) -> EventStore {
        guard segmentBytes >= 1024, segmentBytes <= 1 << 30 else {
            throw .invalidEvent(field: "segment size", value: "\(segmentBytes)", reason: "it must lie between 1 KiB and 1 GiB")
        }
        if POSIXFile.exists(directory) {
            guard POSIXFile.isDirectory(directory) else { throw .foreignFile(path: directory) }
            let entries = try POSIXFile.listDirectory(directory)
            if entries.contains("store.json") { throw .storeAlreadyExists(path: directory) }
            // What an interrupted create leaves behind may be reused; anything else is someone's file.
            let leftovers: Set<String> = ["README.md", "writer.lock", "index", "segments"]
            if let foreign = entries.first(where: { !leftovers.contains($0) }) { throw .foreignFile(path: "\(directory)/\(foreign)") }
            if entries.contains("segments"), let segment = try POSIXFile.listDirectory("\(directory)/segments").first {
                throw .foreignFile(path: "\(directory)/segments/\(segment)")
            }
        } else {
            try POSIXFile.makeDirectory(directory)
        }
        try POSIXFile.makeDirectory("\(directory)/segments")
        try POSIXFile.makeDirectory("\(directory)/index")
        close(try POSIXFile.open("\(directory)/writer.lock", O_WRONLY | O_CREAT))
        let manifest = StoreManifest(formatVersion: StoreManifest.currentFormatVersion, storeId: makeStoreId(),
                                     createdAt: options.clock(), segmentBytes: segmentBytes)
        try POSIXFile.writeAtomically(manifest.encoded(), to: "\(directory)/store.json", durable: true)
        try POSIXFile.syncDirectory(directory)
        return try open(at: directory, options: options)
    }

    /// Opens an existing store, reading whatever the saved index does not cover.
    public static func open(at directory: String, options: StoreOptions = StoreOptions()) throws(StoreError) -> EventStore {
        let manifestPath = "\(directory)/store.json"
        guard POSIXFile.isDirectory(directory), POSIXFile.exists(manifestPath) else { throw .storeNotFound(path: directory) }
        let manifest = try StoreManifest.decode(try POSIXFile.readWholeFile(manifestPath), path: manifestPath)
        for entry in try POSIXFile.listDirectory(directory) where !allowedEntries.contains(entry) {
            throw .foreignFile(path: "\(directory)/\(entry)")
        }
        try POSIXFile.makeDirectory("\(directory)/index")
        return try EventStore(directory: directory, manifest: manifest, options: options)
    }

    private init(directory: String, manifest: StoreManifest, options: StoreOptions) throws(StoreError) {
        self.directory = directory
        self.manifest = manifest
        self.options = options
        self.lock = try WriterLock(path: "\(directory)/writer.lock")
        self.index = StreamIndex()
        self.savedIndexHead = 0
        self.indexState = .rebuilt(reason: "missing")
        switch loadSavedIndex() {
        case .success(let saved):
            index = saved
            savedIndexHead = saved.head
            indexState = .loaded(savedHead: saved.head)
        case .failure(let problem):
            indexState = .rebuilt(reason: problem.description)
        }
        try refresh()
    }

    deinit {
        if let handle = writeHandle { close(handle.fd) }
    }

    private static func makeStoreId() -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        let fd = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd >= 0 { _ = Glibc.read(fd, &bytes, 16); close(fd) }
        if bytes.allSatisfy({ $0 == 0 }) {
            var g = SystemRandomNumberGenerator()
            for i in 0..<16 { bytes[i] = UInt8.random(in: 0...255, using: &g) }
        }
        return SHA256.hash(bytes).hex.prefix(32).uppercased()
    }

    private func loadSavedIndex() -> Result<StreamIndex, IndexProblem> {
        guard let bytes = try? POSIXFile.readWholeFile(indexPath) else { return .failure(.missing) }
        let decoded = StreamIndex.decode(bytes, storeId: manifest.storeId)
        guard case .success(let saved) = decoded else { return decoded }
        // The saved index must describe this log as it is: its segments exist and its last record still has the hash it saw.
        let files: [UInt64]
        do { files = try scanner.segmentFiles() } catch { return .failure(.stale("the segment folder cannot be listed")) }
        guard saved.segments.count <= files.count, zip(saved.segments, files).allSatisfy({ $0.firstPosition == $1 }) else {
            return .failure(.stale("its segments are not those on disk"))
        }
        if let last = saved.location(of: saved.head) {
            let segment = saved.segments[Int(last.segment)]
            let path = scanner.path(segment.firstPosition)
            guard let size = POSIXFile.fileSize(path), size >= segment.completeEnd,
                  let line = try? readLine(path: path, location: last),
                  line.count > RecordCodec.hashSuffixLength,
                  line.withUnsafeBytes({ saved.headHash.hexEquals(UnsafeRawBufferPointer(rebasing: $0[($0.count - 66)..<($0.count - 2)])) })
            else { return .failure(.stale("the log no longer holds the record it ends at")) }
        }
        return .success(saved)
    }

    private func readLine(path: String, location: RecordLocation) throws(StoreError) -> [UInt8] {
        let fd = try POSIXFile.open(path, O_RDONLY)
        defer { close(fd) }
        let line = try POSIXFile.read(fd, count: Int(location.length), at: UInt64(location.offset), path: path)
        guard line.count == Int(location.length) else { throw .damaged(path: path, position: 0, byteOffset: UInt64(location.offset), reason: "short read") }
        return line
    }

    /// Reads what other writers appended since this instance last looked. Never blocks, never cuts.
    public func refresh() throws(StoreError) {
        if !logMayHaveChanged() { return }
        do {
            tail = try scanner.catchUp(&index)
        } catch {
            guard case .loaded = indexState else { throw error }
            // A saved index that passed its checks can still disagree with the log; the log wins.
            indexState = .rebuilt(reason: "inconsistent with the log")
            index = StreamIndex()
            savedIndexHead = 0
            mapped.removeAll()
            tail = try scanner.catchUp(&index)
        }
    }

    /// Two system calls instead of a directory listing: the last segment still ends where this
    /// instance last read it, and no segment follows it. Any other case takes the full look.
    private func logMayHaveChanged() -> Bool {
        guard let last = index.segments.last else { return true }
        if case .unfinished = tail { return true }
        var size: UInt64?
        if let handle = writeHandle, handle.ordinal == index.segments.count - 1 {
            size = try? POSIXFile.size(handle.fd, path: "")
        } else {
            size = POSIXFile.fileSize(scanner.path(last.firstPosition))
        }
        guard size == last.completeEnd else { return true }
        return POSIXFile.exists(scanner.path(index.head + 1))
    }

    // MARK: What the store holds

    public var headPosition: UInt64 { index.head }
    public var headHash: SHA256Digest { index.headHash }
    public var streamCount: Int { index.streams.count }
    public var segmentCount: Int { index.segments.count }
    public var streamNames: [String] { index.streams.keys.sorted() }

    public func version(of stream: String) -> UInt64 { index.version(of: stream) }

    /// The positions an idempotency key wrote, if it was ever used.
    public func positions(forKey key: String) -> ClosedRange<UInt64>? { index.keys[key] }

    /// Bytes of all segment files, including any unfinished tail.
    public func totalBytes() -> UInt64 {
        index.segments.reduce(0) { $0 + (POSIXFile.fileSize(scanner.path($1.firstPosition)) ?? 0) }
    }

    // MARK: Reading

    /// One record by global position, lifted to the current schema.
    public func event(at position: UInt64) throws(StoreError) -> RecordedEvent {
        guard let location = index.location(of: position) else { throw .noSuchPosition(position, head: index.head) }
        return try decode(position: position, location: location)
    }

    /// A stream's events from `version` on, in version order, read through the index (no log scan).
    public func readStream(_ stream: String, fromVersion version: UInt64 = 1) throws(StoreError) -> [RecordedEvent] {
        guard let positions = index.streams[stream], version >= 1, version <= UInt64(positions.count) else { return [] }
        var events: [RecordedEvent] = []
        events.reserveCapacity(positions.count - Int(version - 1))
        for p in positions[Int(version - 1)...] {
            events.append(try decode(position: p, location: index.locations[Int(p - 1)]))
        }
        return events
    }

    /// The global feed from `position` on, in order: what projections consume. Long runs are
    /// decoded on both cores; `body` is always called on this thread, in position order.
    public func forEach(from position: UInt64 = 1, through last: UInt64? = nil,
                        _ body: (RecordedEvent) throws -> Void) throws {
        let end = min(last ?? index.head, index.head)
        var next = max(position, 1)
        guard next <= end else { return }
        let run: UInt64 = 4096
        while next <= end {
            if end - next + 1 < run {
                for p in next...end { try body(try decode(position: p, location: index.locations[Int(p - 1)])) }
                return
            }
            let splitAt = min(end, next + run / 2 - 1)
            let stop = min(end, next + run - 1)
            let parts = [try lines(next...splitAt), try lines((splitAt + 1)...stop)]
            let upcasters = options.upcasters
            let paths = mapped.map(\.path)
            let decoded = try ParallelDecoder.decode(parts) { (line) throws(StoreError) -> RecordedEvent in
                try Self.decode(line.bytes, position: line.position, path: paths[line.segment], offset: line.offset, upcasters: upcasters)
            }
            for part in decoded { for event in part { try body(event) } }
            next = stop + 1
        }
    }

    /// The bytes of a run of records, mapping segments as needed (only on this thread).
    private func lines(_ positions: ClosedRange<UInt64>) throws(StoreError) -> [ParallelDecoder.Line] {
        var lines: [ParallelDecoder.Line] = []
        lines.reserveCapacity(positions.count)
        for p in positions {
            let location = index.locations[Int(p - 1)]
            lines.append(.init(position: p, bytes: try lineBytes(location), segment: Int(location.segment), offset: location.offset))
        }
        return lines
    }

    /// Up to `limit` events from `position` on.
    public func read(from position: UInt64, limit: Int) throws(StoreError) -> [RecordedEvent] {
        guard position <= index.head, limit > 0 else { return [] }
        let end = min(index.head, max(position, 1) + UInt64(limit) - 1)
        var events: [RecordedEvent] = []
        for p in max(position, 1)...end { events.append(try decode(position: p, location: index.locations[Int(p - 1)])) }
        return events
    }

    /// The raw line of a record as written (without its newline), for audits and exports.
    public func rawLine(at position: UInt64) throws(StoreError) -> [UInt8] {
        guard let location = index.location(of: position) else { throw .noSuchPosition(position, head: index.head) }
        return Array(try lineBytes(location))
    }

    private func lineBytes(_ location: RecordLocation) throws(StoreError) -> UnsafeRawBufferPointer {
        let ordinal = Int(location.segment)
        while mapped.count <= ordinal {
            let first = index.segments[mapped.count].firstPosition
            mapped.append(MappedSegment(path: scanner.path(first), firstPosition: first))
        }
        return try mapped[ordinal].bytes(offset: Int(location.offset), length: Int(location.length))
    }

    private func decode(position: UInt64, location: RecordLocation) throws(StoreError) -> RecordedEvent {
        let line = try lineBytes(location)
        return try Self.decode(line, position: position, path: mapped[Int(location.segment)].path, offset: location.offset, upcasters: options.upcasters)
    }

    private static func decode(_ line: UnsafeRawBufferPointer, position: UInt64, path: String, offset: UInt32,
                               upcasters: UpcasterChain) throws(StoreError) -> RecordedEvent {
        var event: RecordedEvent
        do { event = try RecordCodec.decode(line) } catch {
            throw .damaged(path: path, position: position, byteOffset: UInt64(offset), reason: "the line is not a valid record (\(error.reason))")
        }
        guard event.position == position else {
            throw .damaged(path: path, position: position, byteOffset: UInt64(offset),
                           reason: "the index points at position \(event.position); run 'kadai rebuild'")
        }
        if !upcasters.isEmpty { try upcasters.upcast(&event) }
        return event
    }

    /// The recorded time of the last record (the earliest instant for an empty log).
    private func headRecordedAt() throws(StoreError) -> Timestamp {
        guard index.head > 0 else { return .earliest }
        return try event(at: index.head).recordedAt
    }

    /// The last position recorded at or before `instant`: the log as it was known then. Recorded
    /// times never decrease along the log, so this is a binary search.
    public func head(knownAt instant: Timestamp) throws(StoreError) -> UInt64 {
        var low: UInt64 = 0, high = index.head
        while low < high {
            let mid = low + (high - low + 1) / 2
            if try event(at: mid).recordedAt <= instant { low = mid } else { high = mid - 1 }
        }
        return low
    }

    // MARK: Appending

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
    private func catchUpAsWriter() throws(StoreError) -> TailCut? {
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
    private func segmentForAppend() throws(StoreError) -> (Int, Int32) {
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

    private func writeFD(ordinal: Int) throws(StoreError) -> Int32 {
        if let handle = writeHandle, handle.ordinal == ordinal { return handle.fd }
        closeWriteHandle()
        let fd = try POSIXFile.open(scanner.path(index.segments[ordinal].firstPosition), O_WRONLY)
        writeHandle = (ordinal, fd)
        return fd
    }

    private func closeWriteHandle() {
        if let handle = writeHandle { close(handle.fd) }
        writeHandle = nil
    }

    // MARK: The index file

    /// Saves the index so the next open reads only what comes after it.
    public func saveIndex() throws(StoreError) {
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

    // MARK: Validation

    static func validate(_ e: ProposedEvent) throws(StoreError) {
        try validateText(e.stream, field: "stream")
        let typeBytes = Array(e.type.utf8)
        guard !typeBytes.isEmpty, typeBytes.count <= 100, typeBytes[0].isASCIILetter,
              typeBytes.allSatisfy({ $0.isASCIILetter || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 95 || $0 == 45 }) else {
            throw .invalidEvent(field: "type", value: e.type, reason: "a type name starts with a letter and holds only letters, digits, '.', '_' and '-' (at most 100)")
        }
        guard e.schemaVersion >= 1, e.schemaVersion <= Int(Int32.max) else {
            throw .invalidEvent(field: "schema version", value: "\(e.schemaVersion)", reason: "it must be 1 or more")
        }
        for v in e.vault { try validateText(v.ref, field: "vault reference") }
        guard e.occurredAt >= Timestamp.earliest, e.occurredAt <= Timestamp.latest else {
            throw .invalidEvent(field: "time", value: "\(e.occurredAt.millisecondsSinceEpoch)", reason: "it lies outside the years 1–9999")
        }
    }

    static func validateText(_ text: String, field: String) throws(StoreError) {
        let count = text.utf8.count
        guard count >= 1, count <= 200 else {
            throw .invalidEvent(field: field, value: String(text.prefix(40)), reason: count == 0 ? "it is empty" : "it is longer than 200 bytes")
        }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .invalidEvent(field: field, value: text.debugDescription, reason: "it holds a control character")
        }
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self >= 65 && self <= 90) || (self >= 97 && self <= 122) }
}
