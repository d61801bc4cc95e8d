import Foundation
import Testing

/// The document commands run by the built `kadai` on a store, as a secretariat would: every format
/// of every document comes out, the JSON carries the figures acceptance checks read, and a bad
/// request is refused by name with nothing written.
@Suite struct DocumentCommandTests {
    static func council() throws -> CouncilStore {
        let council = try CouncilStore("documents")
        let lines = [
            #"{"command":"body establish","id":"soudan","name":"相談支援部会","kind":"subcommittee","on":"2019-04-01"}"#,
            #"{"command":"member appoint","id":"soudan","member":"kikan","affiliation":"基幹相談支援センター","category":"consultationSupport","role":"secretariat","on":"2019-04-01"}"#,
            #"{"command":"body policy","id":"soudan","fy":"R2","policy":"地域課題をあげる","on":"2020-04-01"}"#,
            #"{"command":"issue raise","title":"精神障害者が地域で暮らしにくい","by":"soudan","on":"2020-05-01"}"#,
            #"{"command":"meeting record","id":"soudan","on":"2020-07-09","agenda":["事例確認"],"issue":["K-0001"]}"#,
            #"{"command":"meeting record","id":"soudan","on":"2021-02-18","agenda":["振り返り"]}"#,
            #"{"command":"issue act","id":"K-0001","on":"2020-12-10","summary":"冊子","function":["開発"]}"#,
            #"{"command":"review record","id":"soudan","fy":"R2","comment":["よかった"],"function":["情報"],"next":"continue","to-steering":"冊子の予算を確認したい","on":"2021-03-01"}"#,
        ]
        try council.ok("apply", try council.file("setup.jsonl", lines.joined(separator: "\n")))
        return council
    }

    struct SheetFacts: Decodable {
        var meetingCount: Int
        var meetingMonths: [Int]
        var functions: [String]
        var meetingPositions: [Int]
    }

    struct ScorecardFacts: Decodable {
        struct Function: Decodable { var function: String; var bodies: [String] }
        var functions: [Function]
    }

    @Test func theSheetAsJSONHasItsFiguresAndTheirPositions() throws {
        let council = try Self.council()
        let facts: SheetFacts = try council.ok("sheet", "soudan", "--fy", "R2", "--format", "json").decode()
        #expect(facts.meetingCount == 2)
        #expect(facts.meetingMonths == [7, 2])
        #expect(facts.functions == ["information", "development"])
        #expect(facts.meetingPositions.count == 2)
        // `--json` means the same.
        let again: SheetFacts = try council.ok("sheet", "soudan", "--fy", "令和2年度", "--json").decode()
        #expect(again.meetingMonths == facts.meetingMonths)
    }

    @Test func theScorecardAsJSONNamesTheBodiesOfEachFunction() throws {
        let council = try Self.council()
        let card: ScorecardFacts = try council.ok("scorecard", "--fy", "2020", "--format", "json").decode()
        #expect(card.functions.map(\.function) == ["information", "coordination", "development", "education", "advocacy", "evaluation"])
        #expect(card.functions.first { $0.function == "development" }?.bodies == ["soudan"])
        #expect(card.functions.first { $0.function == "advocacy" }?.bodies == [])
    }

    @Test(arguments: [["sheet", "soudan", "--fy", "R2"], ["report", "status", "soudan", "--fy", "R2"], ["report", "schedule", "--fy", "R2"], ["report", "plan", "K-0001"], ["report", "steering", "--on", "2021-02-10"], ["report", "composition", "--on", "2020-04-01"], ["report", "annual", "soudan", "--fy", "R2"], ["report", "pdca", "--fy", "R2"],
                      ["report", "timeline", "K-0001"], ["report", "audit", "--since", "2020-01-01"], ["report", "timeline", "K-0001", "--public"],
                      ["scorecard", "--fy", "R2"]])
    func everyDocumentComesOutInEveryFormat(_ arguments: [String]) throws {
        let council = try Self.council()
        let before = try council.files()
        for format in ["md", "html", "csv", "json"] {
            let out = try council.ok(arguments + ["--format", format]).stdout
            switch format {
            case "md": #expect(out.hasPrefix("# "))
            case "html": #expect(out.hasPrefix("<!DOCTYPE html>") && out.contains("</html>"))
            case "csv":
                // The last line ends with CRLF and nothing after it.
                #expect(out.hasPrefix("\u{FEFF}\"") && Array(out.utf8).suffix(3) == [34, 13, 10])
            default: #expect((try? JSONSerialization.jsonObject(with: Data(out.utf8))) != nil)
            }
        }
        #expect(try council.files() == before, "a document writes nothing to the store")
    }

    struct SteeringFacts: Decodable { var staleIssues: [String]; var changes: [Int] }

    /// The agenda for a past day sees the council as it stood that day: K-0001's activity of
    /// 12月10日 had not happened by 11月30日, so the issue had been quiet since 5月.
    @Test func theSteeringAgendaForAPastDayIgnoresWhatCameLater() throws {
        let council = try Self.council()
        let then: SteeringFacts = try council.ok("report", "steering", "--on", "2020-11-30", "--stale-months", "3", "--json").decode()
        #expect(then.staleIssues == ["K-0001"])
        let later: SteeringFacts = try council.ok("report", "steering", "--on", "2021-01-31", "--stale-months", "3", "--json").decode()
        #expect(later.staleIssues == [])
    }

    @Test func documentsAreJapaneseByDefault() throws {
        let council = try Self.council()
        let out = try ChildProcess(try Tools.kadai(), ["sheet", "soudan", "--fy", "R2", "--store", council.store]).finish(timeout: Tools.timeout)
        #expect(out.exitCode == 0)
        #expect(out.stdout.hasPrefix("# 令和2年度 相談支援部会 振り返り・評価シート"))
        #expect(out.stdout.contains("| 開催月 | 7月、2月 |"))
        let status = try ChildProcess(try Tools.kadai(), ["report", "status", "soudan", "--fy", "R2", "--store", council.store]).finish(timeout: Tools.timeout)
        #expect(status.stdout.contains("| 運営会議への伝達事項等 | 冊子の予算を確認したい |"))
    }

    @Test(arguments: [
        (["sheet", "soudn", "--fy", "R2"], 1, ["There is no body 'soudn'.", "Did you mean 'soudan'?"]),
        (["sheet", "soudan"], 2, ["--fy"]),
        (["sheet", "soudan", "--fy", "来年"], 2, ["--fy", "'来年'"]),
        (["report", "status", "soudan", "--fy", "R2", "--format", "pdf"], 2, ["--format", "'pdf'"]),
        (["scorecard", "--body", "nobody"], 1, ["'nobody'"]),
        (["report", "plan", "K-0009"], 1, ["There is no issue 'K-0009'."]),
        (["report", "audit", "--since", "2026-05-01", "--until", "2026-04-01"], 2, ["--since '2026-05-01'", "--until '2026-04-01'"]),
        (["sheet", "soudan", "--fy", "H30"], 2, ["'soudan' was set up on 2019-04-01", "FY2018", "--fy"]),
        (["report", "status", "soudan", "--fy", "2018"], 2, ["'soudan' was set up on 2019-04-01"]),
        (["report", "composition", "--on", "2000-01-01"], 2, ["Nothing was recorded yet on 2000-01-01", "--on"]),
        (["report", "steering", "--on", "2000-01-01"], 2, ["Nothing was recorded yet on 2000-01-01"]),
        (["report", "audit", "--since", "yesterday"], 2, ["--since", "'yesterday'"]),
    ] as [([String], Int32, [String])])
    func aBadRequestIsRefusedByName(_ arguments: [String], _ status: Int32, _ mentioning: [String]) throws {
        let council = try Self.council()
        try expectCouncilRefusal(council, arguments, exit: status, mentioning: mentioning)
    }
}
