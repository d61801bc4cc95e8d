/// What an append expects of a stream before it writes; a mismatch writes nothing.
public enum ExpectedVersion: Hashable, Sendable, CustomStringConvertible {
    /// Whatever the stream holds, including nothing.
    case any
    /// The stream must not exist yet.
    case noStream
    /// The stream must be at exactly this version (its last event's version).
    case exact(UInt64)

    public var description: String {
        switch self {
        case .any: return "any"
        case .noStream: return "no stream"
        case .exact(let v): return "\(v)"
        }
    }

    func admits(_ actual: UInt64) -> Bool {
        switch self {
        case .any: return true
        case .noStream: return actual == 0
        case .exact(let v): return actual == v
        }
    }
}
