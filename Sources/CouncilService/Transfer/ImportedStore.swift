import EventStore
import FileSystem
import Projections

/// The store an import makes (`kadai import`, `CouncilService.importHistory`): built beside its
/// place, where the store checks the chain as it builds it and the council's rules are then run
/// over every record (`HistoryCheck`), and moved into place by a rename only when both pass. A
/// refused import leaves nothing at the place, nor the folders made above it for the purpose.
enum ImportedStore {
    static func build(_ export: [UInt8], at store: String, segmentBytes: Int) throws -> ChainVerification {
        let target = LocalFiles.withoutTrailingSlash(store)
        // What the store's import refuses of its target, refused here first: it builds elsewhere.
        if LocalFiles.exists(target) {
            guard LocalFiles.isDirectory(target), try LocalFiles.list(target).allSatisfy({ $0 == "README.md" }) else {
                throw StoreError.storeAlreadyExists(path: target)
            }
        }
        let madeAbove = firstMissingFolder(above: target)
        let building = LocalFiles.beside(target, "import")
        LocalFiles.removeTree(building)
        do {
            let verified = try export.withUnsafeBytes { try EventStore.importing($0, into: building, segmentBytes: segmentBytes) }
            try check(building)
            // A folder prepared for the store may hold its README; the store keeps it.
            if LocalFiles.exists("\(target)/README.md") {
                try LocalFiles.write(try LocalFiles.read("\(target)/README.md"), to: "\(building)/README.md")
                LocalFiles.removeTree(target)
            }
            try LocalFiles.rename(building, to: target)
            return verified
        } catch {
            LocalFiles.removeTree(building)
            if let madeAbove { LocalFiles.removeTree(madeAbove) }
            throw error
        }
    }

    private static func check(_ building: String) throws {
        let store = try EventStore.open(at: building)
        defer { try? store.close() }
        try HistoryCheck.check(store, ledgers: CouncilService.otherLedgers())
        // The new store opens fast from the first read: reads never save caches themselves.
        try store.saveCaches()
    }

    /// The highest folder above `path` that does not exist yet: the import makes it, and takes it
    /// away again when it refuses.
    private static func firstMissingFolder(above path: String) -> String? {
        var missing: String?
        var above = parent(of: path)
        while !LocalFiles.exists(above) {
            missing = above
            above = parent(of: above)
        }
        return missing
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
