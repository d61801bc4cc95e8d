/// A long option of one command or of the whole program: `--name VALUE`, `--name=VALUE`, or a flag `--name`.
public struct OptionSpec: Sendable, Equatable {
    /// The name without leading dashes, e.g. `store`.
    public let name: String
    /// The value placeholder shown in help, e.g. `DIR`; `nil` makes the option a flag.
    public let placeholder: String?
    public let help: String
    public let required: Bool
    public let repeatable: Bool
    public let choices: [String]?

    /// `name` may be written with or without the leading `--`.
    public init(
        _ name: String, value: String? = nil, help: String,
        required: Bool = false, repeatable: Bool = false, choices: [String]? = nil
    ) {
        let bare = OptionSpec.bareName(name)
        precondition(!bare.isEmpty && !bare.hasPrefix("-") && !bare.contains("="),
                     "Option name '\(name)' must be a plain word such as 'store'")
        precondition(bare != "help", "'--help' is built in; do not declare it")
        // A flag has nothing to require or choose from; declaring so is a slip in the app.
        precondition(value != nil || (!required && choices == nil),
                     "Flag '--\(bare)' cannot be required or have choices; give it a value placeholder")
        precondition(choices.map { !$0.isEmpty } ?? true, "Option '--\(bare)' has an empty list of choices")
        self.name = bare
        self.placeholder = value
        self.help = help
        self.required = required
        self.repeatable = repeatable
        self.choices = choices
    }

    /// The most values one repeatable option takes on one command line. A council's record names
    /// a few of each (the demo council's longest list is 6 comments of a review); 200 leaves room
    /// for any real meeting or plan, and refuses a runaway loop or paste before it becomes a record
    /// no page can show.
    public static let maximumValues = 200

    public var isFlag: Bool { placeholder == nil }

    /// How the user types it: `--store`.
    public var spelling: String { "--" + name }

    /// `--store DIR`, or `--json` for a flag.
    public var synopsis: String { placeholder.map { spelling + " " + $0 } ?? spelling }

    /// Lets the app write `"--store"` or `"store"` alike.
    static func bareName(_ name: String) -> String {
        name.hasPrefix("--") ? String(name.dropFirst(2)) : name
    }
}
