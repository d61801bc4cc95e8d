import Foundation
import Testing

/// Long lists and stray keys: a repeated option or a JSON list is read in time proportional to its
/// length and refused past `OptionSpec.maximumValues` (200) naming the option, the count and the
/// limit; a key `apply` does not know is refused by name, never dropped.
@Suite struct InputLimitTests {
    static func council(_ label: String) throws -> CouncilStore {
        let council = try CouncilStore(label)
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        return council
    }

    static func meetingLine(agenda count: Int) -> String {
        let items = (1...count).map { "\"議題\($0)\"" }.joined(separator: ",")
        return #"{"command":"meeting record","id":"soudan","on":"2020-10-10","agenda":["# + items + "]}"
    }

    @Test func twoHundredValuesAreTakenOnTheCommandLineAndInALine() throws {
        let council = try Self.council("limit-200")
        try council.ok(["meeting", "record", "soudan", "--on", "2020-10-01"] + (1...200).map { "--agenda=議題\($0)" })
        try council.ok("apply", try council.file("200.jsonl", Self.meetingLine(agenda: 200)))
        #expect(try council.body("soudan").meetings.map(\.agenda.count) == [200, 200])
    }

    /// Each value used to copy the list so far: 32,000 values took 13 s on the command line and
    /// 100,000 in a line 6 minutes (release build). Now they are counted and refused at once.
    @Test func aHugeListIsRefusedQuicklyWithItsCount() throws {
        let council = try Self.council("limit-huge")
        let clock = ContinuousClock()
        let start = clock.now
        try expectCouncilRefusal(council, ["meeting", "record", "soudan", "--on", "2020-10-01"] + Array(repeating: "--agenda=議題", count: 32_000),
                                 exit: 2, mentioning: ["'--agenda' was given 32000 times", "at most 200"])
        let file = try council.file("huge.jsonl", Self.meetingLine(agenda: 100_000))
        try expectCouncilRefusal(council, ["apply", file], exit: 2,
                                 mentioning: ["line 1", #""agenda" holds 100000 values; a line of 'meeting record' takes at most 200"#])
        #expect(clock.now - start < .seconds(30), "\(clock.now - start)")
    }

    @Test(arguments: [
        (#""as":"someone""#, [#""as" cannot be set in a line: give --as to 'kadai apply' itself"#]),
        (#""store":"/tmp/elsewhere""#, [#""store" cannot be set in a line"#]),
        (#""lang":"en""#, [#""lang" cannot be set in a line"#]),
        (#""titel":"t2""#, [#"'issue raise' has no key "titel". Did you mean "title"?"#, "Its keys: command, title, by, id, on,"]),
        (#""bodyy":"soudan""#, [#"'issue raise' has no key "bodyy"."#]),
    ])
    func anUnknownKeyInALineIsRefusedByName(_ extra: String, _ mentioning: [String]) throws {
        let council = try Self.council("apply-key")
        let lines = [#"{"command":"issue raise","title":"一","by":"soudan"}"#, #"{"command":"issue raise","title":"二","by":"soudan","# + extra + "}"]
        try expectCouncilRefusal(council, ["apply", try council.file("keys.jsonl", lines.joined(separator: "\n"))], exit: 2,
                                 mentioning: ["line 2"] + mentioning)
    }

    @Test func aPositionalIdIsAKeyOnlyWhereTheCommandHasOne() throws {
        let council = try Self.council("apply-id")
        try council.ok("apply", try council.file("id.jsonl", #"{"command":"meeting record","id":"soudan","on":"2020-10-10","agenda":["a"]}"#))
        try council.ok("apply", try council.file("raise.jsonl", #"{"command":"issue raise","id":"X-1","title":"t","by":"soudan"}"#))
        #expect(try council.issueIds() == ["X-1"])
    }

    /// A file saved on Windows ends its lines with CR LF; a comment line may, too.
    @Test func linesEndingInCarriageReturnAndLineFeedAreRead() throws {
        let council = try Self.council("apply-crlf")
        let lines = ["# written in Notepad", #"{"command":"issue raise","title":"一","by":"soudan"}"#, #"{"command":"issue raise","title":"二","by":"soudan"}"#]
        let reply = try council.ok("apply", try council.file("crlf.jsonl", lines.joined(separator: "\r\n") + "\r\n"), "--json").decode(WriteReply.self)
        #expect(reply.ids == ["K-0001", "K-0002"], "\(reply)")
    }
}
