/// One line of the access log: one a response, refusals included. It holds the method and the
/// path as sent (percent-encoded, so no control character can break the log's lines) and never
/// the query string, a header (cookies), or the body: those may carry personal data.
public struct AccessLogEntry: Sendable, Equatable {
    /// `-` when the request line could not be read.
    public let method: String
    /// The path as sent, without its query; `-` when the request line could not be read.
    public let path: String
    public let status: Int
    /// Body bytes written (0 for HEAD).
    public let bytes: Int
    /// From the request's first byte to its response's last.
    public let durationMilliseconds: Double
    public let peer: String

    public init(method: String, path: String, status: Int, bytes: Int, durationMilliseconds: Double, peer: String) {
        self.method = method
        self.path = path
        self.status = status
        self.bytes = bytes
        self.durationMilliseconds = durationMilliseconds
        self.peer = peer
    }

    /// `127.0.0.1:52014 GET /issues/K-0001 200 5123 1.4ms`
    public var line: String {
        let tenths = Int((durationMilliseconds * 10).rounded())
        return "\(peer) \(method) \(path) \(status) \(bytes) \(tenths / 10).\(tenths % 10)ms"
    }
}
