/// A file operation the system refused: what was tried, on which path, and the system's own
/// words for why. `message(japanese:)` says it to the person at the keyboard.
public struct FileFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was tried, as the English sentence says it ("create the folder", "rename to 'x'").
    public let operation: String
    public let path: String
    /// The system's explanation (strerror of errno when it failed).
    public let reason: String

    public init(operation: String, path: String, reason: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    public func message(japanese: Bool) -> String {
        japanese ? "'\(path)' を処理できませんでした（\(operation)、システムの説明: \(reason)）。パスと空き容量、権限を確かめてください。"
                 : "Could not \(operation) '\(path)' (\(reason)). Check the path, free space and permissions."
    }

    public var description: String { message(japanese: false) }
}
