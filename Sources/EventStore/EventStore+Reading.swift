import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading: single records, streams through the index, the global feed, and time travel.
extension EventStore {
    /// One record by global position, lifted to the current schema.
    public func event(at position: UInt64) throws(StoreError) -> RecordedEvent {
        guard let location = index.location(of: position) else { throw .noSuchPosition(position, head: index.head) }
        return try decode(position: position, location: location)
    }

    /// A stream's events from `version` on, in version order, read through the index (no log scan).
    public func readStream(_ stream: String, fromVersion version: UInt64 = 1) throws(StoreError) -> [RecordedEvent] {
        guard let positions = index.positions(of: stream), version >= 1, version <= UInt64(positions.count) else { return [] }
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
        try forEach(from: position, through: last, transform: { $0 }, body)
    }

    /// The global feed, each record first mapped by `transform` on whichever core decoded it (a
    /// projection's own decoding goes there), then handed to `body` on this thread, in order.
    /// `transform` returning nil skips the record.
    public func forEach<T>(from position: UInt64 = 1, through last: UInt64? = nil,
                           transform: @escaping @Sendable (RecordedEvent) throws -> T?, _ body: (T) throws -> Void) throws {
        let upcasters = options.upcasters
        try feed(from: position, through: last, paths: { self.mapped.map(\.path) }, transform: { line, paths in
            try transform(try Self.decode(line.bytes, position: line.position, path: paths[line.segment], offset: line.offset, upcasters: upcasters))
        }, body)
    }

    /// The global feed as payloads: each record's type, schema and data bytes, for projections
    /// that decode the data into their own types (see `RecordPayload`). The rest of each line is
    /// checked for shape, not decoded. Otherwise as `forEach(from:through:transform:_:)`.
    public func forEachPayload<T>(from position: UInt64 = 1, through last: UInt64? = nil,
                                  transform: @escaping @Sendable (RecordPayload) throws -> T?, _ body: (T) throws -> Void) throws {
        let upcasters = options.upcasters
        try feed(from: position, through: last, paths: { self.mapped.map(\.path) }, transform: { line, paths in
            try Self.payload(line, path: paths[line.segment], upcasters: upcasters, transform)
        }, body)
    }

    /// Runs of 4096 records are decoded on both cores while `body` folds the run before them; a
    /// feed shorter than one run is decoded here, with no thread hop. The whole range is mapped
    /// before the first run starts, and `body` must not append or read through the store, so no
    /// map changes under a run being decoded.
    private func feed<T>(from position: UInt64, through last: UInt64?, paths: () -> [String],
                         transform: @escaping @Sendable (ParallelDecoder.Line, [String]) throws -> T?, _ body: (T) throws -> Void) throws {
        let end = min(last ?? index.head, index.head)
        let first = max(position, 1)
        guard first <= end else { return }
        let length: UInt64 = 4096
        if end - first + 1 < length {
            let lines = try lines(first...end)
            let paths = paths()
            for line in lines { if let value = try transform(line, paths) { try body(value) } }
            return
        }
        try premap(first...end)
        let paths = paths()
        var next = first
        var inFlight: [ParallelDecoder.Run<T>] = []
        func startNext() throws {
            guard next <= end else { return }
            let range = next...min(end, next + length - 1)
            inFlight.append(ParallelDecoder.Run(try lines(range), positions: range, transform: { try transform($0, paths) }))
            next = range.upperBound + 1
        }
        do {
            // Two runs in flight, so the cores never wait for this thread to hand out the next one.
            try startNext()
            try startNext()
            while !inFlight.isEmpty {
                let decoded = try inFlight.removeFirst().values()
                try startNext()
                // By index: each value is lent to `body`, not copied out of the array.
                for part in decoded { for i in part.indices { try body(part[i]) } }
            }
        } catch {
            for run in inFlight { run.wait() }
            throw error
        }
    }

    /// One line as a payload for `transform`. A record an upcaster lifts is decoded whole, lifted
    /// and its data written out again, so the projection always sees the current schema.
    static func payload<T>(_ line: ParallelDecoder.Line, path: String, upcasters: UpcasterChain,
                           _ transform: (RecordPayload) throws -> T?) throws -> T? {
        let head: (position: UInt64, type: String, schema: Int, data: Range<Int>)
        do { head = try RecordCodec.decodePayload(line.bytes) } catch {
            throw StoreError.damaged(path: path, position: line.position, byteOffset: UInt64(line.offset),
                                     reason: "the line is not a valid record (\(error.reason))")
        }
        guard head.position == line.position else {
            throw StoreError.damaged(path: path, position: line.position, byteOffset: UInt64(line.offset),
                                     reason: "the index points at position \(head.position); run 'kadai rebuild'")
        }
        if upcasters.lifts(type: head.type, schema: head.schema) {
            let record = try decode(line.bytes, position: line.position, path: path, offset: line.offset, upcasters: upcasters)
            var data: [UInt8] = []
            JSONValue.object(record.data).serialize(into: &data)
            return try data.withUnsafeBytes { bytes in
                try transform(RecordPayload(position: head.position, type: record.type, schemaVersion: record.schemaVersion,
                                            data: bytes, line: line, path: path, upcasters: upcasters))
            }
        }
        return try transform(RecordPayload(position: head.position, type: head.type, schemaVersion: head.schema,
                                           data: UnsafeRawBufferPointer(rebasing: line.bytes[head.data]),
                                           line: line, path: path, upcasters: upcasters))
    }

    /// The bytes of a run of records (see `premap`).
    func lines(_ positions: ClosedRange<UInt64>) throws(StoreError) -> [ParallelDecoder.Line] {
        try premap(positions)
        var lines: [ParallelDecoder.Line] = []
        lines.reserveCapacity(positions.count)
        for p in positions {
            let location = index.locations[Int(p - 1)]
            lines.append(.init(position: p, bytes: try lineBytes(location), segment: Int(location.segment), offset: location.offset))
        }
        return lines
    }

    /// Maps every segment that holds part of `positions` far enough for all of them. Mapping more
    /// of a grown segment replaces its map, which would leave pointers already taken from the old
    /// one dangling: so a feed maps its whole range before it takes any pointer.
    func premap(_ positions: ClosedRange<UInt64>) throws(StoreError) {
        var ordinal = Int(index.locations[Int(positions.lowerBound - 1)].segment)
        while ordinal < index.segments.count, index.segments[ordinal].firstPosition <= positions.upperBound {
            let next = ordinal + 1 < index.segments.count ? index.segments[ordinal + 1].firstPosition : .max
            // The segment's furthest record in the range is its last one there.
            _ = try lineBytes(index.locations[Int(min(positions.upperBound, next - 1) - 1)])
            ordinal += 1
        }
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

    func lineBytes(_ location: RecordLocation) throws(StoreError) -> UnsafeRawBufferPointer {
        let ordinal = Int(location.segment)
        while mapped.count <= ordinal {
            let first = index.segments[mapped.count].firstPosition
            mapped.append(MappedSegment(path: scanner.path(first), firstPosition: first))
        }
        return try mapped[ordinal].bytes(offset: Int(location.offset), length: Int(location.length))
    }

    func decode(position: UInt64, location: RecordLocation) throws(StoreError) -> RecordedEvent {
        let line = try lineBytes(location)
        return try Self.decode(line, position: position, path: mapped[Int(location.segment)].path, offset: location.offset, upcasters: options.upcasters)
    }

    static func decode(_ line: UnsafeRawBufferPointer, position: UInt64, path: String, offset: UInt32,
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

    /// The recorded time of the last record (the earliest instant for an empty log), remembered
    /// per head so a run of appends does not read the log back each time.
    func headRecordedAt() throws(StoreError) -> Timestamp {
        guard index.head > 0 else { return .earliest }
        if let known = lastRecorded, known.position == index.head { return known.time }
        let time = try event(at: index.head).recordedAt
        lastRecorded = (index.head, time)
        return time
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
}
