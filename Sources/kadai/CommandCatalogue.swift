import Arguments

/// Every command and option of `kadai`, declared once: parsing and `--help` both come from here.
enum CommandCatalogue {
    static let globalOptions: [OptionSpec] = [
        OptionSpec("store", value: "DIR", help: "The store folder (default ./EventLog, or KADAI_STORE)."),
        OptionSpec("as", value: "ACTOR", help: "Who is recording (default KADAI_ACTOR, else 'secretariat'). A store that checks roles takes it from your operating-system account; only its administrator may name another actor."),
        OptionSpec("lang", value: "LANG", help: "Language of messages: ja (default) or en.", choices: ["ja", "en"]),
        OptionSpec("json", help: "Print one JSON object instead of text."),
    ]

    static let commands: [CommandSpec] = [
        CommandSpec(["init"], abstract: "Create a new store for a council.",
                    options: [
                        OptionSpec("council", value: "NAME", help: "The council's name, e.g. サンプル市障害者自立支援協議会.", required: true),
                        OptionSpec("on", value: "DATE", help: "When the council was set up, e.g. H20.5.1 (default today)."),
                        OptionSpec("enforce-roles", help: "Check who records what: only the administrator and members may write, each within their role."),
                        OptionSpec("admin", value: "ID", help: "The administrator's id, with --enforce-roles; the operating-system account running init records as it."),
                        OptionSpec("segment-bytes", value: "N", help: "Start a new segment file after this many bytes (default 67108864)."),
                    ],
                    examples: ["kadai init --council サンプル市障害者自立支援協議会", "kadai init --council 'Sample City' --store ./my-council"]),
        CommandSpec(["audit", "verify"], abstract: "Check the whole log: every record, every link of the hash chain.",
                    options: [OptionSpec("anchor", value: "POS:HASH", help: "Also check that the record at POS still has HASH (from 'kadai audit anchor').")],
                    examples: ["kadai audit verify", "kadai audit verify --anchor 120:3fa4…"]),
        CommandSpec(["audit", "anchor"], abstract: "Print the head position and hash, to write into the minutes.",
                    examples: ["kadai audit anchor"]),
        CommandSpec(["audit", "log"], abstract: "List who recorded what, and when, page by page.",
                    options: [
                        OptionSpec("since", value: "DATE", help: "Only events recorded on or after DATE (2026-04-01, or 2026-04-01T09:00:00+09:00)."),
                        OptionSpec("until", value: "DATE", help: "Only events recorded on or before DATE."),
                        OptionSpec("actor", value: "ACTOR", help: "Only events recorded by ACTOR."),
                        OptionSpec("stream", value: "STREAM", help: "Only events of STREAM."),
                        OptionSpec("from", value: "POS", help: "Start at position POS (to see the next page)."),
                        OptionSpec("limit", value: "N", help: "At most N events per page (default 50)."),
                    ],
                    examples: ["kadai audit log --since 2026-04-01 --actor secretariat"]),
        CommandSpec(["case", "add"], abstract: "Attach case material (事例) to an issue: kept in the vault beside the log, cited by reference; prints the reference.",
                    positionals: [PositionalSpec("ISSUE", help: "The issue.")],
                    options: [OptionSpec("note", value: "TEXT", help: "The case note. Never published, and erasable with 'kadai forget'.", required: true),
                              OptionSpec("on", value: "DATE", help: "When it happened: 2020-08-06, 令和2年8月6日 or R2.8.6 (default today).")],
                    examples: ["kadai case add K-0001 --note '退院後の住まいが見つからない事例（40代）'"]),
        CommandSpec(["forget"], abstract: "Erase a case note's text from the vault on request; the chain of records stays whole.",
                    positionals: [PositionalSpec("REF", help: "The note's reference, e.g. N-3fa40c9e1b2d.")],
                    options: [OptionSpec("on", value: "DATE", help: "When it happened: 2020-08-06, 令和2年8月6日 or R2.8.6 (default today).")],
                    examples: ["kadai forget N-3fa40c9e1b2d"]),
        CommandSpec(["export"], abstract: "Write out the whole history: every record with its position, actor, times and chain hash (never case-note text).",
                    options: [OptionSpec("format", value: "FORMAT", help: "jsonl (default: one record a line, for import) or csv (one file per kind of record, for Excel).",
                                         choices: ["jsonl", "csv"]),
                              OptionSpec("out", value: "PATH", help: "The file to write (jsonl; default standard output) or the folder (csv).")],
                    examples: ["kadai export --out council-2026-11-21.jsonl", "kadai export --format csv --out council-csv"]),
        CommandSpec(["import"], abstract: "Create a store from an export, checking every record and the whole hash chain first.",
                    positionals: [PositionalSpec("FILE", help: "The export (from 'kadai export').")],
                    options: [OptionSpec("segment-bytes", value: "N", help: "Start a new segment file after this many bytes (default 67108864)."),
                              OptionSpec("files", value: "DIR", help: "Copy the attached minutes and materials from DIR, the old store's files folder (each checked by its SHA-256).")],
                    examples: ["kadai import council-2026-11-21.jsonl --store ./restored/EventLog", "kadai import council.jsonl --store ./restored/EventLog --files ./old/EventLog/files"]),
        CommandSpec(["stats"], abstract: "Show what the store holds: events, streams, segments, bytes, head, index and snapshots.",
                    examples: ["kadai stats", "kadai stats --json"]),
        CommandSpec(["rebuild"], abstract: "Rebuild the stream index and the snapshots from the log.",
                    examples: ["kadai rebuild"]),
    ]

    static let program = Program(
        name: "kadai",
        abstract: "kadai (課題) keeps the regional issues of a disability self-reliance support council as a verifiable event log.",
        globalOptions: globalOptions, commands: commands + CouncilCatalogue.commands + DocumentCatalogue.commands,
        localise: HelpJapanese.localise)
}
