import EventStore
import Testing

/// What a backend gives the conformance suites: fresh, empty stores that one test alone uses.
protocol EventLogBackend: Sendable, CustomTestStringConvertible {
    func makeStore() throws -> any BackendStore
}

/// One empty store of a backend, removed when the test lets go of it.
protocol BackendStore: AnyObject {
    /// A new handle on the store, as another process opening it would get; an owner (an actor)
    /// may take it.
    func open() throws -> sending any EventLog
    var vault: any CaseNoteVault { get }
    /// The store's snapshot cache, sealing with `key`.
    func snapshots(key: [UInt8]) throws -> any SnapshotCache
    /// Alters one byte of the record at `position` where the backend keeps it, behind the log's
    /// back, leaving it readable: only the chain can tell.
    func damage(position: UInt64) throws
    /// Whether any byte the backend keeps holds `text`: an erased note must be nowhere.
    func keeps(_ text: String) throws -> Bool
    /// Whether nobody but the store's owner can read the note.
    func isPrivate(_ reference: VaultReference) throws -> Bool
    /// The store's minutes and materials, taking files up to `sizeLimit` bytes, streaming in `chunkBytes`.
    func materials(sizeLimit: UInt64, chunkBytes: Int) -> any MaterialStore
    /// Replaces a kept file's bytes behind the store's back (nil: removes it).
    func replaceMaterial(_ file: StoredFile, with bytes: [UInt8]?) throws
    /// Whether nobody but the store's owner can read the kept file.
    func materialIsPrivate(_ file: StoredFile) throws -> Bool
}

/// The stores one test made, kept until the test is over: a suite holds one, so no store goes
/// (and takes its folder with it) while a handle on it is still in use.
final class FreshStores {
    private var made: [any BackendStore] = []

    func make(_ backend: any EventLogBackend) throws -> any BackendStore {
        let store = try backend.makeStore()
        made.append(store)
        return store
    }
}
