import Foundation
import Testing
import TestSupport

/// A process killed while it writes the stream index or a snapshot (`kadai rebuild`, or a read
/// that refreshes its cache) leaves at worst a stale or half-written cache: the next command
/// notices, rebuilds it from the log, and the log itself is untouched and verifies.
@Suite(.tags(.crash), .notInFastSet) struct CacheCrashTests {
    @Test func killingAWriterOfTheIndexOrASnapshotNeverHarmsTheLog() throws {
        let seed = TestRandom.seed(default: 0xCAC4E)
        var random = TestRandom(seed: seed)
        let scratch = try Scratch("cache-crash")
        try initStore(scratch.store, council: "X")
        try appendEvents(scratch.store, events: 60_000, batch: 1000, seed: 7)
        let log = try contents(of: scratch.store + "/segments")
        let head = try anchor(scratch.store)
        var killed = 0
        for round in 0..<12 {
            // Alternate the two cache writers; kill each after a random moment.
            let arguments = round % 2 == 0 ? ["rebuild"] : ["stats"]
            if round % 3 == 0 { try? FileManager.default.removeItem(atPath: scratch.store + "/index") }
            let child = try ChildProcess(try Tools.kadai(), arguments + ["--store", scratch.store])
            usleep(UInt32(Int.random(in: 5_000...120_000, using: &random)))
            child.send(SIGKILL)
            let outcome = child.finish(timeout: Tools.timeout)
            if outcome.signalled { killed += 1 }
            // Whatever was left, the next commands work and the log is as it was.
            let stats = try ChildProcess(try Tools.kadai(), ["stats", "--store", scratch.store, "--json"]).finish(timeout: Tools.timeout)
            #expect(stats.exitCode == 0, "seed \(seed) round \(round): \(stats)")
            #expect(try anchor(scratch.store) == head, "seed \(seed) round \(round)")
            #expect(try contents(of: scratch.store + "/segments") == log, "the log itself is never written by a cache writer")
        }
        let verified = try ChildProcess(try Tools.kadai(), ["audit", "verify", "--store", scratch.store]).finish(timeout: Tools.timeout)
        #expect(verified.exitCode == 0, "\(verified)")
        print("CacheCrashTests: seed \(seed): \(killed) of 12 cache writers killed mid-run")
    }
}
