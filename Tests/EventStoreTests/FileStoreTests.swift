import Foundation
@testable import EventStore
import Hashing
import Testing
import TestSupport

/// What the file backend's material store (`FileStore`) does besides the contract
/// (`MaterialStoreConformance`): its layout beside the log, its modes whatever the umask, and no
/// file ever partly under its hash.
struct FileStoreTests {
    @Test func aFileIsKeptUnderItsHashsFirstTwoDigitsAndCopiedReadableByAll() throws {
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
