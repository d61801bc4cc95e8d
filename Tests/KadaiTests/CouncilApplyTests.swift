import Foundation
import Testing

/// `kadai apply`: many recording commands, one JSON object a line, written as one batch — all of
/// them at consecutive positions, or, when any line is refused, none of them, with the line named.
@Suite struct CouncilApplyTests {
    static func council(_ label: String) throws -> CouncilStore {
        let council = try CouncilStore(label)
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        return council
    }

    /// A raise without an id, then the issue it will be (K-0001) analysed, planned and taken up by a meeting.
    static let batch = [
        #"{"command":"issue raise","title":"相談先が分からない","by":"soudan","on":"2020-08-06","group":["精神"]}"#,
        #"# a comment and a blank line are skipped but counted"#,
        "",
        #"{"command":"issue analyze","id":"K-0001","factor":["地域と医療の認識の差","障害への理解"],"on":"R2.9.1"}"#,
        #"{"command":"issue plan","id":"K-0001","goal":"相談先が明確","action":["事務局|民生委員|冊子|R3.3.31|情報,開発"],"on":"2020-10-01"}"#,
        #"{"command":"meeting record","id":"soudan","on":"2020-10-10","agenda":["背景の整理"],"issue":["K-0001"]}"#,
    ].joined(separator: "\n") + "\n"

    @Test func aFileLandsAsOneBatchAtConsecutivePositions() throws {
        let council = try Self.council("apply")
        let head = try council.head()
        let reply = try council.ok("apply", try council.file("batch.jsonl", Self.batch), "--json").decode(WriteReply.self)
        #expect(reply.id == "K-0001" && reply.positions == [head + 1, head + 4], "\(reply)")
        #expect(reply.events.map(\.type) == ["IssueRaised", "IssueAnalysed", "ActionPlanAdopted", "MeetingRecorded"])
        #expect(try council.head() == head + 4, "the head moved by exactly the events applied")

        #expect(try council.history("K-0001").events.map(\.position) == [head + 1, head + 2, head + 3])
        let log = try council.ok("audit", "log", "--json", "--from", "\(head + 1)").decode(LogPage.self)
        #expect(log.events.map(\.position) == Array((head + 1)...(head + 4)))
        #expect(log.events.map(\.stream) == ["issue-K-0001", "issue-K-0001", "issue-K-0001", "body-soudan"])
        let issue = try council.issue("K-0001")
        #expect(issue.phase == "planned" && issue.analyses.first?.on == "2020-09-01" && issue.plan?.actions.first?.due == "2021-03-31")
        #expect(try council.body("soudan").meetings.first?.issues == ["K-0001"])
    }

    @Test func theTextReplySaysEachEventBesideItsLineTheRaisedIdInIt() throws {
        let council = try Self.council("apply-text")
        let outcome = try council.ok("apply", try council.file("batch.jsonl", Self.batch))
        #expect(outcome.stdoutLines.map { $0.prefix { $0 != ":" } } == ["Line 1", "Line 4", "Line 5", "Line 6"], "the file's own line numbers, the comment and the blank line counted: \(outcome)")
        #expect(outcome.stdoutLines[0].contains("Recorded at position ") && outcome.stdoutLines[0].contains("K-0001"), "\(outcome)")
        let reply = try council.ok("apply", try council.file("more.jsonl", #"{"command":"issue raise","title":"二","by":"soudan"}"#), "--json").decode(WriteReply.self)
        #expect(reply.id == "K-0002", "the id is still in the JSON reply: \(reply)")
    }

    @Test func severalRaisesReportTheirIds() throws {
        let council = try Self.council("apply-ids")
        let lines = [#"{"command":"issue raise","title":"一","by":"soudan"}"#, #"{"command":"issue raise","title":"二","by":"soudan","id":"X-1"}"#,
                     #"{"command":"issue raise","title":"三","by":"soudan"}"#]
        let reply = try council.ok("apply", try council.file("ids.jsonl", lines.joined(separator: "\n")), "--json").decode(WriteReply.self)
        #expect(reply.ids == ["K-0001", "X-1", "K-0002"] && reply.id == nil, "\(reply)")
    }

    @Test func standardInputIsReadWithADash() throws {
        let council = try Self.council("apply-stdin")
        let head = try council.head()
        let file = try council.file("batch.jsonl", Self.batch)
        // Through a pipe, as `cat FILE | kadai apply -` would.
        let outcome = try ChildProcess(URL(fileURLWithPath: "/bin/sh"),
                                       ["-c", #"cat "$1" | "$0" apply - --store "$2" --json"#, try Tools.kadai().path, file, council.store])
            .finish(timeout: Tools.timeout)
        #expect(outcome.exitCode == 0, "\(outcome)")
        let reply = try outcome.decode(WriteReply.self)
        #expect(reply.positions == [head + 1, head + 4] && reply.id == "K-0001")
        #expect(try council.head() == head + 4)
    }

    /// Line 3 is refused for three different reasons; lines 1 and 2 must not land either.
    @Test(arguments: [
        (#"{"command":"issue analyze","id":"K-0099","factor":["f"]}"#, Int32(1), ["line 3", "'K-0099'", "Nothing was recorded."]),
        (#"{"command":"issue analyze","id":"K-0001","factor":["f"]"#, 2, ["line 3", "not a JSON object"]),
        (#"{"command":"isue analyze","id":"K-0001"}"#, 2, ["line 3", "'isue'", "Did you mean 'issue'?"]),
        (#"{"command":"issue show","id":"K-0001"}"#, 2, ["line 3", "'issue show' cannot be applied"]),
        (#"{"command":"issue close","id":"K-0001","reason":"fixed"}"#, 2, ["line 3", "--reason", "'fixed'"]),
        (#"{"command":"issue raise","title":"二度目","by":"soudan","id":"K-0002"}"#, 1, ["line 3", "already an issue 'K-0002'"]),
    ])
    func aRefusedThirdLineWritesNothing(_ third: String, _ status: Int32, _ mentioning: [String]) throws {
        let council = try Self.council("apply-refused")
        // K-0002 is raised on line 2, so line 3 can be refused by what the batch itself did.
        let lines = [#"{"command":"issue raise","title":"相談先が分からない","by":"soudan"}"#,
                     #"{"command":"issue raise","title":"取り下げ","by":"soudan","id":"K-0002"}"#, third]
        let file = try council.file("refused.jsonl", lines.joined(separator: "\n"))
        let head = try council.head()
        try expectCouncilRefusal(council, ["apply", file], exit: status, mentioning: mentioning)
        #expect(try council.head() == head)
    }

    @Test func aBatchThatClosesAnIssueRefusesALaterLineOnIt() throws {
        let council = try Self.council("apply-order")
        let lines = [#"{"command":"issue raise","title":"取り下げ","by":"soudan","on":"2020-05-01"}"#,
                     #"{"command":"issue close","id":"K-0001","reason":"withdrawn","on":"2020-06-01"}"#,
                     #"{"command":"issue analyze","id":"K-0001","factor":["f"],"on":"2020-07-01"}"#]
        let file = try council.file("order.jsonl", lines.joined(separator: "\n"))
        try expectCouncilRefusal(council, ["apply", file], exit: 1, mentioning: ["line 3", "'K-0001' was closed on 2020-06-01"])
    }

    @Test func anEmptyOrMissingFileIsRefused() throws {
        let council = try Self.council("apply-empty")
        let empty = try council.file("empty.jsonl", "# nothing but a comment\n\n")
        try expectCouncilRefusal(council, ["apply", empty], exit: 2, mentioning: [empty, "no commands"])
        let missing = council.scratch.path("missing.jsonl")
        try expectCouncilRefusal(council, ["apply", missing], exit: 2, mentioning: ["'\(missing)'"])
    }
}
