/// The whole command tree of a tool, from which both parsing and help are derived.
public struct Program: Sendable {
    public let name: String
    public let abstract: String
    /// Accepted anywhere on the line, for every command.
    public let globalOptions: [OptionSpec]
    /// Only runnable commands; groups are implied by the paths.
    public let commands: [CommandSpec]
    /// Turns a help text as declared into the one to show in a language; see `localisableTexts`.
    ///
    /// The declarations stay in one language so that parsing and help share one source; a translation
    /// can then live in a table beside them instead of doubling every declaration.
    public let localise: @Sendable (String, Language) -> String

    /// Mistakes in the declarations are the app's bugs, not the user's, so they stop the program at once.
    /// `localise` is given a text exactly as declared and should return it unchanged when it has no translation.
    public init(name: String, abstract: String, globalOptions: [OptionSpec], commands: [CommandSpec],
                localise: @escaping @Sendable (String, Language) -> String = { text, _ in text }) {
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
        self.localise = localise
    }

    /// Every text help passes through `localise`, each once, in declaration order: the program's abstract,
    /// then the global options' help, then each command's abstract, positionals' and options' help.
    ///
    /// Names, placeholders, choices and examples are what the user types, so they are never translated
    /// and are not listed. Lets an app check that its translation table covers the declarations.
    public var localisableTexts: [String] {
        var texts = [abstract] + globalOptions.map(\.help)
        for command in commands {
            texts.append(command.abstract)
            texts += command.positionals.map(\.help) + command.options.map(\.help)
        }
        var seen = Set<String>()
        return texts.filter { !$0.isEmpty && seen.insert($0).inserted }
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
