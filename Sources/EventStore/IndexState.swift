/// How the store came by its index when it opened, for `kadai stats`.
public enum IndexState: Equatable, Sendable, CustomStringConvertible {
    /// The saved index covered the log up to `savedHead`; the rest was read from the log.
    case loaded(savedHead: UInt64)
    /// The saved index could not be used and was rebuilt from the whole log.
    case rebuilt(reason: String)

    public var isRebuilt: Bool {
        if case .rebuilt = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .loaded(let head): return "saved index used (covers positions 1–\(head))"
        case .rebuilt(let reason): return "rebuilt from the log (the saved index was \(reason))"
        }
    }
}
