import Foundation
@testable import EventStore

/// The file log in a temporary folder, with segments small enough that every suite crosses a
/// segment boundary.
struct FileBackend: EventLogBackend {
    var testDescription: String { "file log" }

    func makeStore() throws -> any BackendStore { try FileBackendStore() }
}

final class FileBackendStore: BackendStore {
    let folder: TemporaryStore

    init() throws { folder = try TemporaryStore(segmentBytes: 4096) }

    func open() throws -> sending any EventLog {
        try EventStore.open(at: folder.path, options: StoreOptions(clock: FixedClock.tick))
    }

    var vault: any CaseNoteVault { Vault(store: folder.path) }

    func snapshots(key: [UInt8]) throws -> any SnapshotCache {
        SnapshotStore(directory: folder.root.appendingPathComponent("Snapshots").path, storeId: try folder.open().manifest.storeId, key: key)
    }

    /// Changes the first letter of the record's actor: the line still reads, its hash no longer fits.
    func damage(position: UInt64) throws {
        let (path, offset) = try lineStart(of: position)
        let line = try Data(contentsOf: URL(fileURLWithPath: path))[offset...]
        guard let actor = line.firstRange(of: Data(#","actor":""#.utf8)) else { throw DamageFailed(position: position) }
        try overwriteByte(of: path, at: actor.upperBound, with: line[actor.upperBound] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X"))
    }

    /// The segment file holding `position` and the byte offset where its line starts.
    func lineStart(of position: UInt64) throws -> (path: String, offset: Int) {
        let prefix = Data(#"{"position":\#(position),"#.utf8)
        for path in try folder.segmentFiles() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            var start = bytes.startIndex
            while start < bytes.endIndex {
                if bytes[start...].starts(with: prefix) { return (path, start - bytes.startIndex) }
                guard let newline = bytes[start...].firstIndex(of: 0x0A) else { break }
                start = newline + 1
            }
        }
        throw DamageFailed(position: position)
    }

    func keeps(_ text: String) throws -> Bool {
        let needle = Data(text.utf8)
        let files = FileManager.default.enumerator(at: folder.root, includingPropertiesForKeys: nil)!
        for case let url as URL in files where !url.hasDirectoryPath {
            if try Data(contentsOf: url).firstRange(of: needle) != nil { return true }
        }
        return false
    }

    func isPrivate(_ reference: VaultReference) throws -> Bool {
        let vault = Vault(store: folder.path)
        return try [vault.directory, vault.path(reference.ref)].allSatisfy { path in
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
            return mode & 0o077 == 0
        }
    }
}

struct DamageFailed: Error {
    var position: UInt64
}

/// Writes one byte in place, so a segment a handle has mapped changes under it as it would on disk.
func overwriteByte(of path: String, at offset: Int, with value: UInt8) throws {
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seek(toOffset: UInt64(offset))
    try handle.write(contentsOf: Data([value]))
}
