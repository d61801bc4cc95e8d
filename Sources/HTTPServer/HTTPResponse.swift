/// What the handler answers. The server adds `Date`, `Content-Length` and `Connection` itself
/// (replacing any the handler set) and sends no body for HEAD, 204 and 304.
public struct HTTPResponse: Sendable, Equatable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// A body streamed instead of `body` (which is then empty): see `HTTPBodyStream`.
    public var stream: HTTPBodyStream?

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A body of `stream.length` bytes, written as `stream` produces them.
    public static func streamed(_ stream: HTTPBodyStream, headers: HTTPHeaders) -> HTTPResponse {
        var response = HTTPResponse(status: .ok, headers: headers)
        response.stream = stream
        return response
    }

    /// Plain text in UTF-8.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array(text.utf8))
    }

    /// An HTML page in UTF-8.
    public static func html(_ html: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(html.utf8))
    }

    /// A redirect to `location` (303 by default: the GET after a POST). A location holding a
    /// control character is never sent: the server answers 500 instead.
    public static func redirect(to location: String, status: HTTPStatus = .seeOther) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Location": location])
    }
}
