import Foundation
@testable import EventStore

extension FileBackendStore {
    func materials(sizeLimit: UInt64, chunkBytes: Int) -> any MaterialStore {
        FileStore(store: folder.path, sizeLimit: sizeLimit, chunkBytes: chunkBytes)
    }

    func replaceMaterial(_ file: StoredFile, with bytes: [UInt8]?) throws {
        let path = FileStore(store: folder.path).path(of: file.sha256)
        if let bytes { try Data(bytes).write(to: URL(fileURLWithPath: path)) } else { try FileManager.default.removeItem(atPath: path) }
    }

    func materialIsPrivate(_ file: StoredFile) throws -> Bool {
        let path = FileStore(store: folder.path).path(of: file.sha256)
        let folders = [folder.path + "/files", folder.path + "/files/sha256", URL(fileURLWithPath: path).deletingLastPathComponent().path]
        return try (folders + [path]).allSatisfy { p in
            ((try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? NSNumber)?.intValue ?? 0o777) & 0o077 == 0
        }
    }
}
