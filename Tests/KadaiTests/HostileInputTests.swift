import Arguments
import Foundation
import Testing
import TestSupport
@testable import kadai
import CouncilService

/// Issue 11, finding 9 through the command line: every value option and positional of every
/// recording command (and `case add`) refuses a terminal's escape sequence, writing nothing and
/// never sending the sequence back to the terminal; CRLF in longer text is kept as LF. The
/// look-alike ids and stacked combining marks (findings 10 and 14) are rows of the bad-input catalogue.
@Suite(.serialized) struct HostileInputTests {
    /// An OSC sequence that sets the terminal's title: ESC ] 0 ; … BEL.
    static let osc = "\u{1B}]0;pwned\u{07}"

    /// A command of each kind that the council of `CouncilRefusalTests.council()` accepts, positionals
    /// first. Listed in an order in which each is also accepted after the ones before it.
    static let accepted: [(path: [String], positionals: [String], options: [(String, String)])] = [
        (["body", "establish"], ["wg"], [("name", "就労WG"), ("kind", "workingGroup"), ("parent", "soudan"), ("on", "2020-08-01")]),
        (["body", "rename"], ["wg"], [("name", "就労ワーキング"), ("on", "2020-08-02")]),
        (["body", "policy"], ["soudan"], [("fy", "R2"), ("policy", "方針"), ("plan", "取組"), ("on", "2020-08-01")]),
        (["member", "appoint"], ["soudan"], [("member", "hoken"), ("affiliation", "保健所"), ("category", "保健所"), ("role", "chair"), ("on", "2020-08-01")]),
        (["member", "retire"], ["soudan"], [("member", "hoken"), ("on", "2020-09-01")]),
        (["meeting", "record"], ["soudan"], [("on", "2020-08-05"), ("number", "2"), ("format", "online"), ("agenda", "議題"), ("issue", "K-0001"),
                                            ("decision", "決定")]),
        (["issue", "raise"], [], [("title", "題"), ("by", "soudan"), ("id", "K-0003"), ("on", "2020-08-01"), ("source", "アンケート"),
                                  ("category", "就労支援"), ("group", "精神"), ("area", "中之島"), ("summary", "概要"), ("case-note", "事例")]),
        (["issue", "assign"], ["K-0003"], [("to", "wg"), ("reason", "理由"), ("on", "2020-08-03")]),
        (["issue", "transfer"], ["K-0003"], [("to", "soudan"), ("reason", "理由"), ("on", "2020-08-04")]),
        (["issue", "analyze"], ["K-0001"], [("factor", "要因"), ("focus", "医療"), ("chosen", "医療"), ("evidence", "事例"), ("on", "2020-08-01"),
                                            ("case-note", "事例")]),
        (["issue", "plan"], ["K-0003"], [("goal", "目標"), ("action", "事務局|民生委員|冊子|R3.3.31|情報"), ("on", "2020-08-05")]),
        (["issue", "act"], ["K-0001"], [("on", "2020-08-06"), ("summary", "訪問"), ("kind", "visit"), ("meeting", "soudan-2020-2"),
                                        ("action", "1=inProgress"), ("function", "情報"), ("case-note", "事例")]),
        (["issue", "evaluate"], ["K-0001"], [("fy", "R2"), ("outcome", "成果"), ("function", "評価"), ("decision", "continue"), ("next", "次"),
                                             ("reason", "理由"), ("on", "2021-03-01")]),
        (["issue", "carry-over"], ["K-0001"], [("note", "継続"), ("on", "2021-03-31")]),
        (["issue", "close"], ["K-0003"], [("reason", "resolved"), ("note", "メモ"), ("on", "2021-03-01")]),
        (["issue", "reopen"], ["K-0002"], [("reason", "再燃"), ("on", "2021-03-02")]),
        (["review", "record"], ["soudan"], [("fy", "R2"), ("summary", "概要"), ("comment", "感想"), ("function", "情報"), ("next", "end"),
                                            ("next-policy", "方針案"), ("next-plan", "取組案"), ("handover", "引き継ぎ"), ("to-steering", "伝達"),
                                            ("reason", "目的達成"), ("on", "2021-03-20")]),
        (["body", "pause"], ["wg"], [("reason", "休止"), ("on", "2021-04-01")]),
        (["body", "resume"], ["wg"], [("on", "2021-05-01")]),
        (["body", "dissolve"], ["wg"], [("successor", "soudan"), ("reason", "再編"), ("on", "2021-06-01")]),
        (["case", "add"], ["K-0001"], [("note", "事例"), ("on", "2020-08-01")]),
        (["work", "item"], ["soudan"], [("fy", "R2"), ("number", "1"), ("title", "地域の障害福祉の資源の把握")]),
        (["work", "progress"], ["soudan"], [("fy", "R2"), ("item", "1"), ("number", "1"), ("text", "取組"), ("on", "R2.9.21")]),
        (["work", "result"], ["soudan"], [("fy", "R2"), ("item", "1"), ("number", "1"), ("text", "結果")]),
        (["work", "plan"], ["soudan"], [("fy", "R2"), ("item", "1"), ("number", "1"), ("text", "計画"), ("new", "見出し")]),
        (["work", "as-of"], ["soudan"], [("fy", "R2"), ("on", "令和3年3月")]),
        (["work", "carry-over"], ["soudan"], [("from", "R2"), ("on", "2021-04-01")]),
        (["meeting", "plan"], ["soudan"], [("fy", "R2"), ("kind", "training"), ("number", "1"), ("date", "R2.12"), ("on", "2020-08-01"), ("until", "R3.2"), ("rhythm", "年2回開催"),
                                          ("topic", "研修"), ("note", "外部講師")]),
        (["meeting", "postpone"], ["soudan"], [("plan", "soudan-2020-p1"), ("to", "R3.3"), ("reason", "延期")]),
        (["body", "activity"], ["soudan"], [("kind", "training"), ("title", "研修会"), ("on", "R3.3"), ("summary", "内容"), ("lecturer", "市内病院 看護師"),
                                            ("format", "online"), ("note", "備考"), ("plan", "soudan-2020-p1")]),
        (["meeting", "cancel"], ["soudan"], [("plan", "soudan-2020-p1"), ("reason", "中止")]),
        (["body", "status"], ["soudan"], [("fy", "R2"), ("direction", "次年度も続ける"), ("on", "2021-01-15")]),
        (["meeting", "count"], ["soudan"], [("fy", "R2"), ("count", "7"), ("note", "年7回開催"), ("on", "2021-03-31")]),
        // A council begun today keeps the current edition: adopting it records nothing, and succeeds.
        (["rules", "adopt"], [], []),
        // The file attached first (`minutes`): SHA-256 of 議事録.
        (["meeting", "withdraw"], ["soudan-2020-1"], [("sha256", "08b86e3ccd72"), ("reason", "理由"), ("on", "2020-08-01")]),
        (["meeting", "publish"], ["soudan-2020-1"], [("sha256", "08b86e3ccd72"), ("reason", "理由"), ("on", "2020-08-02")]),
    ]

    static func arguments(_ c: (path: [String], positionals: [String], options: [(String, String)])) -> [String] {
        c.path + c.positionals + c.options.flatMap { ["--" + $0.0, $0.1] }
    }

    /// The command with the sequence in one of its values (a positional, or an option's value put
    /// before the rest, so a `WHO|TOWARD|…` action keeps its shape), for every value the catalogue declares.
    static func hostileVariants(of c: (path: [String], positionals: [String], options: [(String, String)])) -> [(label: String, arguments: [String])] {
        let spec = CommandCatalogue.program.commands.first { $0.path == c.path }!
        var variants: [(String, [String])] = []
        for i in c.positionals.indices {
            var positionals = c.positionals
            positionals[i] = "x" + osc + positionals[i]
            variants.append(("\(c.path.joined(separator: " ")) \(spec.positionals[i].name)", arguments((c.path, positionals, c.options))))
        }
        for option in spec.options where !option.isFlag {
            var options = c.options
            if let i = options.firstIndex(where: { $0.0 == option.name }) {
                options[i].1 = "x" + osc + "y" + options[i].1
            } else {
                options.append((option.name, "x" + osc + "y"))
            }
            variants.append(("\(c.path.joined(separator: " ")) --\(option.name)", arguments((c.path, c.positionals, options))))
        }
        return variants
    }

    /// Each variant is tried just before its command is recorded as it is, so the sequence is all
    /// that stood between the refusal and an accepted command.
    @Test(.tags(.slow), .notInFastSet) func everyValueOfEveryRecordingCommandRefusesAnEscapeSequence() throws {
        let council = try CouncilRefusalTests.council()
        // Linking accounts needs a council that checks roles; its values (an ASCII account name, an
        // actor id) are walked by HostileFieldTests and IdentityCommandTests.
        let recording = Set(RecordingCommands.all.map(\.path) + [["case", "add"]])
            .subtracting([["actor", "link"], ["actor", "unlink"]])
        #expect(Set(Self.accepted.map(\.path)) == recording, "a recording command without an accepted example")
        let minutes = try council.file("minutes.pdf", "議事録")
        try council.ok("meeting", "attach", "soudan-2020-1", minutes, "--title", "議事録", "--kind", "minutes", "--public")
        for c in Self.accepted {
            for (label, arguments) in Self.hostileVariants(of: c) {
                let refused = try expectCouncilRefusal(council, arguments, exit: nil, mentioning: [])
                #expect(!refused.stderr.contains("\u{1B}") && !refused.stderr.contains("\u{07}"), "\(label): the refusal sent the sequence back\n\(refused)")
            }
            try council.ok(Self.arguments(c))
        }
        for read in [["issue", "show", "K-0001"], ["issue", "list"], ["body", "show", "soudan"], ["issue", "history", "K-0001"]] {
            let shown = try council.ok(read)
            #expect(!shown.stdout.contains("\u{1B}") && !shown.stdout.contains("\u{07}"), "\(read)")
        }
    }

    @Test func aWindowsLineBreakInLongerTextIsKeptAsALineFeed() throws {
        let council = try CouncilRefusalTests.council()
        try council.ok("issue", "analyze", "K-0001", "--evidence", "一行目\r\n二行目\r\n", "--on", "2020-08-01")
        #expect(try council.issue("K-0001").analyses.last?.evidence == "一行目\n二行目")
    }
}
