import Foundation
import Testing
import TestSupport

/// Several processes on one store: writers take turns on `writer.lock` one batch at a time, and
/// readers, who never lock, see a log that only grows and holds every batch already acknowledged.
@Suite(.tags(.load), .notInFastSet) struct ConcurrencyTests {
    @Test func twoAppendersAtOnceInterleaveWholeBatches() throws {
        let scratch = try Scratch("two-writers")
        try initStore(scratch.store)
        let bench = try Tools.bench()
        let first = try ChildProcess(bench, ["append", "--store", scratch.store, "--events", "3000", "--batch", "10", "--seed", "11"])
        let second = try ChildProcess(bench, ["append", "--store", scratch.store, "--events", "3000", "--batch", "10", "--seed", "12"])
        let a = first.finish(timeout: Tools.timeout)
        let b = second.finish(timeout: Tools.timeout)
        #expect(a.exitCode == 0, "\(a)")
        #expect(b.exitCode == 0, "\(b)")

        let ackedA = CrashTests.acked(a.stdoutLines), ackedB = CrashTests.acked(b.stdoutLines)
        #expect(ackedA.count == 300 && ackedB.count == 300)
        #expect(zip(ackedA, ackedA.dropFirst()).allSatisfy { $0 < $1 }, "first writer's acks: \(ackedA)")
        #expect(zip(ackedB, ackedB.dropFirst()).allSatisfy { $0 < $1 }, "second writer's acks: \(ackedB)")
        // After the council's event at 1, every batch of 10 ends at 11, 21, …: no batch was split.
        #expect((ackedA + ackedB).sorted() == Array(stride(from: 11, through: 6001, by: 10)))

        let after = try stats(scratch.store)
        #expect(after.headPosition == 6001 && after.eventsByType.values.reduce(0, +) == 6001)
        let verify = try kadai("audit", "verify", "--store", scratch.store, "--lang", "en", "--json")
        let report = try verify.decode(Verification.self)
        #expect(verify.exitCode == 0 && report.sound && report.headPosition == 6001, "\(verify)")
    }

    @Test func readersDuringAWriteSeeAGrowingLogWithEveryAck() throws {
        let scratch = try Scratch("readers")
        try initStore(scratch.store)
        let writer = try ChildProcess(try Tools.bench(), ["append", "--store", scratch.store, "--events", "3000", "--batch", "10"])
        _ = writer.waitForLine(timeout: Tools.timeout) { $0.hasPrefix("acked ") }

        var lastHead = 0
        var readsDuringWrite = 0
        while !writer.hasExited {
            // Whatever was acknowledged before the reader started must be visible to it.
            let acknowledged = CrashTests.acked(writer.lines).last ?? 0
            let reader = readsDuringWrite % 2 == 0
                ? try kadai("stats", "--store", scratch.store, "--json")
                : try kadai("audit", "verify", "--store", scratch.store, "--json")
            #expect(reader.exitCode == 0, "\(reader)")
            let head = readsDuringWrite % 2 == 0 ? try reader.decode(Stats.self).headPosition : try reader.decode(Verification.self).headPosition
            #expect(head >= lastHead, "the head went back from \(lastHead) to \(head)")
            #expect(head >= acknowledged, "position \(acknowledged) was acknowledged, but a reader saw only \(head)")
            lastHead = head
            readsDuringWrite += 1
        }
        let outcome = writer.finish(timeout: Tools.timeout)
        #expect(outcome.exitCode == 0, "\(outcome)")
        #expect(readsDuringWrite >= 2, "the writer finished before readers could overlap it")
        let final = try stats(scratch.store)
        #expect(final.headPosition == 3001 && final.headPosition >= lastHead)
    }
}
