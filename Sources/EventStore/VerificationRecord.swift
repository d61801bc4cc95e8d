import Hashing
import JSON

/// `index/verified.json`: for each segment, how far its chain was verified and the file's identity
/// at that moment. A cache like the index, but also a witness: it remembers how many bytes of each
/// segment were acknowledged, so a segment found shorter later is reported as lost records rather
/// than taken for an unfinished write (EventLog/README.md, "The verification record").
struct VerificationRecord: Equatable, Sendable {
    struct Seal: Equatable, Sendable {
        var firstPosition: UInt64
        /// Bytes of complete batches at the start of the segment whose chain was verified.
        var end: UInt64
        var lastPosition: UInt64
        var lastHash: SHA256Digest
        var identity: FileIdentity
    }

    static let formatName = "kadai-verified"
    static let formatVersion = 1
    static let fileName = "verified.json"

    var storeId: String
    var seals: [Seal]
    /// When a writer last walked the whole chain (the file identities only notice ordinary edits).
    var wholeChainWalkedAt: Timestamp?

    func seal(startingAt first: UInt64) -> Seal? { seals.first { $0.firstPosition == first } }

    var lastPosition: UInt64 { seals.last?.lastPosition ?? 0 }

    func encoded() -> [UInt8] {
        let segments: [JSONValue] = seals.map { s in
            .object([
                "first": .int(Int64(s.firstPosition)), "end": .int(Int64(s.end)),
                "last": .int(Int64(s.lastPosition)), "lastHash": .string(s.lastHash.hex),
                "device": .int(Int64(bitPattern: s.identity.device)), "inode": .int(Int64(bitPattern: s.identity.inode)),
                "size": .int(Int64(s.identity.size)),
                "modified": .array([.int(s.identity.modifiedSeconds), .int(s.identity.modifiedNanoseconds)]),
                "changed": .array([.int(s.identity.changedSeconds), .int(s.identity.changedNanoseconds)]),
            ])
        }
        let object: JSONObject = ["format": .string(Self.formatName), "formatVersion": .int(Int64(Self.formatVersion)),
                                  "storeId": .string(storeId), "segments": .array(segments),
                                  "wholeChainWalkedAt": wholeChainWalkedAt.map { .string($0.description) } ?? .null]
        var out: [UInt8] = []
        JSONValue.object(object).serialize(into: &out)
        out.append(0x0A)
        return out
    }

    /// The record, or nil when it is missing, unreadable, of another format or of another store:
    /// it is then as if nothing had been verified yet.
    static func decode(_ bytes: [UInt8], storeId: String) -> VerificationRecord? {
        guard case .object(let o)? = try? JSONValue.parse(bytes), o["format"] == .string(formatName),
              o["formatVersion"] == .int(Int64(formatVersion)), o["storeId"] == .string(storeId),
              case .array(let segments)? = o["segments"] else { return nil }
        var seals: [Seal] = []
        for segment in segments {
            guard case .object(let s) = segment,
                  case .int(let first)? = s["first"], first >= 1, case .int(let end)? = s["end"], end >= 0,
                  case .int(let last)? = s["last"], last >= first - 1,
                  case .string(let hashHex)? = s["lastHash"], let lastHash = SHA256Digest(hex: hashHex),
                  case .int(let device)? = s["device"], case .int(let inode)? = s["inode"], case .int(let size)? = s["size"], size >= 0,
                  case .array(let modified)? = s["modified"], modified.count == 2,
                  case .int(let mSeconds) = modified[0], case .int(let mNanoseconds) = modified[1],
                  case .array(let changed)? = s["changed"], changed.count == 2,
                  case .int(let cSeconds) = changed[0], case .int(let cNanoseconds) = changed[1],
                  seals.last.map({ UInt64(first) == $0.lastPosition + 1 }) ?? (first == 1)
            else { return nil }
            seals.append(Seal(firstPosition: UInt64(first), end: UInt64(end), lastPosition: UInt64(last), lastHash: lastHash,
                              identity: FileIdentity(device: UInt64(bitPattern: device), inode: UInt64(bitPattern: inode), size: UInt64(size),
                                                     modifiedSeconds: mSeconds, modifiedNanoseconds: mNanoseconds,
                                                     changedSeconds: cSeconds, changedNanoseconds: cNanoseconds)))
        }
        var walked: Timestamp?
        if case .string(let text)? = o["wholeChainWalkedAt"] { walked = Timestamp(logForm: text) }
        return VerificationRecord(storeId: storeId, seals: seals, wholeChainWalkedAt: walked)
    }
}
