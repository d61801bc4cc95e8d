/// A word given after the command words, e.g. the `ID` of `kadai issue show ID`.
public struct PositionalSpec: Sendable, Equatable {
    public let name: String
    public let help: String
    public let required: Bool

    public init(_ name: String, help: String, required: Bool = true) {
        precondition(!name.isEmpty, "A positional needs a name for help and messages")
        self.name = name
        self.help = help
        self.required = required
    }
}
