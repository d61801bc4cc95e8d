import Foundation
@testable import EventStore
import JSON
import TestSupport

/// A store in a fresh temporary folder, removed when the test ends. Tests never touch the
/// repository's own EventLog/.
final class TemporaryStore {
    private let folder: TemporaryFolder
    var root: URL { folder.root }
    var path: String { folder.path("EventLog") }
    var segmentsPath: String { path + "/segments" }

    init(segmentBytes: Int = StoreManifest.defaultSegmentBytes, clock: @escaping @Sendable () -> Timestamp = FixedClock.tick) throws {
        folder = try TemporaryFolder("test")
        try EventStore.create(at: path, segmentBytes: segmentBytes, options: StoreOptions(clock: clock))
    }

    func open(_ options: StoreOptions = StoreOptions(clock: FixedClock.tick)) throws -> EventStore {
        try EventStore.open(at: path, options: options)
    }

    /// Every file of the store with its bytes, to prove that a refused command wrote nothing.
    func snapshotOfFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = URL(fileURLWithPath: path)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            files[url.path.replacingOccurrences(of: base.path, with: "")] = try Data(contentsOf: url)
        }
        return files
    }

    func segmentFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: segmentsPath).sorted().map { segmentsPath + "/" + $0 }
    }

    func lastSegment() throws -> String { try segmentFiles().last! }
}

/// A clock that advances one second per reading from a fixed start, so records are reproducible.
enum FixedClock {
    nonisolated(unsafe) static var next: Int64 = 1_790_000_000_000
    static let lock = NSLock()
    @Sendable static func tick() -> Timestamp {
        lock.lock(); defer { lock.unlock() }
        next += 1000
        return Timestamp(millisecondsSinceEpoch: next)
    }
}

func event(_ stream: String, _ type: String = "SomethingHappened", _ data: JSONObject = ["n": .int(1)]) -> ProposedEvent {
    ProposedEvent(stream: stream, type: type, occurredAt: Timestamp(year: 2026, month: 4, day: 1)!, data: data)
}

/// Changes one byte of a file in place.
func alterByte(of path: String, at offset: Int, to value: UInt8) throws {
    var data = try Data(contentsOf: URL(fileURLWithPath: path))
    data[offset] = value
    try data.write(to: URL(fileURLWithPath: path))
}

func appendBytes(_ bytes: [UInt8], to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(bytes))
    try handle.close()
}

func fileSize(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
}
