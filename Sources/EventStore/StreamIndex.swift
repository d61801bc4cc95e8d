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
    var locations: [RecordLocation] = []
    var streams: [String: [UInt64]] = [:]
    var keys: [String: ClosedRange<UInt64>] = [:]
    var headHash: SHA256Digest = .zero

    var head: UInt64 { UInt64(locations.count) }

    func version(of stream: String) -> UInt64 { UInt64(streams[stream]?.count ?? 0) }

    func location(of position: UInt64) -> RecordLocation? {
        guard position >= 1, position <= head else { return nil }
        return locations[Int(position - 1)]
    }

    /// Adds one record; the caller has checked it follows the head.
    mutating func add(position: UInt64, stream: String, key: String?, hash: SHA256Digest, location: RecordLocation) {
        locations.append(location)
        streams[stream, default: []].append(position)
        if let key {
            if let range = keys[key] { keys[key] = range.lowerBound...position } else { keys[key] = position...position }
        }
        headHash = hash
        segments[Int(location.segment)].completeEnd = UInt64(location.offset) + UInt64(location.length) + 1
    }

    // MARK: Persistence

    static let magic: [UInt8] = Array("KADAIIDX".utf8)
    static let formatVersion: UInt32 = 1

    func encoded(storeId: String) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(Self.magic)
        w.u32(Self.formatVersion); w.u32(0)
        w.string(storeId)
        w.u64(head)
        w.bytes(headHash.bytes)
        w.u32(UInt32(segments.count))
        for s in segments { w.u64(s.firstPosition); w.u64(s.completeEnd) }
        w.u64(UInt64(locations.count))
        for l in locations { w.u32(l.segment); w.u32(l.offset); w.u32(l.length) }
        w.u32(UInt32(streams.count))
        for (name, positions) in streams.sorted(by: { $0.key < $1.key }) {
            w.string(name)
            w.u32(UInt32(positions.count))
            for p in positions { w.u64(p) }
        }
        w.u32(UInt32(keys.count))
        for (key, range) in keys.sorted(by: { $0.key < $1.key }) {
            w.string(key); w.u64(range.lowerBound); w.u64(range.upperBound)
        }
        w.bytes(SHA256.hash(w.buffer).bytes)
        return w.buffer
    }

    /// Decodes a persisted index, or says why it cannot be used.
    static func decode(_ bytes: [UInt8], storeId: String) -> Result<StreamIndex, IndexProblem> {
        guard bytes.count > 32 + 8 else { return .failure(.damaged("too short")) }
        let body = Array(bytes[..<(bytes.count - 32)])
        guard SHA256.hash(body).bytes == Array(bytes[(bytes.count - 32)...]) else { return .failure(.damaged("checksum does not match")) }
        var r = ByteReader(body)
        guard r.bytes(8) == magic else { return .failure(.damaged("not an index file")) }
        guard r.u32() == formatVersion else { return .failure(.otherVersion) }
        _ = r.u32()
        guard r.string() == storeId else { return .failure(.foreign) }
        var index = StreamIndex()
        guard let head = r.u64(), let hashBytes = r.bytes(32), let segmentCount = r.u32() else { return .failure(.damaged("truncated")) }
        for _ in 0..<segmentCount {
            guard let first = r.u64(), let end = r.u64() else { return .failure(.damaged("truncated")) }
            index.segments.append(Segment(firstPosition: first, completeEnd: end))
        }
        guard let locationCount = r.u64(), locationCount == head, r.remaining >= Int(locationCount) * 12 else {
            return .failure(.damaged("record table does not match the head"))
        }
        index.locations.reserveCapacity(Int(locationCount))
        for _ in 0..<locationCount {
            let l = RecordLocation(segment: r.u32()!, offset: r.u32()!, length: r.u32()!)
            guard Int(l.segment) < index.segments.count else { return .failure(.damaged("record in an unknown segment")) }
            index.locations.append(l)
        }
        guard let streamCount = r.u32() else { return .failure(.damaged("truncated")) }
        var total = 0
        for _ in 0..<streamCount {
            guard let name = r.string(), let count = r.u32(), r.remaining >= Int(count) * 8 else { return .failure(.damaged("truncated")) }
            var positions: [UInt64] = []
            positions.reserveCapacity(Int(count))
            for _ in 0..<count {
                let p = r.u64()!
                guard p >= 1 && p <= head else { return .failure(.damaged("stream position out of range")) }
                positions.append(p)
            }
            total += Int(count)
            index.streams[name] = positions
        }
        guard total == Int(head), let keyCount = r.u32() else { return .failure(.damaged("stream table does not match the head")) }
        for _ in 0..<keyCount {
            guard let key = r.string(), let first = r.u64(), let last = r.u64(), first <= last, last <= head else {
                return .failure(.damaged("key table truncated"))
            }
            index.keys[key] = first...last
        }
        guard r.remaining == 0, let digest = SHA256Digest(bytes: hashBytes) else { return .failure(.damaged("trailing bytes")) }
        index.headHash = digest
        return .success(index)
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

struct ByteWriter {
    var buffer: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { buffer.append(contentsOf: b) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        u32(UInt32(utf8.count)); bytes(utf8)
    }
}

struct ByteReader {
    let buffer: [UInt8]
    var offset = 0
    init(_ buffer: [UInt8]) { self.buffer = buffer }
    var remaining: Int { buffer.count - offset }

    mutating func bytes(_ n: Int) -> [UInt8]? {
        guard n >= 0, remaining >= n else { return nil }
        defer { offset += n }
        return Array(buffer[offset..<(offset + n)])
    }
    mutating func u32() -> UInt32? {
        guard remaining >= 4 else { return nil }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(buffer[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return v
    }
    mutating func u64() -> UInt64? {
        guard remaining >= 8 else { return nil }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(buffer[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return v
    }
    mutating func string() -> String? {
        guard let n = u32(), let b = bytes(Int(n)) else { return nil }
        return String(validating: b, as: UTF8.self)
    }
}
