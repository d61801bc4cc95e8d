/// A response body written chunk by chunk as it is read (a large download), never held whole:
/// `length` bytes, which `produce` hands to its sink in order. The sink answers false once the
/// client is gone, and `produce` should then stop. A producer that fails, or gives another
/// length, leaves the connection closed: the client sees a download cut short, never a wrong one.
public struct HTTPBodyStream: Sendable, Equatable {
    public let length: Int
    public let produce: @Sendable (_ sink: (UnsafeRawBufferPointer) -> Bool) throws -> Void
    /// Two streams are the same only when they are one (a closure cannot be compared).
    private let identity = UInt64.random(in: 0...UInt64.max)

    public init(length: Int, produce: @escaping @Sendable (_ sink: (UnsafeRawBufferPointer) -> Bool) throws -> Void) {
        self.length = length
        self.produce = produce
    }

    public static func == (a: HTTPBodyStream, b: HTTPBodyStream) -> Bool { a.identity == b.identity && a.length == b.length }
}
