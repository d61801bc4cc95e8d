import Arguments
import Testing

/// A program whose own texts have a Japanese table, for what `localise` must and must not reach.
private let translated = Program(
    name: "tool",
    abstract: "Move files about.",
    globalOptions: [OptionSpec("dry-run", help: "Only say what would happen.")],
    commands: [
        CommandSpec(
            ["copy"], abstract: "Copy a file.",
            positionals: [PositionalSpec("FROM", help: "What to copy.")],
            options: [
                OptionSpec("mode", value: "MODE", help: "How to copy.", choices: ["fast", "safe"]),
                OptionSpec("note", value: "TEXT", help: "A note nobody translated.", repeatable: true),
            ],
            examples: ["tool copy a.txt --mode safe"]),
    ],
    localise: { text, language in
        guard language == .ja else { return text }
        return TinyTable.japanese[text] ?? text
    })

private enum TinyTable {
    /// Deliberately leaves out "A note nobody translated." and every name, placeholder and example.
    static let japanese = [
        "Move files about.": "ファイルを移動します。",
        "Only say what would happen.": "実行せず、何が起きるかだけを表示します。",
        "Copy a file.": "ファイルをコピーします。",
        "What to copy.": "コピーするもの。",
        "How to copy.": "コピーの方法。",
        // Would show up in help if names or examples were wrongly passed through the table.
        "copy": "複写", "--mode": "--方式", "MODE": "方式", "FROM": "元", "fast": "速い",
        "tool copy a.txt --mode safe": "例の翻訳",
    ]
}

@Suite("Help in the program's own words, translated by its table")
struct LocalisationTests {
    @Test("Japanese: the program's texts are translated, labels and typed words are not touched")
    func commandInJapanese() {
        #expect(translated.help(for: ["copy"], language: .ja) == """
            使い方: tool copy FROM [--mode MODE] [--note TEXT]... [共通オプション]

            ファイルをコピーします。

            引数:
              FROM          コピーするもの。

            オプション:
              --mode MODE   コピーの方法。（fast, safe のいずれか）
              --note TEXT   A note nobody translated.（複数回指定できます）

            共通オプション:
              --dry-run     実行せず、何が起きるかだけを表示します。
              -h, --help    このヘルプを表示します

            例:
              tool copy a.txt --mode safe
            """)
    }

    @Test("Japanese top level: the program abstract and the command abstracts")
    func topLevelInJapanese() {
        let page = translated.help(for: [], language: .ja)
        #expect(page.contains("\n\nファイルを移動します。\n\n"))
        #expect(page.contains("  copy         ファイルをコピーします。"))
        #expect(!page.contains("複写"))
    }

    @Test("English: the texts exactly as declared, although the table is there")
    func commandInEnglish() {
        #expect(translated.help(for: ["copy"], language: .en) == """
            Usage: tool copy FROM [--mode MODE] [--note TEXT]... [global options]

            Copy a file.

            Arguments:
              FROM          What to copy.

            Options:
              --mode MODE   How to copy. (one of: fast, safe)
              --note TEXT   A note nobody translated. (can be repeated)

            Global options:
              --dry-run     Only say what would happen.
              -h, --help    Show this help

            Examples:
              tool copy a.txt --mode safe
            """)
    }

    @Test("Without a table, help in Japanese keeps the declared texts under Japanese labels")
    func identityByDefault() {
        let page = tool.help(for: ["copy"], language: .ja)
        #expect(page.contains("\n\nCopy a file\n\n"))
        #expect(page.contains("What to copy\n") && page.hasPrefix("使い方:"))
    }

    @Test("Help asked for on the command line is translated too")
    func parsedHelp() throws {
        guard case .help(let page) = try translated.parse(["copy", "--help"], language: .ja) else {
            Issue.record("'copy --help' did not give help")
            return
        }
        #expect(page.contains("ファイルをコピーします。"))
    }

    @Test("The texts a table must cover: prose only, each once, in declaration order")
    func localisableTexts() {
        #expect(translated.localisableTexts == [
            "Move files about.", "Only say what would happen.", "Copy a file.", "What to copy.", "How to copy.",
            "A note nobody translated.",
        ])
        let missing = translated.localisableTexts.filter { TinyTable.japanese[$0] == nil }
        #expect(missing == ["A note nobody translated."])
    }

    @Test("A text shared by several declarations is listed once")
    func sharedTextsOnce() {
        let shared = OptionSpec("on", value: "DATE", help: "When.")
        let program = Program(name: "p", abstract: "P.", globalOptions: [], commands: [
            CommandSpec(["a"], abstract: "A.", options: [shared]),
            CommandSpec(["b"], abstract: "B.", positionals: [PositionalSpec("X", help: "When.")], options: [shared]),
        ])
        #expect(program.localisableTexts == ["P.", "A.", "When.", "B."])
    }
}
