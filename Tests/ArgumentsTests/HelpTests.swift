import Arguments
import Testing

@Suite("Help generated from the declarations")
struct HelpTests {
    @Test("Top level: every command with its abstract, then the global options")
    func topLevel() {
        #expect(kadai.help(for: []) == """
            Usage: kadai <command> [global options]

            Track the regional issues of a self-reliance support council.

            Commands:
              init           Create a new store for a council
              audit verify   Check that no event in the log has been altered
              audit anchor   Print the anchor to write down
              audit log      Show who did what, and when
              stats          Count issues by state
              issue raise    Record a new issue
              issue show     Show one issue and its history

            Global options:
              --store DIR    Folder that holds the event log
              --as ACTOR     Who is doing this, as recorded in the log
              --lang LANG    Language of messages (one of: ja, en)
              --json         Print JSON instead of text
              -h, --help     Show this help

            See 'kadai <command> --help' for the options of each command.
            """)
    }

    @Test("A group lists its subcommands")
    func group() {
        #expect(kadai.help(for: ["audit"]) == """
            Usage: kadai audit <command> [global options]

            Commands:
              verify        Check that no event in the log has been altered
              anchor        Print the anchor to write down
              log           Show who did what, and when

            Global options:
              --store DIR   Folder that holds the event log
              --as ACTOR    Who is doing this, as recorded in the log
              --lang LANG   Language of messages (one of: ja, en)
              --json        Print JSON instead of text
              -h, --help    Show this help

            See 'kadai audit <command> --help' for the options of each command.
            """)
    }

    @Test("A command: usage with required, optional and repeatable options, then examples")
    func leafCommand() {
        #expect(kadai.help(for: ["issue", "raise"]) == """
            Usage: kadai issue raise --title T --by BODY [--category C]... [--id ID] [global options]

            Record a new issue

            Options:
              --title T      A short title (required)
              --by BODY      Who raised it (required)
              --category C   A category (can be repeated)
              --id ID        Use this id instead of the next free one

            Global options:
              --store DIR    Folder that holds the event log
              --as ACTOR     Who is doing this, as recorded in the log
              --lang LANG    Language of messages (one of: ja, en)
              --json         Print JSON instead of text
              -h, --help     Show this help

            Examples:
              kadai issue raise --title "No ramp at the station" --by 相談支援部会 --category 交通
            """)
    }

    @Test("The usage line of every sample command", arguments: [
        (["init"], "Usage: kadai init --council NAME [global options]"),
        (["audit", "verify"], "Usage: kadai audit verify [--anchor POS:HASH] [global options]"),
        (["audit", "anchor"], "Usage: kadai audit anchor [global options]"),
        (["audit", "log"],
         "Usage: kadai audit log [--since D] [--until D] [--actor A] [--stream S] [--limit N] [global options]"),
        (["stats"], "Usage: kadai stats [global options]"),
        (["issue", "show"], "Usage: kadai issue show ID [global options]"),
        (["issue"], "Usage: kadai issue <command> [global options]"),
    ])
    func usageLine(_ path: [String], _ expected: String) {
        #expect(kadai.help(for: path).split(separator: "\n").first.map(String.init) == expected)
    }

    @Test("Positionals, optional ones marked")
    func positionals() {
        #expect(tool.help(for: ["copy"]) == """
            Usage: tool copy FROM [TO] [global options]

            Copy a file

            Arguments:
              FROM         What to copy
              TO           Where to put it; '-' prints it (optional)

            Global options:
              -h, --help   Show this help
            """)
    }

    @Test("Label words are Japanese when asked; the app's own texts stay as written")
    func japanese() {
        #expect(kadai.help(for: ["init"], language: .ja) == """
            使い方: kadai init --council NAME [共通オプション]

            Create a new store for a council

            オプション:
              --council NAME   Name of the council（必須）

            共通オプション:
              --store DIR      Folder that holds the event log
              --as ACTOR       Who is doing this, as recorded in the log
              --lang LANG      Language of messages（ja, en のいずれか）
              --json           Print JSON instead of text
              -h, --help       このヘルプを表示します

            例:
              kadai init --council 相談支援部会
            """)
        let group = kadai.help(for: ["issue"], language: .ja)
        #expect(group.hasPrefix("使い方: kadai issue <コマンド> [共通オプション]\n\nコマンド:\n  raise "))
        #expect(group.hasSuffix("各コマンドの説明とオプションは 'kadai issue <コマンド> --help' で表示できます。"))
        #expect(kadai.help(for: ["issue", "raise"], language: .ja).contains("--category C   A category（複数回指定できます）"))
    }

    @Test("An unknown path shows help for the part that is known", arguments: [
        (["audit", "nonsense"], ["audit"]),
        (["nonsense", "audit"], []),
        (["stats", "extra"], ["stats"]),
    ])
    func unknownPath(_ path: [String], _ known: [String]) {
        #expect(kadai.help(for: path) == kadai.help(for: known))
    }

    @Test("Every declared option and positional appears in its command's help")
    func complete() {
        for command in kadai.commands {
            let text = kadai.help(for: command.path)
            for option in command.options + kadai.globalOptions {
                #expect(text.contains("  " + option.synopsis + " "), "\(option.synopsis) missing from \(command.path)")
            }
            for positional in command.positionals {
                #expect(text.contains("  " + positional.name + " "))
            }
            #expect(text.contains(command.abstract))
        }
    }
}
