import Arguments
import Testing

/// A program shaped like kadai's, so the tests exercise the tree the app really declares.
let kadai = Program(
    name: "kadai",
    abstract: "Track the regional issues of a self-reliance support council.",
    globalOptions: [
        OptionSpec("store", value: "DIR", help: "Folder that holds the event log"),
        OptionSpec("as", value: "ACTOR", help: "Who is doing this, as recorded in the log"),
        OptionSpec("lang", value: "LANG", help: "Language of messages", choices: ["ja", "en"]),
        OptionSpec("json", help: "Print JSON instead of text"),
    ],
    commands: [
        CommandSpec(
            ["init"], abstract: "Create a new store for a council",
            options: [OptionSpec("council", value: "NAME", help: "Name of the council", required: true)],
            examples: ["kadai init --council 相談支援部会"]),
        CommandSpec(
            ["audit", "verify"], abstract: "Check that no event in the log has been altered",
            options: [OptionSpec("anchor", value: "POS:HASH", help: "Also compare with an anchor you wrote down")],
            examples: ["kadai audit verify", "kadai audit verify --anchor 120:9f2c41"]),
        CommandSpec(["audit", "anchor"], abstract: "Print the anchor to write down"),
        CommandSpec(
            ["audit", "log"], abstract: "Show who did what, and when",
            options: [
                OptionSpec("since", value: "D", help: "From this date (YYYY-MM-DD)"),
                OptionSpec("until", value: "D", help: "Up to this date (YYYY-MM-DD)"),
                OptionSpec("actor", value: "A", help: "Only what this person did"),
                OptionSpec("stream", value: "S", help: "Only this issue"),
                OptionSpec("limit", value: "N", help: "At most this many events"),
            ]),
        CommandSpec(["stats"], abstract: "Count issues by state"),
        CommandSpec(
            ["issue", "raise"], abstract: "Record a new issue",
            options: [
                OptionSpec("title", value: "T", help: "A short title", required: true),
                OptionSpec("by", value: "BODY", help: "Who raised it", required: true),
                OptionSpec("category", value: "C", help: "A category", repeatable: true),
                OptionSpec("id", value: "ID", help: "Use this id instead of the next free one"),
            ],
            examples: ["kadai issue raise --title \"No ramp at the station\" --by 相談支援部会 --category 交通"]),
        CommandSpec(
            ["issue", "show"], abstract: "Show one issue and its history",
            positionals: [PositionalSpec("ID", help: "The issue id, e.g. K-0001")]),
    ])

/// A second, smaller tree for what kadai happens not to declare: optional positionals.
let tool = Program(
    name: "tool",
    abstract: "Move files about.",
    globalOptions: [],
    commands: [
        CommandSpec(
            ["copy"], abstract: "Copy a file",
            positionals: [
                PositionalSpec("FROM", help: "What to copy"),
                PositionalSpec("TO", help: "Where to put it; '-' prints it", required: false),
            ]),
    ])

/// The command a line parses to, or nil (with the reason recorded) when it parses to help or fails.
func command(_ arguments: [String], in program: Program = kadai) -> ParsedCommand? {
    do {
        guard case .command(let parsed) = try program.parse(arguments) else {
            Issue.record("\(arguments) asked for help")
            return nil
        }
        return parsed
    } catch {
        Issue.record("\(arguments) failed: \(error.message(language: .en))")
        return nil
    }
}

/// The error a line fails with, or nil when it parses.
func failure(_ arguments: [String], in program: Program = kadai) -> ArgumentError? {
    do {
        _ = try program.parse(arguments)
        return nil
    } catch {
        return error
    }
}
