/// Why the server could not start: what was tried and the system's own words for why.
public struct HTTPServerFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// `127.0.0.1:8080`, as configured.
    public let address: String
    /// What was tried, as the English sentence says it ("listen on", "start a thread for").
    public let operation: String
    public let reason: String

    public init(address: String, operation: String, reason: String) {
        self.address = address
        self.operation = operation
        self.reason = reason
    }

    public func message(japanese: Bool) -> String {
        japanese ? "\(address) で待ち受けられませんでした（\(operation)、システムの説明: \(reason)）。アドレスとポートが空いているか確かめてください。"
                 : "Could not \(operation) \(address) (\(reason)). Check that the address is this machine's and the port is free."
    }

    public var description: String { message(japanese: false) }
}
