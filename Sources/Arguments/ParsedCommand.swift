/// A successfully parsed command line. Global and command options are looked up the same way.
public struct ParsedCommand: Sendable, Equatable {
    public let path: [String]
    public let positionals: [String]
    /// Keyed by bare option name; a flag that was given maps to an empty list.
    let given: [String: [String]]
    /// What was declared for this command, so that a misspelt lookup in the app is caught in debug builds.
    let declared: Set<String>

    init(path: [String], positionals: [String], given: [String: [String]], declared: Set<String>) {
        self.path = path
        self.positionals = positionals
        self.given = given
        self.declared = declared
    }

    /// The last value given, or nil. `option` may be written with or without `--`.
    public func value(_ option: String) -> String? {
        values(option).last
    }

    /// All values of a repeatable option, in the order given.
    public func values(_ option: String) -> [String] {
        given[key(option)] ?? []
    }

    public func flag(_ option: String) -> Bool {
        has(option)
    }

    /// Whether the option was given at all, flag or not.
    public func has(_ option: String) -> Bool {
        given[key(option)] != nil
    }

    /// Whether the command declares the option at all: for code shared by commands that differ.
    public func declares(_ option: String) -> Bool {
        declared.contains(OptionSpec.bareName(option))
    }

    private func key(_ option: String) -> String {
        let name = OptionSpec.bareName(option)
        assert(declared.contains(name), "'--\(name)' is not declared for '\(path.joined(separator: " "))'")
        return name
    }
}
