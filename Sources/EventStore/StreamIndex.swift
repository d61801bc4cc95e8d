import Hashing

/// The in-memory index of the log: where every record is, the positions of every stream in version
/// order, and the positions every idempotency key wrote. It covers the log up to `head`; it is a
/// cache, persisted to `index/streams.idx` and rebuilt from the log whenever it cannot be trusted.
struct StreamIndex: Sendable {
    struct Segment: Equatable, Sendable {
        var firstPosition: UInt64
        /// The byte length of the segment's complete batches.
        var completeEnd: UInt64
    }

    var segments: [Segment] = []
    var locations = LocationTable()
    /// Streams read so far from the saved table, and every stream added since.
    var streams: [String: [UInt64]] = [:]
    /// The saved table not yet read into `streams`; nil once everything is loaded.
    var savedStreams: SavedStreamTable?
    /// Streams added since the index was saved that the saved table does not hold.
    var newStreams = 0
    var keys: [String: ClosedRange<UInt64>] = [:]
    var headHash: SHA256Digest = .zero

    var head: UInt64 { UInt64(locations.count) }

    var streamCount: Int { savedStreams.map { $0.count + newStreams } ?? streams.count }

    /// A stream's positions in version order, reading it from the saved table the first time.
    mutating func positions(of stream: String) -> [UInt64]? {
        if let known = streams[stream] { return known }
        guard let found = savedStreams?.find(stream) else { return nil }
        streams[stream] = found
        return found
    }

    mutating func version(of stream: String) -> UInt64 { UInt64(positions(of: stream)?.count ?? 0) }

    /// Reads every stream of the saved table (before listing all names or saving).
    mutating func loadAllStreams() {
        guard let table = savedStreams else { return }
        for (name, positions) in table.all() where streams[name] == nil { streams[name] = positions }
        savedStreams = nil
        newStreams = 0
    }

    func location(of position: UInt64) -> RecordLocation? {
        guard position >= 1, position <= head else { return nil }
        return locations[Int(position - 1)]
    }

    /// Adds one record; the caller has checked it follows the head.
    mutating func add(position: UInt64, stream: String, key: String?, hash: SHA256Digest, location: RecordLocation) {
        locations.append(location)
        if positions(of: stream) == nil, savedStreams != nil { newStreams += 1 }
        streams[stream, default: []].append(position)
        if let key {
            if let range = keys[key] { keys[key] = range.lowerBound...position } else { keys[key] = position...position }
        }
        headHash = hash
        segments[Int(location.segment)].completeEnd = UInt64(location.offset) + UInt64(location.length) + 1
    }

    // MARK: Persistence

    static let magic: [UInt8] = Array("KADAIIDX".utf8)
    /// 4 since issue 11: readers now refuse names no writer may store, so indexes written before are
    /// read no more and every store is scanned once under the new rules.
    static let formatVersion: UInt32 = 4

    /// The saved form. Every stream must be loaded (`loadAllStreams`).
    func encoded(storeId: String) -> [UInt8] {
        precondition(savedStreams == nil, "load all streams before saving the index")
        var w = ByteWriter()
        w.bytes(Self.magic)
        w.u32(Self.formatVersion); w.u32(0)
        w.string(storeId)
        w.u64(head)
        w.bytes(headHash.bytes)
        w.u32(UInt32(segments.count))
        for s in segments { w.u64(s.firstPosition); w.u64(s.completeEnd) }
        w.u64(UInt64(locations.count))
        locations.write(into: &w)
        var entries = ByteWriter()
        var offsets: [UInt64] = []
        offsets.reserveCapacity(streams.count)
        for (name, positions) in SavedStreamTable.sorted(streams) {
            offsets.append(UInt64(entries.buffer.count))
            entries.string(name)
            entries.u32(UInt32(positions.count))
            entries.raw(positions)
        }
        w.u32(UInt32(streams.count))
        w.u64(UInt64(entries.buffer.count))
        w.raw(offsets)
        w.bytes(entries.buffer)
        w.u32(UInt32(keys.count))
        for (key, range) in keys.sorted(by: { $0.key < $1.key }) {
            w.string(key); w.u64(range.lowerBound); w.u64(range.upperBound)
        }
        let checksum = w.buffer.withUnsafeBytes { IndexChecksum.of($0) }
        w.u64(checksum)
        return w.buffer
    }

    /// Decodes a persisted index, or says why it cannot be used. Opening a store reads this file
    /// every time: the record table is read where it lies in the mapped `file`, other tables are
    /// copied in bulk.
    static func decode(_ bytes: [UInt8], storeId: String) -> Result<StreamIndex, IndexProblem> {
        decode(MappedFile(copying: bytes), storeId: storeId)
    }

    static func decode(_ file: MappedFile, storeId: String) -> Result<StreamIndex, IndexProblem> {
        let all = file.bytes
        guard all.count > 16 else { return .failure(.damaged("too short")) }
        do {
            let body = UnsafeRawBufferPointer(rebasing: all[..<(all.count - 8)])
            guard IndexChecksum.of(body) == UInt64(littleEndian: all.loadUnaligned(fromByteOffset: all.count - 8, as: UInt64.self)) else {
                return .failure(.damaged("checksum does not match"))
            }
            var r = ByteReader(body)
            guard r.bytes(8).map(Array.init) == magic else { return .failure(.damaged("not an index file")) }
            guard r.u32() == formatVersion else { return .failure(.otherVersion) }
            _ = r.u32()
            guard r.string() == storeId else { return .failure(.foreign) }
            var index = StreamIndex()
            guard let head = r.u64(), let hashBytes = r.bytes(32), let segmentCount = r.u32() else { return .failure(.damaged("truncated")) }
            for _ in 0..<segmentCount {
                guard let first = r.u64(), let end = r.u64() else { return .failure(.damaged("truncated")) }
                // Segments start at 1 and ascend within the records the index holds: a file that
                // says otherwise (forged, since the checksum is no seal) is not used.
                guard first >= 1, first <= head + 1, first > (index.segments.last?.firstPosition ?? 0),
                      index.segments.isEmpty == (first == 1) else { return .failure(.damaged("segments out of order")) }
                index.segments.append(Segment(firstPosition: first, completeEnd: end))
            }
            let stride = MemoryLayout<RecordLocation>.stride
            guard let locationCount = r.u64(), locationCount == head, locationCount <= UInt64(r.remaining / stride),
                  let table = r.bytes(Int(locationCount) * stride) else {
                return .failure(.damaged("record table does not match the head"))
            }
            let locations = LocationTable(saved: table, in: file)
            guard locations.allSatisfy({ Int($0.segment) < index.segments.count }) else { return .failure(.damaged("record in an unknown segment")) }
            index.locations = locations
            guard let streamCount = r.u32(), let length = r.u64(), Int(streamCount) <= r.remaining / 8,
                  let offsets = r.bytes(Int(streamCount) * 8), length <= UInt64(r.remaining), let entries = r.bytes(Int(length)),
                  head == 0 || streamCount > 0 else {
                return .failure(.damaged("stream table truncated"))
            }
            let streams = SavedStreamTable(file: file, offsetTable: offsets, entries: entries)
            guard (0..<streams.count).allSatisfy({ streams.storedOffset($0) < length }) else { return .failure(.damaged("stream table truncated")) }
            index.savedStreams = streams
            guard let keyCount = r.u32() else { return .failure(.damaged("key table truncated")) }
            for _ in 0..<keyCount {
                guard let key = r.string(), let first = r.u64(), let last = r.u64(), first <= last, last <= head else {
                    return .failure(.damaged("key table truncated"))
                }
                index.keys[key] = first...last
            }
            guard r.remaining == 0, let digest = SHA256Digest(bytes: Array(hashBytes)) else { return .failure(.damaged("trailing bytes")) }
            index.headHash = digest
            return .success(index)
        }
    }
}

/// Why a persisted index was not used (it is then rebuilt from the log).
enum IndexProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case missing, damaged(String), foreign, otherVersion, stale(String)

    var description: String {
        switch self {
        case .missing: return "missing"
        case .damaged(let why): return "damaged (\(why))"
        case .foreign: return "from another store"
        case .otherVersion: return "written by another index version"
        case .stale(let why): return "out of date (\(why))"
        }
    }
}

/// Little-endian writer of the index file; tables go in as raw memory (this file is a cache read
/// back only by the same program on the same machine).
struct ByteWriter {
    var buffer: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { buffer.append(contentsOf: b) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func raw<T>(_ values: [T]) { values.withUnsafeBytes { buffer.append(contentsOf: $0) } }
    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        u32(UInt32(utf8.count)); bytes(utf8)
    }
}

/// Bounds-checked reader over the index file's bytes; every read says nil past the end.
struct ByteReader {
    let buffer: UnsafeRawBufferPointer
    var offset = 0
    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }
    var remaining: Int { buffer.count - offset }

    mutating func bytes(_ n: Int) -> UnsafeRawBufferPointer? {
        guard n >= 0, remaining >= n else { return nil }
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + n)])
    }
    mutating func u32() -> UInt32? {
        guard remaining >= 4 else { return nil }
        defer { offset += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    mutating func u64() -> UInt64? {
        guard remaining >= 8 else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    @inline(__always)
    mutating func array<T>(of: T.Type, count: Int) -> [T]? {
        let size = MemoryLayout<T>.stride
        guard count >= 0, count <= remaining / max(size, 1), let raw = bytes(count * size) else { return nil }
        return [T](unsafeUninitializedCapacity: count) { out, initialized in
            UnsafeMutableRawBufferPointer(out).copyMemory(from: raw)
            initialized = count
        }
    }
    /// Names were checked as UTF-8 when written and the file's checksum vouches for them since,
    /// so they are not validated a second time (there are tens of thousands of streams).
    mutating func string() -> String? {
        guard let n = u32(), let b = bytes(Int(n)) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }
}
