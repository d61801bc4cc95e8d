import Calendar
import Council
import CouncilService
import Documents
import Projections
import TestSupport
import Testing
@testable import WebApp

/// The application's pages from the service's view values: in the site's frame and look, every
/// byte from the log escaped, links built from ids that cannot leave their path.
@Suite struct PageTests {
    static func council() throws -> CommandFormTests.Council {
        let council = try CommandFormTests.Council()
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try council.service.record(raise, CommandInput(values: ["title": ["<img src=x onerror=alert(1)>住まい"], "by": ["soudan"],
                                                                    "case-note": ["40代、退院後"]], today: CommandFormTests.today),
                                       as: CommandFormTests.caller)
        return council
    }

    @Test func theIssueListLinksEachIssueAndEscapesItsTitle() throws {
        let council = try Self.council()
        let page = IssueListPage(listing: try council.service.issues(IssueFilter()), filter: IssueFilter(), bodies: try council.service.bodies(),
                                 point: .now, japanese: true)
        let html = AppFrame(councilName: "サンプル市", japanese: true).page(page.document(), leader: page.filterForm())
        #expect(html.contains("href=\"/issues/K-0001\"") && html.contains("&lt;img src=x onerror=alert(1)&gt;住まい"))
        #expect(!html.contains("<img src=x") && !html.contains("<style>") && html.contains("<link rel=\"stylesheet\" href=\"/assets/kadai.css\">"))
        #expect(html.contains("<option value=\"soudan\">相談支援部会</option>"))
    }

    @Test func theIssuePageShowsItsCaseNotesAndWhatCanBeRecorded() throws {
        let council = try Self.council()
        let document = IssuePage(view: try council.service.issueView("K-0001"), japanese: true).document()
        let html = AppFrame(councilName: "サンプル市", japanese: true).page(document)
        #expect(html.contains("40代、退院後") && html.contains("href=\"/issues/K-0001/plan\"") && html.contains("href=\"/issues/K-0001/close\""))
    }

    @Test(arguments: [("K-0001", "/issues/K-0001"), ("..", "/issues/%2E%2E"), ("a/b", "/issues/a%2Fb"), ("住", "/issues/%E4%BD%8F")])
    func anIdCannotLeaveItsPath(_ id: String, _ path: String) {
        #expect(IssuePaths.issue(id) == path)
    }
}

/// A body's page lists each meeting's agenda on one line, sentences joined without 「。、」.
@Suite struct BodyPageAgendaTests {
    @Test func aMeetingsAgendaOfSentencesReadsAsOneLine() throws {
        let council = try CommandFormTests.Council()
        let meeting = try #require(RecordingCommands.named("meeting record"))
        _ = try council.service.record(meeting, CommandInput(positional: "soudan", values: ["on": ["2024-05-10"],
                                                                                             "agenda": ["活動方針を確認した。", "素案について意見を聴いた。"]],
                                                             today: CommandFormTests.today), as: CommandFormTests.caller)
        let document = BodyPages(japanese: true).page(try council.service.bodyView("soudan"), today: CommandFormTests.today)
        #expect(document.blocks.contains(.bullets(["令和6年5月10日 第1回：活動方針を確認した、素案について意見を聴いた。［soudan-2024-1］"])))
    }

    /// A second meeting on the same day is noted beside both, where the secretariat looks later.
    @Test func twoMeetingsOnOneDayAreNotedBesideEach() throws {
        let council = try CommandFormTests.Council()
        let meeting = try #require(RecordingCommands.named("meeting record"))
        for agenda in ["午前の部", "午後の部"] {
            _ = try council.service.record(meeting, CommandInput(positional: "soudan", values: ["on": ["2024-05-10"], "agenda": [agenda]],
                                                                 today: CommandFormTests.today), as: CommandFormTests.caller)
        }
        let document = BodyPages(japanese: true).page(try council.service.bodyView("soudan"), today: CommandFormTests.today)
        #expect(document.blocks.contains(.bullets([
            "令和6年5月10日 第2回：午後の部［soudan-2024-2］ ※同じ日に第1回も記録されています。同じ会議を二度記録していないか確かめてください",
            "令和6年5月10日 第1回：午前の部［soudan-2024-1］ ※同じ日に第2回も記録されています。同じ会議を二度記録していないか確かめてください",
        ])))
    }
}
