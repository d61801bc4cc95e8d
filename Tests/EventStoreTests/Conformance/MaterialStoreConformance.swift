import Foundation
import Hashing
import Testing
import TestSupport
import EventStore

/// The material store's contract (`MaterialStore`), checked the same way for every backend: a file
/// kept under its SHA-256, streamed in and out in chunks, kept once, refused whole when too large,
/// and found missing or altered by a check.
struct MaterialStoreConformance {
    let stores = FreshStores()
    let inputs: TemporaryFolder

    init() throws { inputs = try TemporaryFolder("materials") }

    /// FIPS 180-2 / NIST examples, sent through the store with a chunk of 64 bytes, so the longer
    /// ones cross several chunks and a block boundary inside one.
    static let vectors: [(input: [UInt8], sha256: String)] = [
        ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ([UInt8](repeating: 0x61, count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    func file(_ bytes: [UInt8], _ name: String = "in.bin") throws -> String {
        let path = inputs.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: Backends.all, 0..<vectors.count)
    func publishedVectorsAreKeptUnderTheirHash(backend: any EventLogBackend, _ n: Int) throws {
        let store = try stores.make(backend)
        let files = store.materials(sizeLimit: FileStore.defaultSizeLimit, chunkBytes: 64)
        let kept = try files.put(contentsOf: try file(Self.vectors[n].input))
        #expect(kept.sha256.hex == Self.vectors[n].sha256 && kept.size == UInt64(Self.vectors[n].input.count))
        #expect(try files.condition(of: kept) == .intact)
        var back: [UInt8] = []
        try files.read(kept) { back += $0 }
        #expect(back == Self.vectors[n].input)
    }

    @Test(arguments: Backends.all)
    func aFileLargerThanAChunkIsKeptOnceReadInChunksAndCopied(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let files = store.materials(sizeLimit: FileStore.defaultSizeLimit, chunkBytes: 4096)
        let bytes = (0..<100_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        let kept = try files.put(contentsOf: try file(bytes))
        #expect(kept == StoredFile(sha256: SHA256.hash(bytes), size: 100_003))
        #expect(try files.put(contentsOf: try file(bytes, "again.bin")) == kept, "the same bytes: the same file")
        var chunks: [Int] = []
        var back: [UInt8] = []
        try files.read(kept) { chunk in
            chunks.append(chunk.count)
            back += chunk
        }
        #expect(back == bytes && chunks.count == 25 && chunks.allSatisfy { $0 <= 4096 })
        let copy = inputs.path("copy.pdf")
        try files.copy(kept, to: copy, mode: 0o644)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data(bytes))
        #expect(try store.materialIsPrivate(kept))
    }

    @Test(arguments: Backends.all)
    func aFileTooLargeIsRefusedAndNothingKept(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let files = store.materials(sizeLimit: 1000, chunkBytes: 256)
        let path = try file([UInt8](repeating: 1, count: 1001))
        #expect(throws: StoreError.fileTooLarge(path: path, size: 1001, limit: 1000)) { try files.put(contentsOf: path) }
        let inLimit = StoredFile(sha256: SHA256.hash([UInt8](repeating: 1, count: 1001)), size: 1001)
        #expect(try files.condition(of: inLimit) == .missing)
    }

    @Test(arguments: Backends.all)
    func aFileAlteredOrRemovedBehindTheStoresBackIsFound(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let files = store.materials(sizeLimit: FileStore.defaultSizeLimit, chunkBytes: 1024)
        let bytes = Array("第2回 資料".utf8)
        let kept = try files.put(contentsOf: try file(bytes))
        try store.replaceMaterial(kept, with: bytes + [0x21])
        #expect(try files.condition(of: kept) == .altered(size: kept.size + 1, sha256: SHA256.hash(bytes + [0x21])))
        #expect(throws: StoreError.fileAltered(sha256: kept.sha256.hex, size: kept.size + 1, expected: kept.size)) { try files.read(kept) { _ in } }
        #expect(try files.put(contentsOf: try file(bytes)) == kept, "kept again: the damaged copy gives way")
        #expect(try files.condition(of: kept) == .intact)
        try store.replaceMaterial(kept, with: nil)
        #expect(try files.condition(of: kept) == .missing)
    }
}
