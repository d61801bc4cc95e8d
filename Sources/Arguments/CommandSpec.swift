/// A runnable command such as `audit verify`.
///
/// Groups (`audit`) are never declared: they exist because commands live under them,
/// so a path may not be both a command and the prefix of another command.
public struct CommandSpec: Sendable, Equatable {
    public let path: [String]
    public let abstract: String
    public let positionals: [PositionalSpec]
    public let options: [OptionSpec]
    /// Shown verbatim under "Examples:", so write them as the user would type them.
    public let examples: [String]

    public init(
        _ path: [String], abstract: String, positionals: [PositionalSpec] = [],
        options: [OptionSpec] = [], examples: [String] = []
    ) {
        precondition(!path.isEmpty, "A command needs at least one word")
        precondition(path.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") },
                     "Command words must be non-empty and must not start with '-': \(path)")
        // Otherwise a given word could fill either slot, and the parser would have to guess.
        let firstOptional = positionals.firstIndex { !$0.required } ?? positionals.endIndex
        precondition(positionals[firstOptional...].allSatisfy { !$0.required },
                     "In \(path), a required positional follows an optional one")
        self.path = path
        self.abstract = abstract
        self.positionals = positionals
        self.options = options
        self.examples = examples
    }
}
