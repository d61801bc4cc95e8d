import CouncilService
import EventStore
import Foundation
import TestSupport
import Testing

/// `importHistory` in process: an export comes back whole into a new store, and what is no export
/// leaves nothing behind.
@Suite struct ImportTests {
    @Test func anExportComesBackWithTheSameChain() throws {
        let f = try ServiceFixture()
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        try f.record("issue raise", "", ["title": ["移動支援が足りない"], "by": ["soudan"]])
        let exported = try f.service.exportedHistory()
        let target = try TemporaryFolder("import")
        let place = target.path("new/EventLog")

        let verified = try CouncilService.importHistory(exported.lines, into: place, segmentBytes: 1 << 20)
        #expect(verified.records == exported.records && verified.headHash.hex == exported.headHash && verified.isSound)
        let imported = try CouncilService.open(at: place)
        #expect(imported.head.position == f.service.head.position && imported.head.hash == f.service.head.hash)
        #expect(try imported.exportedHistory().lines == exported.lines)
    }

    @Test func whatIsNoExportIsRefusedAndLeavesNothing() throws {
        let target = try TemporaryFolder("import")
        let place = target.path("made/above/EventLog")
        let refusal = try #require(throws: EventStore.ImportRefusal.self) {
            try CouncilService.importHistory(Array("position,stream\n1,issue-K-0001\n".utf8), into: place, segmentBytes: 1 << 20)
        }
        #expect(refusal.position == 0)
        #expect(!FileManager.default.fileExists(atPath: place) && !FileManager.default.fileExists(atPath: target.path("made")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.root.path).isEmpty)
        #expect(RefusalText(japanese: false).describe(refusal, importing: "x.csv")
            == "'x.csv' is not a kadai export (its first line is not an export header). Give a file made by 'kadai export'. Nothing was written.")
    }
}
