/// The language of messages and help labels.
public enum Language: String, Sendable, CaseIterable {
    case ja, en
}
