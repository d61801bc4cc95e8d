/// One request as the handler receives it: the framing has been checked and the body read whole.
public struct HTTPRequest: Sendable, Equatable {
    public enum Version: Sendable, Equatable, CustomStringConvertible {
        case http10, http11

        public var description: String { self == .http10 ? "HTTP/1.0" : "HTTP/1.1" }
    }

    /// As sent (case matters: `GET`, `HEAD`, `POST`…). A HEAD request reaches the handler as
    /// HEAD: answer it as GET, and the server sends the head of that answer without its body.
    public var method: String
    public var target: RequestTarget
    public var version: Version
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// A body too large to hold, in a file instead (`HTTPSpool`; `body` is then empty). The file
    /// is removed once the request is let go: read it while answering.
    public var bodyFile: SpooledBody?
    /// The address and port of the other end, `127.0.0.1:52014` or `[::1]:52014`.
    public var peer: String

    public init(method: String = "GET", target: RequestTarget, version: Version = .http11,
                headers: HTTPHeaders = [:], body: [UInt8] = [], peer: String = "-") {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.peer = peer
    }

    /// The decoded path (see `pathFlaw` before using it as a name).
    public var path: String { target.path }
    /// The query as sent, without its `?`.
    public var query: String? { target.query }
    public var pathFlaw: PathFlaw? { target.flaw }
    /// The query's `name=value` pairs, decoded.
    public var queryItems: URLEncodedForm { URLEncodedForm(target.query ?? "") }

    /// Whether the client asked to close after this exchange: `Connection: close` in HTTP/1.1,
    /// anything but `Connection: keep-alive` in HTTP/1.0.
    public var closesConnection: Bool {
        let tokens = headers.tokens("Connection")
        return version == .http10 ? !tokens.contains("keep-alive") : tokens.contains("close")
    }
}
