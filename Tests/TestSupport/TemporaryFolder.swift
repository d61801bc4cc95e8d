import Foundation

/// A fresh folder under the system's temporary directory, removed when the test lets go of it, so
/// tests never touch the repository's own EventLog/ or Snapshots/.
public final class TemporaryFolder: Sendable {
    public let root: URL

    /// `label` goes into the folder's name, to tell leftovers apart after a crash.
    public init(_ label: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kadai-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The path of `relative` inside the folder.
    public func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
