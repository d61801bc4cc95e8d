/// The most a request may carry before the server refuses it without reading further.
public struct HTTPLimits: Sendable, Equatable {
    /// The request line with its CRLF (and any empty lines before it); beyond it, 414.
    public var requestLineBytes: Int
    /// The header field lines with their CRLFs and the empty line that ends them; beyond it, 431.
    public var headerBytes: Int
    /// Header field lines; beyond it, 431.
    public var headerCount: Int
    /// The body, as its Content-Length declares it; beyond it, 413 before any of it is read.
    public var bodyBytes: Int

    public init(requestLineBytes: Int = 8 * 1024, headerBytes: Int = 16 * 1024, headerCount: Int = 100, bodyBytes: Int = 1024 * 1024) {
        self.requestLineBytes = requestLineBytes
        self.headerBytes = headerBytes
        self.headerCount = headerCount
        self.bodyBytes = bodyBytes
    }
}
