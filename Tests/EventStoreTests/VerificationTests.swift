import Testing
import TestSupport
import Foundation
import Hashing
@testable import EventStore

struct VerificationTests {
    func populated() throws -> TemporaryStore {
        let t = try TemporaryStore()
        let store = try t.open()
        for i in 0..<25 { try store.append([event("issue-\(i % 4)", "E", ["i": .int(Int64(i)), "body": .string("相談支援\(i)")])], actor: "tester") }
        return t
    }

    @Test func aSoundLogVerifies() throws {
        let t = try populated()
        let report = try EventStore.verify(storeAt: t.path)
        #expect(report.isSound && report.records == 25 && report.streams == 4 && report.segments == 1)
        #expect(report.headHash == (try t.open()).headHash)
    }

    /// One altered digit anywhere — position, version, a time, the data, prev or hash — is found, at its position.
    @Test(.tags(.fault), .notInFastSet) func anAlteredDigitAnywhereIsNamedWithItsPosition() throws {
        let t = try populated()
        let segment = try t.lastSegment()
        let original = try Data(contentsOf: URL(fileURLWithPath: segment))
        var lineStarts = [0]
        for (i, b) in original.enumerated() where b == 0x0A && i + 1 < original.count { lineStarts.append(i + 1) }
        var checked = 0
        for (i, byte) in original.enumerated() where byte >= 0x30 && byte <= 0x39 && i % 7 == 0 {
            var altered = original
            altered[i] = byte == 0x39 ? 0x30 : byte + 1
            try altered.write(to: URL(fileURLWithPath: segment))
            let position = UInt64(lineStarts.lastIndex { $0 <= i }! + 1)
            let report = try EventStore.verify(storeAt: t.path)
            guard case .damaged(_, let named, _, _)? = report.problem else {
                Issue.record("altering byte \(i) (line \(position)) went unnoticed"); continue
            }
            #expect(named == position, "byte \(i)")
            checked += 1
        }
        try original.write(to: URL(fileURLWithPath: segment))
        #expect(checked > 100)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }

    @Test func anchorsHoldOrSayWhyNot() throws {
        let t = try populated()
        let store = try t.open()
        let hash10 = try store.hash(at: 10)
        #expect(try EventStore.verify(storeAt: t.path, anchor: (10, hash10)).isSound)
        let wrong = try EventStore.verify(storeAt: t.path, anchor: (10, SHA256.hash("x")))
        #expect(!wrong.isSound && wrong.anchorProblem?.contains("rewritten") == true)
        let beyond = try EventStore.verify(storeAt: t.path, anchor: (99, hash10))
        #expect(!beyond.isSound && beyond.anchorProblem?.contains("does not reach") == true)
    }

    @Test func aRewrittenHistoryWithARecomputedChainBreaksTheAnchor() throws {
        // A forger who edits record 3 and recomputes every later hash passes a plain verify —
        // which is why meetings write down anchors.
        let t = try populated()
        let anchor = (UInt64(25), try t.open().headHash)
        let forged = try TemporaryStore()
        let f = try forged.open()
        for i in 0..<25 { try f.append([event("issue-\(i % 4)", "E", ["i": .int(Int64(i == 2 ? 99 : i)), "body": .string("相談支援\(i)")])], actor: "tester") }
        try FileManager.default.removeItem(atPath: t.segmentsPath)
        try FileManager.default.copyItem(atPath: forged.segmentsPath, toPath: t.segmentsPath)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
        #expect(!(try EventStore.verify(storeAt: t.path, anchor: anchor)).isSound)
    }
}
