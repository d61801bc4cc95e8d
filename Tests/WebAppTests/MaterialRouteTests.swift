import Calendar
import Council
import CouncilService
import Foundation
import HTTPServer
import Testing
@testable import WebApp

/// A meeting's minutes and materials on the body's page, and their download, streamed, for a
/// signed-in reader.
@Suite struct MaterialRouteTests {
    @Test func theBodysPageListsTheFilesAndEachDownloadsAsGiven() throws {
        let b = try WebApplicationTests.Browser()
        let service = b.council.service
        let meeting = try #require(RecordingCommands.named("meeting record"))
        _ = try service.record(meeting, CommandInput(positional: "soudan", values: ["on": ["2024-06-10"], "agenda": ["事例検討"]], today: CommandFormTests.today),
                               as: CommandFormTests.caller)
        let bytes = (0..<150_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        let path = b.council.folder.path("第1回議事録.pdf")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let recorded = try service.attachMaterial(CommandInput(positional: "soudan-2024-1", values: ["title": ["第1回 議事録"], "kind": ["minutes"]],
                                                               today: CommandFormTests.today), from: path, as: CommandFormTests.caller)
        guard case .materialAttached(let m)? = recorded.events.first else { Issue.record("nothing attached"); return }

        #expect(try b.request("GET", "/bodies/soudan/files/\(m.sha256)").status == .seeOther, "signed out: to the sign-in")
        _ = try b.signIn()
        let page = b.text(try b.request("GET", "/bodies/soudan"))
        #expect(page.contains("議事録・資料") && page.contains("［soudan-2024-1］第1回 議事録　議事録（PDF、150KB）・非公開"))
        #expect(page.contains("href=\"/bodies/soudan/files/\(m.sha256)\""))

        let download = try b.request("GET", "/bodies/soudan/files/\(m.sha256)")
        #expect(download.status == .ok && download.body.isEmpty)
        #expect(download.headers["Content-Type"] == "application/pdf")
        #expect(download.headers["Content-Disposition"] == "attachment; filename=\"_1____.pdf\"; filename*=UTF-8''%E7%AC%AC1%E5%9B%9E%E8%AD%B0%E4%BA%8B%E9%8C%B2.pdf")
        let stream = try #require(download.stream)
        #expect(stream.length == bytes.count)
        var received: [UInt8] = []
        var chunks = 0
        try stream.produce { chunk in
            received += chunk
            chunks += 1
            return true
        }
        #expect(received == bytes && chunks > 1)
        #expect(try b.request("GET", "/bodies/soudan/files/" + String(repeating: "0", count: 64)).status == .notFound)
    }

    @Test func anIssuesPageListsTheFilesOfTheMeetingsThatTookItUp() throws {
        let b = try WebApplicationTests.Browser()
        let service = b.council.service
        let today = CommandFormTests.today
        _ = try service.record(try #require(RecordingCommands.named("issue raise")),
                               CommandInput(values: ["title": ["相談先が分からない"], "by": ["soudan"], "on": ["2024-05-01"]], today: today), as: CommandFormTests.caller)
        _ = try service.record(try #require(RecordingCommands.named("meeting record")),
                               CommandInput(positional: "soudan", values: ["on": ["2024-06-10"], "agenda": ["事例検討"], "issue": ["K-0001"]], today: today),
                               as: CommandFormTests.caller)
        let path = b.council.folder.path("minutes.pdf")
        try Data("議事録".utf8).write(to: URL(fileURLWithPath: path))
        _ = try service.attachMaterial(CommandInput(positional: "soudan-2024-1", values: ["title": ["第1回 議事録"], "kind": ["minutes"], "public": []], today: today),
                                       from: path, as: CommandFormTests.caller)
        _ = try b.signIn()
        let page = b.text(try b.request("GET", "/issues/K-0001"))
        #expect(page.contains("関係する議事録・資料") && page.contains("［soudan-2024-1］第1回 議事録　議事録（PDF、9B）・公開"))
    }
}
