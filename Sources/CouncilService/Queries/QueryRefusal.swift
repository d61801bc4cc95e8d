/// A query that names something the council does not have, or a store that cannot give what is
/// asked of it.
public enum QueryRefusal: Error, Sendable, Equatable {
    case unknownStream(String, suggestion: String?)
    /// A record whose type no writer of kadai stores, which no file may be named after.
    case unnamableType(String, position: UInt64)
}
