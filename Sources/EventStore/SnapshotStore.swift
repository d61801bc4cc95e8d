import Hashing
import JSON

/// Projection snapshots under `Snapshots/` (DESIGN §4.8): a cache, never the truth. Each file names
/// the store, the projection and its version, and the position and chain hash it was built at;
/// anything that does not fit this store as it is now is ignored, and the caller rebuilds.
///
/// `Snapshots/` lies outside the store and may be writable by others, so a snapshot's header and
/// content are sealed with HMAC-SHA-256 under a key kept in the store (`index/snapshot.key`, 0600):
/// a snapshot crafted or altered by anyone who cannot read that key is ignored. Without the key
/// (a store this account may only read) no snapshot is used or written.
public struct SnapshotStore: Sendable {
    public static let formatName = "kadai-snapshot"
    public static let formatVersion = 3

    public let directory: String
    public let storeId: String
    let key: [UInt8]?

    public init(directory: String, storeId: String, key: [UInt8]?) {
        self.directory = directory
        self.storeId = storeId
        self.key = key
    }

    /// The snapshots of `store` in `directory`, sealed with the store's key.
    public init(directory: String, for store: EventStore) {
        self.init(directory: directory, storeId: store.manifest.storeId, key: store.snapshotKey())
    }

    /// The snapshot folder for a store: `Snapshots/` beside the store folder.
    public static func defaultDirectory(forStore store: String) -> String {
        "\(POSIXFile.parent(of: store))/Snapshots"
    }

    public func path(for projection: String) -> String {
        "\(directory)/\(projection)-\(storeId.prefix(12)).snapshot"
    }

    /// Why a snapshot was not used.
    public enum Ignored: Error, Equatable, Sendable, CustomStringConvertible {
        case missing, corrupt(String), foreign, otherVersion(Int), stale(String), unkeyed
        public var description: String {
            switch self {
            case .unkeyed: return "not used (the store's snapshot key cannot be read)"
            case .missing: return "missing"
            case .corrupt(let why): return "corrupt (\(why))"
            case .foreign: return "from another store"
            case .otherVersion(let v): return "built by projection version \(v)"
            case .stale(let why): return "stale (\(why))"
            }
        }
    }

    public struct Snapshot: Sendable {
        public var position: UInt64
        public var hash: SHA256Digest
        public var payload: [UInt8]
    }

    /// Loads a snapshot if it belongs to this store and projection version and its position still
    /// holds the hash it was built at (the log was not rewritten or replaced since).
    public func load(projection: String, version: Int, in store: some EventLog) -> Result<Snapshot, Ignored> {
        guard let key else { return .failure(.unkeyed) }
        let file = path(for: projection)
        guard let bytes = try? POSIXFile.readWholeFile(file) else { return .failure(.missing) }
        guard let newline = bytes.firstIndex(of: 0x0A) else { return .failure(.corrupt("no header line")) }
        guard case .object(let h)? = try? JSONValue.parse(Array(bytes[..<newline])),
              h["format"] == .string(Self.formatName), case .int(let format)? = h["formatVersion"],
              case .string(let id)? = h["storeId"], case .string(let name)? = h["projection"],
              case .int(let projectionVersion)? = h["projectionVersion"], case .int(let position)? = h["position"],
              case .string(let hashHex)? = h["hash"], let hash = SHA256Digest(hex: hashHex),
              case .int(let length)? = h["payloadBytes"], case .string(let mac)? = h["mac"]
        else { return .failure(.corrupt("the header is not a snapshot header")) }
        guard format == Int64(Self.formatVersion) else { return .failure(.otherVersion(Int(format))) }
        guard id == storeId, name == projection else { return .failure(.foreign) }
        guard projectionVersion == Int64(version) else { return .failure(.otherVersion(Int(projectionVersion))) }
        let payload = Array(bytes[(newline + 1)...])
        guard payload.count == Int(length),
              Self.seal(key: key, projection: projection, version: version, position: UInt64(max(position, 0)), hash: hash, payload: payload).hex == mac else {
            return .failure(.corrupt("its seal does not match its content: altered, or made with another key"))
        }
        guard position >= 0, UInt64(position) <= store.headPosition else {
            return .failure(.stale("built at position \(position), beyond the log's head \(store.headPosition)"))
        }
        if position > 0 {
            guard let actual = try? store.hash(at: UInt64(position)), actual == hash else {
                return .failure(.stale("position \(position) no longer has the hash it was built at"))
            }
        }
        return .success(Snapshot(position: UInt64(position), hash: hash, payload: payload))
    }

    /// HMAC-SHA-256 over everything the header says and the content, so neither can be changed
    /// without the key.
    static func seal(key: [UInt8], projection: String, version: Int, position: UInt64, hash: SHA256Digest, payload: [UInt8]) -> SHA256Digest {
        var mac = HMACSHA256(key: key)
        mac.update("\(formatName)\n\(formatVersion)\n\(projection)\n\(version)\n\(position)\n\(hash.hex)\n\(payload.count)\n")
        mac.update(payload)
        return mac.finalize()
    }

    /// Writes the snapshot; without the store's key, writes nothing (it could never be used).
    public func save(projection: String, version: Int, position: UInt64, hash: SHA256Digest, payload: [UInt8]) throws(StoreError) {
        guard let key else { return }
        let header: JSONObject = [
            "format": .string(Self.formatName), "formatVersion": .int(Int64(Self.formatVersion)),
            "storeId": .string(storeId), "projection": .string(projection), "projectionVersion": .int(Int64(version)),
            "position": .int(Int64(position)), "hash": .string(hash.hex),
            "payloadBytes": .int(Int64(payload.count)),
            "mac": .string(Self.seal(key: key, projection: projection, version: version, position: position, hash: hash, payload: payload).hex),
        ]
        var bytes: [UInt8] = []
        JSONValue.object(header).serialize(into: &bytes)
        bytes.append(0x0A)
        bytes.append(contentsOf: payload)
        try POSIXFile.makeDirectory(directory)
        try POSIXFile.writeAtomically(bytes, to: path(for: projection), durable: false)
    }
}

extension EventStore {
    /// The chain hash of the record at `position` (the zero hash for position 0).
    public func hash(at position: UInt64) throws(StoreError) -> SHA256Digest {
        if position == 0 { return .zero }
        let line = try rawLine(at: position)
        let cut = line.count - 66
        guard cut > 0, let digest = line.withUnsafeBytes({ SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: $0[cut..<(cut + 64)])) }) else {
            throw .damaged(path: directory, position: position, byteOffset: 0, reason: "the line has no hash")
        }
        return digest
    }
}
