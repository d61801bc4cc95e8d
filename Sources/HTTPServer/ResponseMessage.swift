/// The bytes of one response as the server writes them: the status line, the handler's headers
/// less those the server owns, `Date`, `Content-Length` (but on 204 and 304, where RFC 9110 forbids
/// or misreads it), `Connection`, then the body unless the request was HEAD or the status has none.
/// A response the handler got wrong — a status outside 200–599, a header name that is not a token,
/// a CR, LF or other control character in a value — is never sent: a 500 goes instead.
struct ResponseMessage {
    let status: HTTPStatus
    let bytes: [UInt8]
    /// Of `bytes`, how many are the body.
    let bodyCount: Int
    /// The body to stream after `bytes` (the head), when the response has one and it is sent.
    let stream: HTTPBodyStream?

    /// Headers the server writes itself; the handler's are dropped.
    private static let owned = ["Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Date"]

    init(_ response: HTTPResponse, method: String, version: HTTPRequest.Version, closing: Bool, date: String = HTTPDate.now) {
        let response = Self.isSendable(response) ? response
            : .text("Internal Server Error: the application's response could not be sent as it was\n", status: .internalServerError)
        status = response.status
        let hasNoBody = response.status.code == 204 || response.status.code == 304
        var head = "HTTP/1.1 \(response.status.code) \(response.status.reasonPhrase)\r\nDate: \(date)\r\n"
        for field in response.headers where !Self.owned.contains(where: { HTTPHeaders.same($0, field.name) }) {
            head += "\(field.name): \(field.value)\r\n"
        }
        if !hasNoBody { head += "Content-Length: \(response.stream?.length ?? response.body.count)\r\n" }
        if closing { head += "Connection: close\r\n" } else if version == .http10 { head += "Connection: keep-alive\r\n" }
        head += "\r\n"
        let sendsBody = !hasNoBody && method != "HEAD"
        bytes = Array(head.utf8) + (sendsBody ? response.body : [])
        bodyCount = sendsBody ? response.body.count : 0
        stream = sendsBody ? response.stream : nil
    }

    private static func isSendable(_ response: HTTPResponse) -> Bool {
        (200...599).contains(response.status.code)
            && response.status.reasonPhrase.utf8.allSatisfy({ $0 == ASCII.space || ASCII.isVisible($0) })
            && response.headers.allSatisfy { ASCII.isToken($0.name.utf8) && $0.value.utf8.allSatisfy { ASCII.isFieldValueByte($0) } }
    }
}
