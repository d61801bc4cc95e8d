import Foundation
@testable import EventStore
import Hashing
import Testing
import TestSupport

/// The minutes and materials kept beside the log (`FileStore`): content-addressed, streamed in
/// chunks, never partly under a hash, private.
struct FileStoreTests {
    /// FIPS 180-2 / NIST examples, each sent through the store's chunked path with a chunk of 64
    /// bytes, so the longer ones cross several chunks and a block boundary inside one.
    static let vectors: [(input: [UInt8], sha256: String)] = [
        ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ([UInt8](repeating: 0x61, count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    @Test(arguments: 0..<vectors.count)
    func publishedVectorsThroughTheStreamingPath(_ n: Int) throws {
        let folder = try TemporaryFolder("files")
        let source = folder.path("in.bin")
        try Data(Self.vectors[n].input).write(to: URL(fileURLWithPath: source))
        let files = try store(folder, chunkBytes: 64)
        let kept = try files.put(contentsOf: source)
        #expect(kept.sha256.hex == Self.vectors[n].sha256)
        #expect(kept.size == UInt64(Self.vectors[n].input.count))
        #expect(try files.condition(of: kept) == .intact)
        #expect(try FileStore.hash(contentsOf: source, chunkBytes: 100) == kept)
    }

    @Test func aFileLargerThanTheChunkIsKeptWholeAndReadBackInChunks() throws {
        let folder = try TemporaryFolder("files")
        let source = folder.path("minutes.pdf")
        var bytes = [UInt8](repeating: 0, count: 300_001)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ i >> 8) }
        try Data(bytes).write(to: URL(fileURLWithPath: source))
        let files = try store(folder)
        let kept = try files.put(contentsOf: source)
        #expect(kept == StoredFile(sha256: SHA256.hash(bytes), size: 300_001))
        let hex = kept.sha256.hex
        #expect(files.path(of: kept.sha256) == folder.path("store") + "/files/sha256/\(hex.prefix(2))/\(hex)")
        var chunks: [Int] = []
        var back: [UInt8] = []
        try files.read(kept) { chunk in
            chunks.append(chunk.count)
            back += chunk
        }
        #expect(back == bytes)
        #expect(chunks.count == 5 && chunks.allSatisfy { $0 <= FileStore.defaultChunkBytes })
        // Kept twice: the same file, nothing new.
        #expect(try files.put(contentsOf: source) == kept)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("store/files/sha256")) == [String(hex.prefix(2))])
        let copy = folder.path("copy.pdf")
        try files.copy(kept, to: copy, mode: 0o644)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data(bytes))
        #expect(try mode(copy) == 0o644)
    }

    @Test func foldersAndFilesAreOnlyTheOwnersWhateverTheUmask() throws {
        let folder = try TemporaryFolder("files")
        let source = folder.path("minutes.txt")
        try Data("第1回 議事録".utf8).write(to: URL(fileURLWithPath: source))
        let old = umask(0)
        defer { umask(old) }
        let files = try store(folder)
        let kept = try files.put(contentsOf: source)
        let path = files.path(of: kept.sha256)
        #expect(try mode(path) == 0o600)
        #expect(try mode(folder.path("store/files")) == 0o700)
        #expect(try mode(folder.path("store/files/sha256")) == 0o700)
        #expect(try mode(URL(fileURLWithPath: path).deletingLastPathComponent().path) == 0o700)
    }

    @Test func aFileTooLargeLeavesNothingUnderAnyName() throws {
        let folder = try TemporaryFolder("files")
        let source = folder.path("big.bin")
        try Data(repeating: 7, count: 5000).write(to: URL(fileURLWithPath: source))
        let files = try store(folder, sizeLimit: 4096, chunkBytes: 1024)
        #expect(throws: StoreError.fileTooLarge(path: source, size: 5000, limit: 4096)) { try files.put(contentsOf: source) }
        #expect(leftovers(folder.path("store/files")) == [])
    }

    /// A put that stops after its temporary file was written (the process killed before the
    /// rename) leaves no file under the hash: the file reads as missing, and the next put keeps it.
    @Test func aCrashBeforeTheRenameLeavesNoFileUnderTheHash() throws {
        let folder = try TemporaryFolder("files")
        let source = folder.path("minutes.txt")
        let bytes = Array("議事録".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: source))
        let files = try store(folder)
        let expected = StoredFile(sha256: SHA256.hash(bytes), size: UInt64(bytes.count))
        try FileManager.default.createDirectory(atPath: folder.path("store/files/sha256"), withIntermediateDirectories: true)
        try Data(bytes.prefix(4)).write(to: URL(fileURLWithPath: folder.path("store/files/sha256/put-1-2.tmp")))
        #expect(try files.condition(of: expected) == .missing)
        #expect(try files.put(contentsOf: source) == expected)
        #expect(try files.condition(of: expected) == .intact)
    }

    @Test func anAlteredOrMissingFileIsFoundAndAShortOneReplaced() throws {
        let folder = try TemporaryFolder("files")
        let source = folder.path("m.txt")
        try Data("第2回 資料".utf8).write(to: URL(fileURLWithPath: source))
        let files = try store(folder)
        let kept = try files.put(contentsOf: source)
        let path = files.path(of: kept.sha256)
        try Data("第2回 資料!".utf8).write(to: URL(fileURLWithPath: path))
        guard case .altered(let size, _) = try files.condition(of: kept) else { Issue.record("not found altered"); return }
        #expect(size == kept.size + 1)
        #expect(throws: StoreError.fileAltered(sha256: kept.sha256.hex, size: kept.size + 1, expected: kept.size)) { try files.read(kept) { _ in } }
        // Kept again: the damaged copy (another size) gives way to the right one.
        #expect(try files.put(contentsOf: source) == kept)
        #expect(try files.condition(of: kept) == .intact)
        try FileManager.default.removeItem(atPath: path)
        #expect(try files.condition(of: kept) == .missing)
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try TemporaryFolder("files")
        let files = try store(folder)
        #expect(throws: StoreError.notAFile(path: folder.path(""))) { try files.put(contentsOf: folder.path("")) }
        #expect(throws: StoreError.self) { try files.put(contentsOf: folder.path("nothing-here.pdf")) }
    }

    @Test func aStoreWithFilesOpens() throws {
        let store = try TemporaryStore()
        let source = store.root.appendingPathComponent("m.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: source))
        _ = try FileStore(store: store.path).put(contentsOf: source)
        _ = try store.open()
    }

    /// A material store in the store folder `store` (made first, as `kadai init` would).
    func store(_ folder: TemporaryFolder, sizeLimit: UInt64 = FileStore.defaultSizeLimit, chunkBytes: Int = FileStore.defaultChunkBytes) throws -> FileStore {
        try FileManager.default.createDirectory(atPath: folder.path("store"), withIntermediateDirectories: true)
        return FileStore(store: folder.path("store"), sizeLimit: sizeLimit, chunkBytes: chunkBytes)
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    func leftovers(_ path: String) -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("sha256") }
    }
}
