/// The whole command tree of a tool, from which both parsing and help are derived.
public struct Program: Sendable {
    public let name: String
    public let abstract: String
    /// Accepted anywhere on the line, for every command.
    public let globalOptions: [OptionSpec]
    /// Only runnable commands; groups are implied by the paths.
    public let commands: [CommandSpec]

    /// Mistakes in the declarations are the app's bugs, not the user's, so they stop the program at once.
    public init(name: String, abstract: String, globalOptions: [OptionSpec], commands: [CommandSpec]) {
        precondition(!commands.isEmpty, "A program needs at least one command")
        var paths = Set<[String]>()
        for command in commands {
            precondition(paths.insert(command.path).inserted, "Command \(command.path) is declared twice")
        }
        for command in commands {
            // A word that both runs something and leads to subcommands would make `kadai audit` ambiguous.
            precondition(!commands.contains { $0.path.count > command.path.count && $0.path.starts(with: command.path) },
                         "Command \(command.path) also has subcommands; make it a group or a command, not both")
        }
        Program.requireDistinct(globalOptions.map(\.name), where: "the global options")
        for command in commands {
            Program.requireDistinct(globalOptions.map(\.name) + command.options.map(\.name),
                                    where: "\(command.path) and the global options")
        }
        self.name = name
        self.abstract = abstract
        self.globalOptions = globalOptions
        self.commands = commands
    }

    /// Throws only for the user's mistakes; asking for help is a result, not an error.
    /// `language` is used for the labels of any help text returned.
    public func parse(_ arguments: [String], language: Language = .en) throws(ArgumentError) -> ParseResult {
        try Parser(program: self).parse(arguments, language: language)
    }

    /// Help for a command or a group; `[]` is the top level. An unknown path falls back to its deepest known part.
    public func help(for path: [String] = [], language: Language = .en) -> String {
        HelpFormatter(program: self, language: language).render(knownPrefix(of: path))
    }

    /// The last value of `option` on the line, found without parsing and without failing.
    ///
    /// For choosing the message language before `parse`, whose errors must already be in that language.
    public func peekValue(_ option: String, in arguments: [String]) -> String? {
        let spelling = "--" + OptionSpec.bareName(option)
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let token = arguments[index]
            index += 1
            if token.hasPrefix(spelling + "=") {
                found = String(token.dropFirst(spelling.count + 1))
            } else if token == spelling, index < arguments.endIndex, !arguments[index].hasPrefix("-") {
                found = arguments[index]
                index += 1
            }
        }
        return found
    }

    // MARK: The tree, derived from the paths

    func command(at path: [String]) -> CommandSpec? {
        commands.first { $0.path == path }
    }

    /// The words that may follow `path`, in declaration order; empty for a runnable command.
    func subcommandWords(of path: [String]) -> [String] {
        var words: [String] = []
        for command in commands where command.path.count > path.count && command.path.starts(with: path) {
            let word = command.path[path.count]
            if !words.contains(word) { words.append(word) }
        }
        return words
    }

    /// The runnable commands under a group, in declaration order.
    func commands(under path: [String]) -> [CommandSpec] {
        commands.filter { $0.path.count > path.count && $0.path.starts(with: path) }
    }

    /// What may be given at `path`: the global options, plus the command's own once a command is reached.
    func options(at path: [String]) -> [OptionSpec] {
        globalOptions + (command(at: path)?.options ?? [])
    }

    func knownPrefix(of path: [String]) -> [String] {
        var known: [String] = []
        for word in path {
            guard subcommandWords(of: known).contains(word) else { break }
            known.append(word)
        }
        return known
    }

    private static func requireDistinct(_ names: [String], where place: String) {
        var seen = Set<String>()
        for name in names {
            precondition(seen.insert(name).inserted, "Option '--\(name)' is declared twice in \(place)")
        }
    }
}
