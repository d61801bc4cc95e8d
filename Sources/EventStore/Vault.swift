import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Personal data kept beside the log, never in it (DESIGN §4.10): each case note is one file
/// `vault/REF.json` holding its text and a random salt. The log's record holds only the reference
/// and SHA-256(salt ‖ text), which proves the note once it is read and says nothing once it is
/// erased — `forget` deletes the file, and with it the only copy of text and salt.
///
/// The folder is 0700 and every note 0600 whatever the umask, so no other account on the machine
/// can read a note or its salt; a vault found looser is refused before anything is read.
public struct Vault: Sendable {
    public let directory: String

    public init(store: String) {
        directory = "\(store)/vault"
    }

    var folder: PrivateFolder { PrivateFolder(directory) }

    func path(_ ref: String) -> String { folder.file("\(ref).json") }

    /// Keeps `text` under a new reference, flushed to disk before the record that cites it is
    /// appended; returns what that record carries.
    public func put(_ text: String) throws(StoreError) -> VaultReference {
        try folder.create()
        let ref = "N-" + (try Self.randomHex(6))
        let salt = try Self.randomHex(16)
        // A reference names one note for ever: never reuse one, even by chance.
        guard !POSIXFile.exists(path(ref)) else { return try put(text) }
        let entry: JSONObject = ["ref": .string(ref), "salt": .string(salt), "text": .string(text)]
        try folder.write(Array(JSONValue.object(entry).serialized().utf8), to: "\(ref).json")
        return VaultReference(ref: ref, commitment: Self.commitment(salt: salt, text: text))
    }

    /// The note's text, when it is still kept and matches the commitment its record holds.
    public func text(of reference: VaultReference) -> String? {
        guard let bytes = try? POSIXFile.readWholeFile(path(reference.ref)), case .object(let o)? = try? JSONValue.parse(bytes),
              case .string(let salt)? = o["salt"], case .string(let text)? = o["text"],
              Self.commitment(salt: salt, text: text) == reference.commitment else { return nil }
        return text
    }

    /// Deletes the note's text and salt; true when there was something to delete.
    @discardableResult
    public func forget(_ ref: String) throws(StoreError) -> Bool {
        guard POSIXFile.exists(path(ref)) else { return false }
        guard unlink(path(ref)) == 0 else { throw .io(operation: "remove", path: path(ref), errno: errno) }
        try POSIXFile.syncDirectory(directory)
        return true
    }

    /// Refuses a vault that another account could read or enter (`PrivateFolder.checkPrivate`).
    public func checkPrivate() throws(StoreError) { try folder.checkPrivate() }

    static func commitment(salt: String, text: String) -> SHA256Digest {
        var h = SHA256()
        h.update(Array(salt.utf8))
        h.update(Array(text.utf8))
        return h.finalize()
    }

    /// Random bytes as hex; a salt that is not random would let the text be guessed, so a failure to
    /// read them refuses the write.
    static func randomHex(_ bytes: Int) throws(StoreError) -> String {
        do {
            return try SystemRandom.hex(bytes)
        } catch {
            throw .io(operation: "read", path: "getrandom", errno: error.errno)
        }
    }
}
