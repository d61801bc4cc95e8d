import Testing

/// DESIGN §7: every error names the offending input and how to fix it, exits non-zero and writes
/// nothing. Each row below is run against the same small council and must leave every file of the
/// store and its snapshots byte-identical. Exit 2: the command line is wrong; exit 1: the council's
/// rules refuse it.
@Suite struct CouncilRefusalTests {
    /// soudan (active, one meeting), kyushi (paused), owari (dissolved); K-0001 open with a plan of two
    /// actions; K-0002 closed. `warm`: a read has already built the projection snapshot, so a refused
    /// read has no cache to fill in.
    static func council(warm: Bool = true) throws -> CouncilStore {
        let council = try CouncilStore("refusal")
        let lines = [
            #"{"command":"body establish","id":"soudan","name":"相談支援部会","kind":"subcommittee","on":"2019-04-01"}"#,
            #"{"command":"body establish","id":"kyushi","name":"休止中の部会","kind":"subcommittee","on":"2019-04-01"}"#,
            #"{"command":"body establish","id":"owari","name":"終わったWG","kind":"workingGroup","parent":"soudan","on":"2019-04-01"}"#,
            #"{"command":"body pause","id":"kyushi","on":"2020-04-01"}"#,
            #"{"command":"body dissolve","id":"owari","on":"2020-03-31"}"#,
            #"{"command":"issue raise","title":"相談先が分からない","by":"soudan","on":"2020-05-01"}"#,
            #"{"command":"issue plan","id":"K-0001","goal":"相談先が明確","action":["事務局|民生委員|冊子||情報","部会|住民|研修||教育"],"on":"2020-06-01"}"#,
            #"{"command":"issue raise","title":"取り下げた課題","by":"soudan","on":"2020-05-01"}"#,
            #"{"command":"issue close","id":"K-0002","reason":"withdrawn","on":"2020-07-01"}"#,
            #"{"command":"meeting record","id":"soudan","on":"2020-06-10","number":1,"agenda":["議題"]}"#,
        ]
        try council.ok("apply", try council.file("setup.jsonl", lines.joined(separator: "\n")))
        if warm { try council.ok("issue", "list") }
        return council
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var exit: Int32
        var mentioning: [String]
        var testDescription: String { "kadai " + arguments.joined(separator: " ") }
        init(_ arguments: [String], _ exit: Int32, _ mentioning: String...) {
            self.arguments = arguments
            self.exit = exit
            self.mentioning = mentioning
        }
    }

    static let raise = ["issue", "raise", "--by", "soudan", "--title"]

    static let cases: [Case] = [
        // Unknown ids, with the nearest known one.
        Case(["issue", "show", "K-O001"], 1, "There is no issue 'K-O001'.", "Did you mean 'K-0001'?"),
        Case(["issue", "analyze", "K-O001", "--factor", "f"], 1, "There is no issue 'K-O001'.", "Did you mean 'K-0001'?"),
        Case(["issue", "raise", "--title", "t", "--by", "soudn"], 1, "There is no body 'soudn'.", "Did you mean 'soudan'?"),
        Case(["body", "show", "soudn"], 1, "There is no body 'soudn'.", "Did you mean 'soudan'?"),
        Case(["meeting", "record", "soudan", "--on", "2020-07-01", "--agenda", "a", "--issue", "K-0099"], 1, "'K-0099'"),
        Case(["body", "establish", "wg", "--name", "WG", "--kind", "workingGroup", "--parent", "nobody"], 1, "'nobody'"),
        Case(["issue", "list", "--body", "nobody"], 1, "'nobody'"),
        // Misspelt words.
        Case(["body", "establish", "wg", "--name", "WG", "--kind", "workgroup"], 2, "--kind", "'workgroup'", "Did you mean 'workingGroup'?"),
        Case(["isue", "show", "K-0001"], 2, "'isue'", "Did you mean 'issue'?"),
        Case(["issue", "show", "K-0001", "--titel", "x"], 2, "'--titel'"),
        Case(["issue", "list", "--phase", "planed"], 2, "--phase", "'planed'"),
        // The council's rules.
        Case(["issue", "plan", "K-0002", "--goal", "g", "--action", "a|b|c"], 1, "'K-0002' was closed on 2020-07-01", "kadai issue reopen K-0002"),
        Case(["issue", "act", "K-0002", "--on", "2020-08-01", "--summary", "s"], 1, "'K-0002' was closed on 2020-07-01"),
        Case(["issue", "act", "K-0001", "--on", "2020-08-01", "--summary", "s", "--action", "3=done"], 1, "no action 3", "'K-0001'"),
        Case(["issue", "reopen", "K-0001", "--reason", "r"], 1, "'K-0001' is not closed"),
        Case(["body", "establish", "soudan", "--name", "別の部会", "--kind", "subcommittee"], 1, "already a body 'soudan'"),
        Case(raise + ["t", "--id", "K-0001"], 1, "already an issue 'K-0001'"),
        Case(raise + [""], 2, "--title"),
        Case(raise + [String(repeating: "課", count: 201)], 1, "title is too long (201 characters; at most 200)"),
        Case(["meeting", "record", "owari", "--on", "2020-05-01", "--agenda", "a"], 1, "'owari' was dissolved on 2020-03-31", "2020-05-01"),
        Case(["meeting", "record", "kyushi", "--on", "2020-05-01", "--agenda", "a"], 1, "'kyushi' is paused since 2020-04-01", "body resume kyushi"),
        Case(["meeting", "record", "soudan", "--on", "2020-07-01", "--number", "1", "--agenda", "a"], 1, "no. 1", "--number"),
        Case(["body", "resume", "soudan"], 1, "'soudan' is not paused"),
        Case(["body", "resume", "kyushi", "--on", "2020-03-01"], 1, "'kyushi' was paused on 2020-04-01", "2020-03-01"),
        Case(["body", "establish", "wg", "--name", "WG", "--kind", "wg", "--parent", "owari"], 1, "'owari' was dissolved on 2020-03-31"),
        Case(["issue", "transfer", "K-0001", "--to", "soudan"], 1, "'K-0001' is already with 'soudan'"),
        // Values that cannot be read.
        Case(["issue", "act", "K-0001", "--on", "2020-08-01", "--summary", "s", "--function", "広報"], 2, "--function", "'広報'"),
        Case(["issue", "plan", "K-0001", "--goal", "g", "--action", "a|b|c||広報"], 2, "--function", "'広報'"),
        Case(["issue", "plan", "K-0001", "--goal", "g", "--action", "事務局|民生委員"], 2, "--action '事務局|民生委員'", "WHO|TOWARD|WHAT|DUE|FUNCTIONS"),
        Case(["issue", "act", "K-0001", "--on", "2020-08-01", "--summary", "s", "--action", "1:done"], 2, "--action '1:done'", "NUMBER=STATUS"),
        Case(["issue", "act", "K-0001", "--on", "2020-08-01", "--summary", "s", "--action", "1=finished"], 2, "'finished'", "inProgress"),
        Case(["issue", "evaluate", "K-0001", "--fy", "R99x", "--outcome", "o", "--decision", "continue"], 2, "--fy", "'R99x'"),
        Case(["issue", "list", "--fy", "来年度"], 2, "--fy", "'来年度'"),
        Case(["issue", "evaluate", "K-0001", "--fy", "R2", "--outcome", "o"], 2, "--decision"),
        Case(["issue", "evaluate", "K-0001", "--fy", "R2", "--outcome", "o", "--decision", "maybe"], 2, "--decision", "'maybe'"),
        Case(["issue", "close", "K-0001", "--reason", "fixed"], 2, "--reason", "'fixed'", "resolved"),
        Case(["review", "record", "soudan", "--fy", "R2", "--next", "end"], 1, "--reason"),
        Case(["meeting", "record", "soudan", "--on", "2020-07-01", "--agenda", "a", "--format", "zoom"], 2, "--format", "'zoom'"),
        Case(["meeting", "record", "soudan", "--on", "2020-07-01", "--agenda", "a", "--number", "0"], 2, "--number", "'0'"),
    ]

    @Test(arguments: cases)
    func aRefusedInputIsNamedAndNothingIsWritten(_ refusal: Case) throws {
        let council = try Self.council()
        try expectCouncilRefusal(council, refusal.arguments, exit: refusal.exit, mentioning: refusal.mentioning)
    }

    /// The default language is Japanese; the offending input is named there too.
    @Test(arguments: [
        (["issue", "show", "K-O001"], ["地域課題 'K-O001' はありません", "'K-0001' のことですか？"]),
        (["body", "establish", "wg", "--name", "WG", "--kind", "workgroup"], ["--kind", "'workgroup'", "'workingGroup' のことですか？"]),
        (["issue", "plan", "K-0002", "--goal", "g", "--action", "a|b|c"], ["'K-0002'", "kadai issue reopen K-0002"]),
    ])
    func aRefusalInJapaneseNamesTheInputToo(_ arguments: [String], _ mentioning: [String]) throws {
        let council = try Self.council()
        let before = try council.files()
        let outcome = try ChildProcess(try Tools.kadai(), arguments + ["--store", council.store]).finish(timeout: Tools.timeout)
        #expect(outcome.exitCode != 0 && outcome.stderr.hasPrefix("エラー: "), "\(outcome)")
        for text in mentioning { #expect(outcome.stderr.contains(text), "\(outcome)") }
        #expect(try council.files() == before)
    }

    /// A read refused for a value it could have checked first must not leave a file behind either.
    @Test
    func aRefusedReadLeavesTheCacheAlone() throws {
        for arguments in [["issue", "list", "--phase", "planed"], ["issue", "list", "--body", "nobody"], ["issue", "list", "--fy", "来年度"]] {
            let council = try Self.council(warm: false)
            try expectCouncilRefusal(council, arguments, exit: arguments.contains("nobody") ? 1 : 2, mentioning: [arguments[3]])
        }
    }

    /// A title is one line: `issue list` and `issue history` print one line per issue or event, and
    /// `init` already refuses control characters in the council's name.
    @Test
    func aTitleWithALineBreakIsRefused() throws {
        let council = try Self.council()
        try expectCouncilRefusal(council, Self.raise + ["二行の\nタイトル"], exit: nil, mentioning: ["title"])
    }

    /// A body cannot meet before it was established (that is refused); it cannot raise an issue then either.
    @Test
    func anIssueRaisedBeforeItsBodyExistedIsRefused() throws {
        let council = try Self.council()
        try expectCouncilRefusal(council, Self.raise + ["t", "--on", "2018-05-01"], exit: nil, mentioning: ["'soudan'", "2019-04-01"])
    }
}
