import Arguments
import CouncilService

/// The council's commands (DESIGN §7) for parsing and help: the recording ones as the service
/// declares them (`RecordingCommands`), the reads here.
enum CouncilCatalogue {
    static let asOf = OptionSpec("as-of", value: "DATE", help: "Show it as it stood on this date (business time).")
    static let knownAt = OptionSpec("known-at", value: "DATETIME", help: "Show only what had been recorded by then, e.g. 2026-11-21T10:00:00Z.")

    /// Every council command in the order of help: the reads and the recording commands where
    /// they are placed below, then any recording command declared but not placed, so a new
    /// declaration is on the command line even before someone gives it its place in help.
    static let commands: [CommandSpec] = placed + RecordingCommands.all.filter { d in !placed.contains { $0.path == d.path } }.map(\.commandSpec)

    static let placed: [CommandSpec] = [
        declared("body", "establish"),
        declared("body", "rename"),
        declared("body", "pause"),
        declared("body", "resume"),
        declared("body", "dissolve"),
        declared("body", "policy"),
        CommandSpec(["body", "show"], abstract: "Show a body: members, policies, meetings, issues.", positionals: [PositionalSpec("ID", help: "The body.")],
                    options: [asOf, knownAt]),
        CommandSpec(["body", "list"], abstract: "List the bodies.", options: [asOf, knownAt]),
        declared("member", "appoint"),
        declared("member", "retire"),
        declared("meeting", "record"),
        MaterialCommands.spec,
        MaterialCommands.filesSpec,
        declared("meeting", "publish"),
        declared("meeting", "withdraw"),
        declared("issue", "raise"),
        declared("issue", "assign"),
        declared("issue", "transfer"),
        declared("issue", "analyze"),
        declared("issue", "plan"),
        declared("issue", "act"),
        declared("issue", "evaluate"),
        declared("issue", "close"),
        declared("issue", "reopen"),
        declared("issue", "carry-over"),
        CommandSpec(["issue", "show"], abstract: "Show an issue: phase, owner, analysis, plan, activities, evaluations.",
                    positionals: [PositionalSpec("ID", help: "The issue.")], options: [asOf, knownAt]),
        CommandSpec(["issue", "list"], abstract: "List issues.",
                    options: [OptionSpec("body", value: "BODY", help: "Only those this body owns."),
                              OptionSpec("phase", value: "PHASE", help: "raised analysing planned executing evaluated closed."),
                              OptionSpec("fy", value: "FY", help: "Only those worked on in this 年度."),
                              OptionSpec("open", help: "Only issues not closed."),
                              OptionSpec("closed", help: "Only closed issues."),
                              OptionSpec("category", value: "C", help: "Only those with this category, as recorded."),
                              OptionSpec("group", value: "G", help: "Only those with this target group, as recorded."),
                              OptionSpec("area", value: "A", help: "Only those of this area, as recorded."), asOf, knownAt]),
        CommandSpec(["issue", "history"], abstract: "Every event of an issue: when, by whom, at which position.",
                    positionals: [PositionalSpec("ID", help: "The issue.")]),
        declared("review", "record"),
        CommandSpec(["audit", "diff"], abstract: "What changed in an issue or body between two dates.",
                    positionals: [PositionalSpec("ID", help: "The issue or body.")],
                    options: [OptionSpec("from", value: "DATE", help: "From this date (exclusive).", required: true),
                              OptionSpec("to", value: "DATE", help: "To this date (inclusive).", required: true)]),
        declared("actor", "link"),
        declared("actor", "unlink"),
        CommandSpec(["actor", "list"], abstract: "List which account records as which actor, and who this account records as.",
                    examples: ["kadai actor list"]),
        CommandSpec(["account", "add"], abstract: "Add an account to sign in to the web application with, acting as a council actor; the password is read from standard input or a file. The administrator's to run where roles are enforced.",
                    positionals: [login], options: [OptionSpec("actor", value: "ID", help: "The council actor it acts as: the administrator's id or a seat's.", required: true), passwordFile],
                    examples: ["kadai account add tanaka --actor minami --password-file ./tanaka.pw", "kadai account add tanaka --actor minami   # asks for the password twice"]),
        CommandSpec(["account", "reset"], abstract: "Give an account a new password, read from standard input or a file.",
                    positionals: [login], options: [passwordFile], examples: ["kadai account reset tanaka --password-file ./tanaka.pw"]),
        CommandSpec(["account", "disable"], abstract: "Stop an account from signing in; it stays listed.",
                    positionals: [login], examples: ["kadai account disable tanaka"]),
        CommandSpec(["account", "enable"], abstract: "Let a disabled account sign in again.",
                    positionals: [login], examples: ["kadai account enable tanaka"]),
        CommandSpec(["account", "list"], abstract: "List the accounts: login name, the actor each acts as, whether it is disabled, when it was made and changed.",
                    examples: ["kadai account list"]),
        CommandSpec(["serve"], abstract: "Open the council's web application: people sign in with their accounts and record, look up and print in a browser. Stops with Ctrl-C.",
                    options: [OptionSpec("listen", value: "ADDRESS:PORT", help: "Where to listen (default 127.0.0.1:8080, this machine only)."),
                              OptionSpec("behind-proxy", help: "A reverse proxy (nginx, Apache) in front terminates HTTPS: cookies are Secure, and failed sign-ins are counted by the address it forwards (X-Forwarded-For).")],
                    examples: ["kadai serve", "kadai serve --listen 127.0.0.1:9000 --behind-proxy"]),
        CommandSpec(["apply"], abstract: "Run many commands from a file (one JSON object a line) as one all-or-nothing write.",
                    positionals: [PositionalSpec("FILE", help: "The file, or - for standard input.")],
                    examples: [#"echo '{"command":"issue raise","title":"相談先が分からない","by":"soudan"}' | kadai apply -"#]),
    ]

    static let login = PositionalSpec("LOGIN", help: "The login name, e.g. tanaka: ASCII letters, digits, '-', '_' and '.'.")
    static let passwordFile = OptionSpec("password-file", value: "FILE", help: "Read the password from FILE, one line that only you may read (chmod 600); without it, from standard input. Never on the command line, which other accounts see.")

    /// A recording command as the service declares it, in the command line's terms.
    static func declared(_ path: String...) -> CommandSpec {
        guard let d = RecordingCommands.declaration(path) else { preconditionFailure("'\(path.joined(separator: " "))' is not declared") }
        return d.commandSpec
    }
}
