import Arguments

/// The documents (DESIGN §6): declared once for parsing and help.
enum DocumentCatalogue {
    static let format = OptionSpec("format", value: "FORMAT", help: "md (default), html (a printable A4 page), csv (for Excel) or json.",
                                   choices: ["md", "html", "csv", "json"])
    static let fy = OptionSpec("fy", value: "FY", help: "The fiscal year (年度): 2020, R2, 令和2年度 or FY2020.", required: true)
    static let body = PositionalSpec("BODY", help: "The body.")
    static let publicFlag = OptionSpec("public", help: "Leave out anything internal (who recorded what, seat ids), for publishing.")
    static let common = [format, CouncilCatalogue.asOf, CouncilCatalogue.knownAt, publicFlag]

    static let commands: [CommandSpec] = [
        CommandSpec(["sheet"], abstract: "The year-end review sheet (振り返り・評価シート) of a body for a 年度.",
                    positionals: [body], options: [fy] + common,
                    examples: ["kadai sheet soudan --fy R2", "kadai sheet soudan --fy 令和2年度 --format html > sheet.html"]),
        CommandSpec(["report", "status"], abstract: "The status report (検討状況報告書) of a body for a 年度.",
                    positionals: [body], options: [fy] + common,
                    examples: ["kadai report status soudan --fy R2"]),
        CommandSpec(["report", "annual"], abstract: "A body's annual report and next year's plan (年間活動報告書・計画書).",
                    positionals: [body], options: [fy] + common,
                    examples: ["kadai report annual soudan --fy R2"]),
        CommandSpec(["report", "policy"], abstract: "A body's activity policy for a 年度 (活動方針), with what it did in the years before (これまでの経過).",
                    positionals: [body], options: [fy] + common,
                    examples: ["kadai report policy shuro --fy R3"]),
        CommandSpec(["report", "pdca"], abstract: "The council-wide table of work items, progress, results and next year's plan (事業項目).",
                    options: [fy, OptionSpec("body", value: "BODY", help: "One body's table: its work items (kadai work …) as of their date, with next year's plan.")] + common,
                    examples: ["kadai report pdca --fy R5 --format csv > pdca.csv", "kadai report pdca --body unei --fy R5 --format html > unei-pdca.html"]),
        CommandSpec(["report", "plan"], abstract: "The action plan (アクションプラン) of an issue, with each action's status.",
                    positionals: [PositionalSpec("ID", help: "The issue.")], options: common,
                    examples: ["kadai report plan K-0001 --format html > plan.html"]),
        CommandSpec(["report", "timeline"], abstract: "An issue's timeline and audit trail: every event, when and by whom it was recorded, its position and hash.",
                    positionals: [PositionalSpec("ID", help: "The issue.")], options: common,
                    examples: ["kadai report timeline K-0001", "kadai report timeline K-0001 --public --format html > timeline.html"]),
        CommandSpec(["report", "audit"], abstract: "The audit trail of the whole council: what was recorded in a span of time, by whom, at which position.",
                    options: [OptionSpec("since", value: "DATE", help: "Only events recorded on or after DATE."),
                              OptionSpec("until", value: "DATE", help: "Only events recorded on or before DATE.")] + common,
                    examples: ["kadai report audit --since 2026-04-01 --until 2026-04-30"]),
        CommandSpec(["report", "schedule"], abstract: "The annual schedule (全体スケジュール): every body's meetings by month.",
                    options: [fy] + common,
                    examples: ["kadai report schedule --fy R2 --format csv > schedule.csv"]),
        CommandSpec(["report", "steering"], abstract: "What the steering meeting (運営会議) should look at on a date: quiet issues, overdue actions, issues not yet taken up, bodies not yet met, changes since its last meeting.",
                    options: [OptionSpec("on", value: "DATE", help: "The day of the steering meeting (default today)."),
                              OptionSpec("stale-months", value: "N", help: "List open issues with no event for N months (default 6).")] + common,
                    examples: ["kadai report steering --on R3.2.10", "kadai report steering --on 2021-02-10 --stale-months 3 --format html > agenda.html"]),
        CommandSpec(["report", "composition"], abstract: "The council's composition (委員構成): each body's seats by member category, parties concerned in brackets.",
                    options: [OptionSpec("on", value: "DATE", help: "As seated on this day (default today).")] + common,
                    examples: ["kadai report composition --on R2.4.1 --format csv > composition.csv"]),
        CommandSpec(["scorecard"], abstract: "The council functions scorecard (機能別評価) for a 年度.",
                    options: [OptionSpec("fy", value: "FY", help: "The fiscal year (default: the current one)."),
                              OptionSpec("body", value: "BODY", help: "Only this body's part.")] + common,
                    examples: ["kadai scorecard --fy R2", "kadai scorecard --fy R2 --body soudan --format json"]),
        CommandSpec(["site"], abstract: "A static web site of the council's work, safe to publish: a top page, a page per body, per issue and per 年度 with its documents, and a page for checking the record. Nothing internal and no case notes.",
                    options: [OptionSpec("out", value: "DIR", help: "The folder to write the site into: a new or empty folder, or one an earlier 'kadai site' made (it is replaced).", required: true),
                              OptionSpec("fy", value: "FY", help: "The fiscal year the site is published for (default: the current one); the site shows the council as at its end, or today."),
                              CouncilCatalogue.knownAt],
                    examples: ["kadai site --out site", "kadai site --out site-en --lang en", "kadai site --out site-r6 --fy R6"]),
    ]
}
