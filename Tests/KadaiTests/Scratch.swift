import Foundation
import TestSupport

/// A temporary folder for the process tests. The store lives in `ROOT/EventLog`, so kadai's
/// snapshots land in `ROOT/Snapshots`, inside it too; the repository's own EventLog/ is never touched.
final class Scratch {
    private let folder: TemporaryFolder
    var root: URL { folder.root }

    init(_ label: String) throws {
        folder = try TemporaryFolder("kt-\(label)")
    }

    var store: String { path("EventLog") }
    var snapshots: String { path("Snapshots") }

    func path(_ relative: String) -> String { folder.path(relative) }

    /// A copy of the store in a new sibling folder of its own, for damaging without redoing the setup.
    func copyOfStore(_ name: String) throws -> String {
        let copy = path(name + "/EventLog")
        try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: store, toPath: copy)
        return copy
    }
}

/// Every file and folder under `path` with its bytes (nil for a folder), to prove that a refused
/// command wrote, created and removed nothing.
func contents(of path: String) throws -> [String: Data?] {
    var entries: [String: Data?] = [:]
    let base = URL(fileURLWithPath: path).standardizedFileURL
    guard let walk = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isDirectoryKey]) else { return entries }
    for case let url as URL in walk {
        let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count))
        let isFolder = (try url.resourceValues(forKeys: [.isDirectoryKey])).isDirectory ?? false
        entries[relative] = isFolder ? nil : try Data(contentsOf: url)
    }
    return entries
}

/// The store's segment files in log order.
func segmentFiles(_ store: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: store + "/segments").sorted().map { store + "/segments/" + $0 }
}

/// A segment's records: where each line starts and ends (without its newline) and its position.
struct SegmentLines {
    let path: String
    let bytes: Data
    let firstPosition: Int
    /// Byte ranges of the complete lines, newline excluded.
    let lines: [Range<Int>]

    init(_ path: String) throws {
        self.path = path
        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        firstPosition = Int(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent) ?? 0
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        self.lines = lines
    }

    /// The position the record on the line holding byte `offset` has (or would have).
    func position(ofByte offset: Int) -> Int? {
        lines.firstIndex { $0.contains(offset) }.map { firstPosition + $0 }
    }

    func text(ofLine index: Int) -> String {
        String(decoding: bytes[lines[index]], as: UTF8.self)
    }
}

func truncateFile(_ path: String, to length: Int) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(length))
    try handle.close()
}

func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

extension String {
    /// Whether the text says "position N" for exactly this N (not the start of a longer number).
    func mentions(position: Int) -> Bool {
        var rest = self[...]
        let needle = "position \(position)"
        while let found = rest.range(of: needle) {
            if found.upperBound == rest.endIndex || !rest[found.upperBound].isNumber { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }
}
