import Foundation
import Testing

/// The demo council's log as kadai wrote it before the rules had editions (EventLog/ at 17dec69,
/// kept in Fixtures/pre-editions-store): it is still read, verified, imported — every record
/// decided again — with the same documents, and it keeps the first edition's rules (issue 14).
@Suite struct PreEditionsStoreTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pre-editions-store")

    static func copy() throws -> Scratch {
        let scratch = try Scratch("pre-editions")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: scratch.store)
        return scratch
    }

    @Test func anOlderLogIsReadImportedAndKeepsItsRules() throws {
        let old = try Self.copy()
        #expect(try TransferTests.run(["audit", "verify"], store: old.store).exitCode == 0)
        let exported = old.path("old.jsonl"), restored = old.path("restored/EventLog")
        #expect(try TransferTests.run(["export", "--out", exported], store: old.store).exitCode == 0)
        let imported = try TransferTests.run(["import", exported], store: restored)
        #expect(imported.exitCode == 0, "every record of the older log is admitted again\n\(imported)")
        for document in [["sheet", "soudan", "--fy", "R6"], ["report", "annual", "soudan", "--fy", "R6"], ["report", "status", "unei", "--fy", "R5"],
                         ["report", "schedule", "--fy", "R6"], ["issue", "show", "K-0001"]] {
            let before = try TransferTests.run(document, store: old.store), after = try TransferTests.run(document, store: restored)
            #expect(before.exitCode == 0 && before.stdout == after.stdout, "\(document)")
        }
        // The first edition does not look an activity's meeting up; the council may adopt the second.
        #expect(try TransferTests.run(["issue", "act", "K-0001", "--on", "2026-11-30", "--summary", "s", "--meeting", "soudan-2026-9"], store: restored).exitCode == 0)
        #expect(try TransferTests.run(["rules", "adopt"], store: restored).exitCode == 0)
        let refused = try TransferTests.run(["issue", "act", "K-0001", "--on", "2026-11-30", "--summary", "s", "--meeting", "soudan-2026-9"], store: restored)
        #expect(refused.exitCode == 1 && refused.stderr.contains("There is no recorded meeting 'soudan-2026-9'"), "\(refused)")
    }
}
