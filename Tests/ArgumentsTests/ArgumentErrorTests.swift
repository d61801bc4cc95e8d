import Arguments
import Testing

@Suite("Errors: what is refused, and what the user is told")
struct ArgumentErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let error: ArgumentError
        let english: String
        var testDescription: String { "kadai " + arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: [],
             error: .noCommand(available: ["audit", "init", "issue", "stats"]),
             english: "No command given. Choose one of: audit, init, issue, stats. Add --help to see what each does."),
        Case(arguments: ["--json", "--store", "X"],
             error: .noCommand(available: ["audit", "init", "issue", "stats"]),
             english: "No command given. Choose one of: audit, init, issue, stats. Add --help to see what each does."),

        Case(arguments: ["audti", "verify"],
             error: .unknownCommand("audti", after: ["kadai"], suggestion: "audit"),
             english: "Unknown command 'audti'. Did you mean 'audit'?"),
        Case(arguments: ["STATS"],
             error: .unknownCommand("STATS", after: ["kadai"], suggestion: "stats"),
             english: "Unknown command 'STATS'. Did you mean 'stats'?"),
        Case(arguments: ["iss", "show", "K-0001"],
             error: .unknownCommand("iss", after: ["kadai"], suggestion: "issue"),
             english: "Unknown command 'iss'. Did you mean 'issue'?"),
        Case(arguments: ["audit", "verfy"],
             error: .unknownCommand("verfy", after: ["kadai", "audit"], suggestion: "verify"),
             english: "Unknown command 'verfy' for 'kadai audit'. Did you mean 'verify'?"),
        // A subcommand typed without its group.
        Case(arguments: ["verify"],
             error: .unknownCommand("verify", after: ["kadai"], suggestion: "audit verify"),
             english: "Unknown command 'verify'. Did you mean 'audit verify'?"),
        Case(arguments: ["frobnicate"],
             error: .unknownCommand("frobnicate", after: ["kadai"], suggestion: nil),
             english: "Unknown command 'frobnicate'. Try 'kadai --help' to see the commands."),
        Case(arguments: ["audit", "delete"],
             error: .unknownCommand("delete", after: ["kadai", "audit"], suggestion: nil),
             english: "Unknown command 'delete' for 'kadai audit'. Try 'kadai audit --help' to see the commands."),

        Case(arguments: ["audit"],
             error: .incompleteCommand(["kadai", "audit"], available: ["anchor", "log", "verify"]),
             english: "'kadai audit' needs one of: anchor, log, verify. Try 'kadai audit --help'."),
        Case(arguments: ["issue", "--json"],
             error: .incompleteCommand(["kadai", "issue"], available: ["raise", "show"]),
             english: "'kadai issue' needs one of: raise, show. Try 'kadai issue --help'."),

        Case(arguments: ["audit", "verify", "--stor", "X"],
             error: .unknownOption("--stor", command: ["kadai", "audit", "verify"], suggestion: "--store"),
             english: "Unknown option '--stor' for 'kadai audit verify'. Did you mean '--store'?"),
        Case(arguments: ["audit", "verify", "--stor=X"],
             error: .unknownOption("--stor", command: ["kadai", "audit", "verify"], suggestion: "--store"),
             english: "Unknown option '--stor' for 'kadai audit verify'. Did you mean '--store'?"),
        Case(arguments: ["audit", "verify", "--ancor", "1:ab"],
             error: .unknownOption("--ancor", command: ["kadai", "audit", "verify"], suggestion: "--anchor"),
             english: "Unknown option '--ancor' for 'kadai audit verify'. Did you mean '--anchor'?"),
        Case(arguments: ["-json", "stats"],
             error: .unknownOption("-json", command: ["kadai"], suggestion: "--json"),
             english: "Unknown option '-json' for 'kadai'. Did you mean '--json'?"),
        Case(arguments: ["audit", "verify", "--banana"],
             error: .unknownOption("--banana", command: ["kadai", "audit", "verify"], suggestion: nil),
             english: "Unknown option '--banana' for 'kadai audit verify'. Try 'kadai audit verify --help' to see its options."),
        // Another command's option is unknown here.
        Case(arguments: ["stats", "--since", "2025-04-01"],
             error: .unknownOption("--since", command: ["kadai", "stats"], suggestion: nil),
             english: "Unknown option '--since' for 'kadai stats'. Try 'kadai stats --help' to see its options."),
        // A command's own options come after its words.
        Case(arguments: ["--council", "X", "init"],
             error: .unknownOption("--council", command: ["kadai"], suggestion: nil),
             english: "Unknown option '--council' for 'kadai'. Try 'kadai --help' to see its options."),
        Case(arguments: ["stats", "-x"],
             error: .unknownOption("-x", command: ["kadai", "stats"], suggestion: nil),
             english: "Unknown option '-x' for 'kadai stats'. Try 'kadai stats --help' to see its options."),

        Case(arguments: ["init", "--council"],
             error: .missingValue(option: "--council", placeholder: "NAME"),
             english: "The option '--council' needs a value: --council NAME."),
        Case(arguments: ["init", "--council", "--json"],
             error: .missingValue(option: "--council", placeholder: "NAME"),
             english: "The option '--council' needs a value: --council NAME."),
        Case(arguments: ["init", "--council", "--", "X"],
             error: .missingValue(option: "--council", placeholder: "NAME"),
             english: "The option '--council' needs a value: --council NAME."),

        Case(arguments: ["init", "--council="],
             error: .emptyValue(option: "--council", placeholder: "NAME"),
             english: "The option '--council' was given an empty value. Give a value: --council NAME."),
        Case(arguments: ["init", "--council", ""],
             error: .emptyValue(option: "--council", placeholder: "NAME"),
             english: "The option '--council' was given an empty value. Give a value: --council NAME."),
        Case(arguments: ["init", "--council", "  "],
             error: .emptyValue(option: "--council", placeholder: "NAME"),
             english: "The option '--council' was given an empty value. Give a value: --council NAME."),

        Case(arguments: ["audit", "log", "--limit", "-5"],
             error: .valueStartsWithDash(option: "--limit", value: "-5"),
             english: "The value '-5' for '--limit' starts with '-'. To use it as the value, write --limit=-5."),

        Case(arguments: ["init"],
             error: .missingOption(option: "--council", placeholder: "NAME", command: ["kadai", "init"]),
             english: "'kadai init' needs --council NAME. Add it and run the command again."),
        Case(arguments: ["issue", "raise", "--by", "相談支援部会"],
             error: .missingOption(option: "--title", placeholder: "T", command: ["kadai", "issue", "raise"]),
             english: "'kadai issue raise' needs --title T. Add it and run the command again."),

        Case(arguments: ["issue", "show"],
             error: .missingPositional(name: "ID", command: ["kadai", "issue", "show"]),
             english: "'kadai issue show' needs ID. Write it after the command: kadai issue show ID."),

        Case(arguments: ["stats", "extra"],
             error: .unexpectedArgument("extra", command: ["kadai", "stats"]),
             english: "Unexpected word 'extra' for 'kadai stats'. Remove it; if it is part of a value, put the whole value in quotes."),
        // The usual cause: a value with a space, not in quotes.
        Case(arguments: ["issue", "raise", "--title", "No", "ramp", "--by", "B"],
             error: .unexpectedArgument("ramp", command: ["kadai", "issue", "raise"]),
             english: "Unexpected word 'ramp' for 'kadai issue raise'. Remove it; if it is part of a value, put the whole value in quotes."),
        Case(arguments: ["issue", "show", "K-0001", "K-0002"],
             error: .unexpectedArgument("K-0002", command: ["kadai", "issue", "show"]),
             english: "Unexpected word 'K-0002' for 'kadai issue show'. Remove it; if it is part of a value, put the whole value in quotes."),

        Case(arguments: ["--lang", "jp", "stats"],
             error: .invalidChoice(option: "--lang", value: "jp", choices: ["ja", "en"], suggestion: "ja"),
             english: "The option '--lang' cannot be 'jp'. Choose one of: ja, en. Did you mean 'ja'?"),
        Case(arguments: ["stats", "--lang=EN"],
             error: .invalidChoice(option: "--lang", value: "EN", choices: ["ja", "en"], suggestion: "en"),
             english: "The option '--lang' cannot be 'EN'. Choose one of: ja, en. Did you mean 'en'?"),
        Case(arguments: ["--lang", "fr", "stats"],
             error: .invalidChoice(option: "--lang", value: "fr", choices: ["ja", "en"], suggestion: nil),
             english: "The option '--lang' cannot be 'fr'. Choose one of: ja, en."),

        Case(arguments: ["--store", "a", "stats", "--store", "b"],
             error: .repeatedOption("--store"),
             english: "The option '--store' was given more than once. Give it only once."),
        Case(arguments: ["stats", "--json", "--json"],
             error: .repeatedOption("--json"),
             english: "The option '--json' was given more than once. Give it only once."),

        Case(arguments: ["issue", "raise", "--title", "t", "--by", "b"] + Array(repeating: "--category=c", count: 201),
             error: .tooManyValues(option: "--category", count: 201, limit: 200),
             english: "The option '--category' was given 201 times; one command takes it at most 200 times. Check for a repeated paste or loop, and split the record if it really needs more."),

        Case(arguments: ["stats", "--json=yes"],
             error: .flagWithValue("--json"),
             english: "The option '--json' does not take a value. Write just '--json'."),
        Case(arguments: ["stats", "--help=me"],
             error: .flagWithValue("--help"),
             english: "The option '--help' does not take a value. Write just '--help'."),
    ]

    @Test("Each mistake gives its error and its English message", arguments: cases)
    func english(_ example: Case) {
        let error = failure(example.arguments)
        #expect(error == example.error)
        #expect(error?.message(language: .en) == example.english)
    }

    /// One line per case, so a translator can read the whole table here.
    static let japaneseCases: [(ArgumentError, String)] = [
        (.noCommand(available: ["audit", "init"]),
         "コマンドが指定されていません。次のどれかを指定してください：audit, init。各コマンドの説明は --help で表示できます。"),
        (.unknownCommand("audti", after: ["kadai"], suggestion: "audit"),
         "コマンド 'audti' はありません。'audit' のことですか？"),
        (.unknownCommand("verfy", after: ["kadai", "audit"], suggestion: "verify"),
         "'kadai audit' にはコマンド 'verfy' はありません。'verify' のことですか？"),
        (.unknownCommand("frobnicate", after: ["kadai"], suggestion: nil),
         "コマンド 'frobnicate' はありません。使えるコマンドは 'kadai --help' で確認できます。"),
        (.incompleteCommand(["kadai", "audit"], available: ["anchor", "log", "verify"]),
         "'kadai audit' の後に、次のどれかを指定してください：anchor, log, verify。説明は 'kadai audit --help' で確認できます。"),
        (.unknownOption("--stor", command: ["kadai", "audit", "verify"], suggestion: "--store"),
         "オプション '--stor' は 'kadai audit verify' では使えません。'--store' のことですか？"),
        (.unknownOption("--banana", command: ["kadai", "stats"], suggestion: nil),
         "オプション '--banana' は 'kadai stats' では使えません。使えるオプションは 'kadai stats --help' で確認できます。"),
        (.missingValue(option: "--council", placeholder: "NAME"),
         "オプション '--council' には値が必要です。--council NAME の形で指定してください。"),
        (.emptyValue(option: "--council", placeholder: "NAME"),
         "オプション '--council' の値が空です。--council NAME の形で値を指定してください。"),
        (.valueStartsWithDash(option: "--limit", value: "-5"),
         "オプション '--limit' の値 '-5' が '-' で始まっています。値として使うなら --limit=-5 のように '=' でつないでください。"),
        (.missingOption(option: "--council", placeholder: "NAME", command: ["kadai", "init"]),
         "'kadai init' には --council NAME が必要です。付け加えてもう一度実行してください。"),
        (.missingPositional(name: "ID", command: ["kadai", "issue", "show"]),
         "'kadai issue show' には ID が必要です。kadai issue show ID のようにコマンドの後に書いてください。"),
        (.unexpectedArgument("extra", command: ["kadai", "stats"]),
         "'kadai stats' に余計な語 'extra' があります。取り除いてください。値の一部であれば、値全体を引用符 \" \" で囲んでください。"),
        (.invalidChoice(option: "--lang", value: "jp", choices: ["ja", "en"], suggestion: "ja"),
         "オプション '--lang' に 'jp' は指定できません。次のどれかを指定してください：ja, en。'ja' のことですか？"),
        (.invalidChoice(option: "--lang", value: "fr", choices: ["ja", "en"], suggestion: nil),
         "オプション '--lang' に 'fr' は指定できません。次のどれかを指定してください：ja, en。"),
        (.repeatedOption("--store"),
         "オプション '--store' が2回以上指定されています。1回だけ指定してください。"),
        (.flagWithValue("--json"),
         "オプション '--json' には値を付けられません。'--json' だけを書いてください。"),
        (.tooManyValues(option: "--agenda", count: 100_000, limit: 200),
         "オプション '--agenda' が 100000 回指定されています。1つのコマンドで指定できるのは 200 回までです。繰り返しや貼り付けの誤りがないか確かめ、必要なら記録を分けてください。"),
    ]

    @Test("Japanese messages", arguments: japaneseCases)
    func japanese(_ error: ArgumentError, _ expected: String) {
        #expect(error.message(language: .ja) == expected)
    }

    @Test("Every message quotes what was typed, in both languages", arguments: cases, Language.allCases)
    func quotesTheInput(_ example: Case, _ language: Language) {
        let message = example.error.message(language: language)
        let typed: String? = switch example.error {
        case .unknownCommand(let word, _, _), .unexpectedArgument(let word, _): word
        case .unknownOption(let option, _, _), .repeatedOption(let option), .flagWithValue(let option), .tooManyValues(let option, _, _): option
        case .missingValue(let option, _), .emptyValue(let option, _), .valueStartsWithDash(let option, _),
             .missingOption(let option, _, _), .invalidChoice(let option, _, _, _): option
        case .missingPositional(let name, _): name
        case .incompleteCommand(let path, _): path.joined(separator: " ")
        case .noCommand: nil
        }
        if let typed { #expect(message.contains(typed)) }
        #expect(!message.isEmpty)
    }
}
