import JSON

/// `store.json`: what kind of store this is, which format version, and its identity (snapshots and
/// the index carry the id, so one store's cache is never taken for another's).
public struct StoreManifest: Equatable, Sendable {
    public static let formatName = "kadai-eventlog"
    public static let currentFormatVersion = 1
    public static let defaultSegmentBytes = 64 << 20

    public var formatVersion: Int
    public var storeId: String
    public var createdAt: Timestamp
    public var segmentBytes: Int

    func encoded() -> [UInt8] {
        let object: JSONObject = [
            "format": .string(Self.formatName),
            "formatVersion": .int(Int64(formatVersion)),
            "storeId": .string(storeId),
            "createdAt": .string(createdAt.description),
            "segmentBytes": .int(Int64(segmentBytes)),
        ]
        var out: [UInt8] = []
        JSONValue.object(object).serialize(into: &out)
        out.append(0x0A)
        return out
    }

    static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> StoreManifest {
        let value: JSONValue
        do { value = try JSONValue.parse(bytes) } catch {
            throw .manifestDamaged(path: path, reason: error.description)
        }
        guard case .object(let o) = value, case .string(let format)? = o["format"], format == formatName else {
            throw .manifestDamaged(path: path, reason: "it is not a kadai store description")
        }
        guard case .int(let version)? = o["formatVersion"], version >= 1 else {
            throw .manifestDamaged(path: path, reason: "formatVersion is missing")
        }
        guard version <= Int64(currentFormatVersion) else {
            throw .newerFormat(path: path, found: Int(version), supported: currentFormatVersion)
        }
        guard case .string(let id)? = o["storeId"], !id.isEmpty,
              case .string(let created)? = o["createdAt"], let createdAt = Timestamp(logForm: created),
              case .int(let segmentBytes)? = o["segmentBytes"], segmentBytes >= 1024, segmentBytes <= 1 << 30 else {
            throw .manifestDamaged(path: path, reason: "storeId, createdAt or segmentBytes is missing or out of range")
        }
        return StoreManifest(formatVersion: Int(version), storeId: id, createdAt: createdAt, segmentBytes: Int(segmentBytes))
    }
}
