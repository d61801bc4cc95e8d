/// Turns a command line into a `ParseResult`, reading it once from left to right.
struct Parser {
    let program: Program

    func parse(_ arguments: [String], language: Language) throws(ArgumentError) -> ParseResult {
        // `kadai help audit verify`, unless the app declared a command called `help` itself.
        if arguments.first == "help", !program.subcommandWords(of: []).contains("help") {
            let path = pathForHelp(arguments.dropFirst())
            return .help(program.help(for: path, language: language))
        }
        // Help wins over every error, so it is looked for before anything can fail.
        if asksForHelp(arguments) {
            return .help(program.help(for: pathForHelp(arguments[...]), language: language))
        }
        return .command(try parseCommand(arguments))
    }

    // MARK: Help

    private func asksForHelp(_ arguments: [String]) -> Bool {
        for token in arguments {
            if token == "--" { return false }
            if token == "--help" || token == "-h" { return true }
        }
        return false
    }

    /// The deepest command path the words name, ignoring everything that is not a command word.
    /// Never fails: someone asking for help should get help, even from a line full of mistakes.
    private func pathForHelp(_ arguments: ArraySlice<String>) -> [String] {
        var path: [String] = []
        var optionsEnded = false
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let token = arguments[index]
            index += 1
            if !optionsEnded, token == "--" {
                optionsEnded = true
                continue
            }
            if !optionsEnded, isOptionLike(token) {
                // Skip a separate value so that `--store audit` does not read the folder name as a command.
                let name = OptionSpec.bareName(token)
                if !token.contains("="), let spec = program.options(at: path).first(where: { $0.name == name }),
                   !spec.isFlag {
                    index += 1
                }
                continue
            }
            let words = program.subcommandWords(of: path)
            if words.isEmpty { continue }  // a positional of the command reached
            guard words.contains(token) else { break }
            path.append(token)
        }
        return path
    }

    // MARK: Commands

    private func parseCommand(_ arguments: [String]) throws(ArgumentError) -> ParsedCommand {
        var path: [String] = []
        var given: [String: [String]] = [:]
        var positionals: [String] = []
        var optionsEnded = false
        var overLimit: OptionSpec?
        var index = arguments.startIndex

        while index < arguments.endIndex {
            let token = arguments[index]
            index += 1

            if !optionsEnded, token == "--" {
                optionsEnded = true
                continue
            }

            if optionsEnded || !isOptionLike(token) {
                let words = program.subcommandWords(of: path)
                if !words.isEmpty {
                    guard words.contains(token) else {
                        throw .unknownCommand(token, after: display(path),
                                              suggestion: suggestCommand(token, at: path))
                    }
                    path.append(token)
                } else {
                    let declared = program.command(at: path)?.positionals.count ?? 0
                    guard positionals.count < declared else {
                        throw .unexpectedArgument(token, command: display(path))
                    }
                    positionals.append(token)
                }
                continue
            }

            let (typedName, inlineValue) = splitOption(token)
            // `--help=x` would otherwise be reported as unknown with the suggestion '--help'.
            if typedName == "--help" { throw .flagWithValue(typedName) }
            let available = program.options(at: path)
            guard let spec = available.first(where: { $0.spelling == typedName }) else {
                let spellings = available.map(\.spelling) + ["--help"]
                throw .unknownOption(typedName, command: display(path),
                                     suggestion: closestMatch(to: typedName, among: spellings))
            }

            let value: String?
            if let placeholder = spec.placeholder {
                let raw: String
                if let inlineValue {
                    raw = inlineValue
                } else {
                    guard index < arguments.endIndex, !arguments[index].hasPrefix("--") else {
                        throw .missingValue(option: spec.spelling, placeholder: placeholder)
                    }
                    raw = arguments[index]
                    // A lone "-" is a value by convention; anything else may be a mistyped option,
                    // so it counts as a value only when joined with '='.
                    if raw.hasPrefix("-"), raw != "-" {
                        throw .valueStartsWithDash(option: spec.spelling, value: raw)
                    }
                    index += 1
                }
                if raw.allSatisfy(\.isWhitespace) {
                    throw .emptyValue(option: spec.spelling, placeholder: placeholder)
                }
                if let choices = spec.choices, !choices.contains(raw) {
                    throw .invalidChoice(option: spec.spelling, value: raw, choices: choices,
                                         suggestion: closestMatch(to: raw, among: choices))
                }
                value = raw
            } else {
                if inlineValue != nil { throw .flagWithValue(spec.spelling) }
                value = nil
            }

            if given[spec.name] != nil, !spec.repeatable {
                throw .repeatedOption(spec.spelling)
            }
            // Appended in place: copying the list out and back would make N values cost N².
            if let value { given[spec.name, default: []].append(value) } else { given[spec.name] = given[spec.name] ?? [] }
            if overLimit == nil, given[spec.name]!.count > OptionSpec.maximumValues { overLimit = spec }
        }
        // Counted to the end, so that the message gives the whole number typed.
        if let overLimit {
            throw .tooManyValues(option: overLimit.spelling, count: given[overLimit.name]!.count, limit: OptionSpec.maximumValues)
        }

        guard !path.isEmpty else {
            throw .noCommand(available: program.subcommandWords(of: []).sorted())
        }
        guard let command = program.command(at: path) else {
            throw .incompleteCommand(display(path), available: program.subcommandWords(of: path).sorted())
        }
        if let missing = command.positionals.dropFirst(positionals.count).first(where: \.required) {
            throw .missingPositional(name: missing.name, command: display(path))
        }
        for spec in command.options + program.globalOptions where spec.required && given[spec.name] == nil {
            throw .missingOption(option: spec.spelling, placeholder: spec.placeholder ?? "", command: display(path))
        }

        let declared = Set((command.options + program.globalOptions).map(\.name))
        return ParsedCommand(path: path, positionals: positionals, given: given, declared: declared)
    }

    // MARK: Pieces

    /// "-" alone is an ordinary word: by convention it names standard input or output.
    private func isOptionLike(_ token: String) -> Bool {
        token.hasPrefix("-") && token != "-"
    }

    /// `--name=value` → ("--name", "value"); the value may itself contain '='.
    private func splitOption(_ token: String) -> (name: String, value: String?) {
        guard let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    /// A near word at this level, or else a deeper command that is exactly the word,
    /// since `kadai verify` most likely means `kadai audit verify`.
    private func suggestCommand(_ word: String, at path: [String]) -> String? {
        if let near = closestMatch(to: word, among: program.subcommandWords(of: path)) {
            return near
        }
        let deeper = program.commands(under: path).filter { $0.path.dropFirst(path.count).contains(word) }
        guard deeper.count == 1, let only = deeper.first else { return nil }
        return only.path.dropFirst(path.count).joined(separator: " ")
    }

    private func display(_ path: [String]) -> [String] {
        [program.name] + path
    }
}
