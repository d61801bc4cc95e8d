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

    func path(_ ref: String) -> String { "\(directory)/\(ref).json" }

    /// Keeps `text` under a new reference, flushed to disk before the record that cites it is
    /// appended; returns what that record carries.
    public func put(_ text: String) throws(StoreError) -> VaultReference {
        try POSIXFile.makePrivateDirectory(directory)
        let ref = "N-" + (try Self.randomHex(6))
        let salt = try Self.randomHex(16)
        // A reference names one note for ever: never reuse one, even by chance.
        guard !POSIXFile.exists(path(ref)) else { return try put(text) }
        let entry: JSONObject = ["ref": .string(ref), "salt": .string(salt), "text": .string(text)]
        try POSIXFile.writeAtomically(Array(JSONValue.object(entry).serialized().utf8), to: path(ref), durable: true, mode: 0o600)
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

    /// Refuses a vault that another account could read or enter: the folder must be 0700 or
    /// tighter and every file in it 0600 or tighter. A store without a vault passes.
    public func checkPrivate() throws(StoreError) {
        var st = stat()
        guard lstat(directory, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .foreignFile(path: directory) }
        if st.st_mode & 0o077 != 0 { throw .notPrivate(path: directory, mode: UInt32(st.st_mode & 0o777), folder: true) }
        // Another account reading the store (a member linked to a seat) cannot enter a private
        // vault at all: that is the vault being private, not a fault; its notes read as unavailable.
        guard st.st_uid == geteuid() || access(directory, R_OK | X_OK) == 0 else { return }
        for name in try POSIXFile.listDirectory(directory) {
            let file = "\(directory)/\(name)"
            guard lstat(file, &st) == 0 else { continue }
            guard (st.st_mode & S_IFMT) == S_IFREG else { throw .foreignFile(path: file) }
            if st.st_mode & 0o077 != 0 { throw .notPrivate(path: file, mode: UInt32(st.st_mode & 0o777), folder: false) }
        }
    }

    static func commitment(salt: String, text: String) -> SHA256Digest {
        var h = SHA256()
        h.update(Array(salt.utf8))
        h.update(Array(text.utf8))
        return h.finalize()
    }

    /// Random bytes as hex; a salt that is not random would let the text be guessed, so a failure to
    /// read them refuses the write.
    static func randomHex(_ bytes: Int) throws(StoreError) -> String {
        var raw = [UInt8](repeating: 0, count: bytes)
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(operation: "read", path: "/dev/urandom", errno: errno) }
        defer { close(fd) }
        guard read(fd, &raw, bytes) == bytes else { throw .io(operation: "read", path: "/dev/urandom", errno: errno) }
        return raw.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
