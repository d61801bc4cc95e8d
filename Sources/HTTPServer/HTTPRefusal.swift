/// A request the server answers itself, without calling the handler, and then closes the
/// connection: the status, and a short English reason that quotes nothing the client sent.
public struct HTTPRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public let status: HTTPStatus
    public let reason: String

    public init(_ status: HTTPStatus, _ reason: String) {
        self.status = status
        self.reason = reason
    }

    public var description: String { "\(status): \(reason)" }

    /// The response sent for it: the status and the reason as plain text.
    public var response: HTTPResponse { .text("\(status.reasonPhrase): \(reason)\n", status: status) }
}
