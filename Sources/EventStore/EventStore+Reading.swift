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
        let end = min(last ?? index.head, index.head)
        var next = max(position, 1)
        guard next <= end else { return }
        let run: UInt64 = 4096
        while next <= end {
            if end - next + 1 < run {
                for p in next...end {
                    if let value = try transform(try decode(position: p, location: index.locations[Int(p - 1)])) { try body(value) }
                }
                return
            }
            let stop = min(end, next + run - 1)
            // One call maps the whole run before any pointer is taken; then it is split in two.
            let all = try lines(next...stop)
            let half = all.count / 2
            let parts = [Array(all[..<half]), Array(all[half...])]
            let upcasters = options.upcasters
            let paths = mapped.map(\.path)
            let decoded = try ParallelDecoder.decode(parts, with: { (line) throws(StoreError) -> RecordedEvent in
                try Self.decode(line.bytes, position: line.position, path: paths[line.segment], offset: line.offset, upcasters: upcasters)
            }, transform: transform)
            // By index: each value is lent to `body`, not copied out of the array.
            for part in decoded { for i in part.indices { try body(part[i]) } }
            next = stop + 1
        }
    }

    /// The bytes of a run of records. Every segment the run touches is mapped far enough first:
    /// mapping more of a grown segment replaces its map, which would leave pointers already
    /// taken from the old one dangling.
    func lines(_ positions: ClosedRange<UInt64>) throws(StoreError) -> [ParallelDecoder.Line] {
        // Positions run in log order, so each segment's furthest record is its last one in the run.
        var last = index.locations[Int(positions.lowerBound - 1)]
        for p in positions {
            let location = index.locations[Int(p - 1)]
            if location.segment != last.segment { _ = try lineBytes(last) }
            last = location
        }
        _ = try lineBytes(last)
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
