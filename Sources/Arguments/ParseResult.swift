/// What the user asked for: a command to run, or help to print.
public enum ParseResult: Sendable, Equatable {
    case command(ParsedCommand)
    /// The rendered help for the deepest command the arguments named.
    case help(String)
}
