/// Where a meeting's minutes and materials (議事録・資料) are kept outside the chain (DESIGN §3a):
/// each file whole, under its SHA-256, which the record that attaches it carries with its size.
/// The record proves the file; the file never changes once kept.
///
/// Sendable because a store keeps nothing between calls: each call is one whole operation on what
/// is kept. Every call streams: no file is ever held whole in memory.
public protocol MaterialStore: Sendable {
    /// The largest file kept, in bytes.
    var sizeLimit: UInt64 { get }

    /// Keeps the file at `path` under its SHA-256, durably, before the record that cites it is
    /// appended. Keeping a file already kept changes nothing and returns the same.
    func put(contentsOf path: String) throws(StoreError) -> StoredFile

    /// The kept file's bytes, chunk by chunk, in order.
    func read(_ file: StoredFile, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws

    /// Writes the kept file to a new file at `path` (`mode`, whatever the umask), flushed to disk.
    func copy(_ file: StoredFile, to path: String, mode: UInt32) throws(StoreError)

    /// Whether the file is kept, whole and unchanged (read through to its end and hashed).
    func condition(of file: StoredFile) throws(StoreError) -> StoredFileCondition
}
