#if canImport(Glibc)
import Glibc
#endif

/// What a worker does with a connection handed to it: calls the handler (or answers a refusal),
/// writes the response within the write timeout, logs it, and hands the connection back.
struct Responder: Sendable {
    let configuration: HTTPServer.Configuration
    let handler: HTTPServer.Handler
    let accessLog: HTTPServer.AccessLog
    let mailbox: Mailbox

    func answer(_ request: HTTPRequest, on connection: Connection) {
        let response = if configuration.refusesFlawedPaths, let flaw = request.pathFlaw {
            HTTPRefusal(.badRequest, flaw.description).response
        } else {
            handler(request)
        }
        let closing = request.closesConnection || response.headers.tokens("Connection").contains("close") || mailbox.isStopping
        let message = ResponseMessage(response, method: request.method, version: request.version, closing: closing)
        write(message, on: connection, method: request.method, path: request.target.rawPath, closing: closing)
    }

    /// A refusal closes the connection: what follows it cannot be framed.
    func refuse(_ refusal: HTTPRefusal, on connection: Connection) {
        let (method, path) = connection.parser.methodAndPath ?? ("-", "-")
        let message = ResponseMessage(refusal.response, method: method, version: .http11, closing: true)
        write(message, on: connection, method: method, path: path, closing: true)
    }

    private func write(_ message: ResponseMessage, on connection: Connection, method: String, path: String, closing: Bool) {
        let written = Socket.send(connection.descriptor, message.bytes, until: .now + configuration.writeTimeout)
        var whole = written == message.bytes.count
        var bodyWritten = max(0, written - (message.bytes.count - message.bodyCount))
        if whole, let stream = message.stream {
            // Each chunk has the write timeout to go: a slow client may take long over a large file.
            var sent = 0
            let produced: Void? = try? stream.produce { chunk in
                guard sent + chunk.count <= stream.length else { return false }
                let n = Socket.send(connection.descriptor, Array(chunk), until: .now + configuration.writeTimeout)
                sent += n
                return n == chunk.count
            }
            bodyWritten = sent
            whole = produced != nil && sent == stream.length
        }
        log(method: method, path: path, status: message.status, bytes: bodyWritten, since: connection.requestStarted, peer: connection.peer)
        if whole && closing { shutdown(connection.descriptor, Int32(SHUT_WR)) }
        mailbox.giveBack(connection, !whole ? .close : closing ? .linger : .keepAlive)
    }

    func log(method: String, path: String, status: HTTPStatus, bytes: Int, since start: ContinuousClock.Instant, peer: String) {
        let (seconds, attoseconds) = start.duration(to: .now).components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        accessLog(AccessLogEntry(method: method, path: path, status: status.code, bytes: bytes, durationMilliseconds: milliseconds, peer: peer))
    }
}
