import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// An appender SIGKILLed at random moments, again and again on one store. Whatever it acknowledged
/// (`acked N` is printed only after the batch is flushed to disk) must still be there; whatever it
/// left half-written must be skipped by readers and cut, with a report, by the next writer.
@Suite(.tags(.crash), .notInFastSet) struct CrashTests {
    static let kills = 28
    static let batches = [1, 7, 100, 5000]
    /// Far more than an appender writes in the 120 ms it is given (about 10,000 events/s in a debug
    /// build), yet cheap to prepare: kadai-bench builds the whole workload before its first append,
    /// and for 1,000,000 events that alone takes some 6 s and 440 MB in a debug build.
    static let events = 20_000
    /// Kills aimed at a write of a larger batch beyond `kills`, only while no write has been torn yet.
    static let extraAimedKills = 10
    static let extraBatch = 10000

    /// "Cut N bytes of an unfinished write after position P from '…'." on a writer's stderr.
    static func cut(in stderr: String) -> (bytes: Int, after: Int)? {
        guard let match = stderr.firstMatch(of: /Cut (\d+) bytes of an unfinished write after position (\d+)/) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    static func acked(_ lines: [String]) -> [Int] {
        lines.compactMap { $0.hasPrefix("acked ") ? Int($0.dropFirst(6)) : nil }
    }

    /// Returns once the next write starts: the first byte after the last complete line (reserved
    /// zeros, or the end of the file) changes, or a new segment appears — or after 2 s.
    static func waitForAWriteToStart(in store: String) {
        guard let segments = try? segmentFiles(store), let segment = segments.last,
              let data = FileManager.default.contents(atPath: segment) else { return }
        let end = data.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let fd = open(segment, O_RDONLY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let deadline = Date(timeIntervalSinceNow: 2)
        var byte: UInt8 = 0
        var polls = 0
        while true {
            if pread(fd, &byte, 1, off_t(end)) == 1 && byte != 0 { return }
            polls += 1
            if polls % 4096 == 0 {
                if Date() > deadline || ((try? segmentFiles(store).count) ?? 0) != segments.count { return }
            }
        }
    }

    /// What the kills so far have shown; carried from one kill to the next.
    struct Record {
        var largestAcked = 1          // the council's first event, acknowledged by init
        var lastHead = 1
        var leftBehind: Stats.Tail?   // what the last kill left unfinished, as stats saw it
        var kills = 0, aimed = 0, cuts = 0
        var tornBatches: [Int] = []
    }

    @Test func anAppenderKilledAtRandomMomentsLosesNothingItAcknowledged() throws {
        let seed = TestRandom.seed(default: 0x6B61_6461_69)
        var random = TestRandom(seed: seed)
        let scratch = try Scratch("crash")
        try initStore(scratch.store)
        var record = Record()

        for n in 0..<(Self.kills + Self.extraAimedKills) {
            if n >= Self.kills && !record.tornBatches.isEmpty { break }
            let batch = n < Self.kills ? Self.batches[n % Self.batches.count] : Self.extraBatch
            // One write takes well under a millisecond of an appender's time, so a kill at a random
            // moment tears one only about once in 30 kills. For the largest batches the kill is
            // therefore aimed too: sent, after the random delay, the moment the next write reaches the file.
            let aimed = batch >= Self.batches.last!
            try killOnce(scratch.store, batch: batch, delay: Int.random(in: 5...120, using: &random), aimed: aimed,
                         seed: seed, number: n, &record)
        }

        let finalEvents = 50
        let last = try bench("append", "--store", scratch.store, "--events", "\(finalEvents)", "--batch", "10", "--seed", "99")
        #expect(last.exitCode == 0 && Self.acked(last.stdoutLines).last == record.lastHead + finalEvents, "seed \(seed)\n\(last)")
        if let tail = record.leftBehind {
            let cut = Self.cut(in: last.stderr)
            record.cuts += cut == nil ? 0 : 1
            #expect(cut?.bytes == tail.bytes && cut?.after == tail.afterPosition, "seed \(seed): stats saw \(tail)\n\(last)")
        }
        let verify = try kadai("audit", "verify", "--store", scratch.store, "--lang", "en", "--json")
        let report = try verify.decode(Verification.self)
        #expect(verify.exitCode == 0 && report.sound && report.headPosition == record.lastHead + finalEvents && report.unfinishedWrite == nil,
                "seed \(seed)\n\(verify)")

        print("CrashTests: seed \(seed): \(record.kills) kills (\(record.aimed) aimed at a write); "
              + "\(record.tornBatches.count) left an unfinished write (batch sizes \(record.tornBatches)); "
              + "\(record.cuts) cut and reported by the next writer; head \(report.headPosition)")
        #expect(record.cuts >= 1, "seed \(seed): in \(record.kills) kills no write was torn, so the cut path was never exercised")
    }

    /// Starts an appender, kills it `delay` ms after its first ack, and checks the store as it was left.
    func killOnce(_ store: String, batch: Int, delay: Int, aimed: Bool, seed: UInt64, number: Int, _ record: inout Record) throws {
        let context = "seed \(seed), kill \(number): batch \(batch), \(delay) ms after the first ack\(aimed ? ", then at a write" : "")"
        let child = try ChildProcess(try Tools.bench(), ["append", "--store", store, "--events", "\(Self.events)", "--batch", "\(batch)",
                                                         "--seed", "\(number + 1)"])
        // The clock starts at the first ack, so that the kill lands while the appender appends.
        guard child.waitForLine(timeout: Tools.timeout, where: { $0.hasPrefix("acked ") }) != nil else {
            throw UnexpectedOutput(what: "\(context): the appender never acknowledged a batch", outcome: child.finish(timeout: 10))
        }
        usleep(useconds_t(delay * 1000))
        if aimed { Self.waitForAWriteToStart(in: store) }
        child.send(SIGKILL)
        let outcome = child.finish(timeout: 30)
        record.kills += 1
        record.aimed += aimed ? 1 : 0
        #expect(outcome.signalled && outcome.status == SIGKILL, "\(context)\n\(outcome)")

        let acked = Self.acked(outcome.stdoutLines)
        #expect(zip(acked, acked.dropFirst()).allSatisfy { $0 < $1 }, "\(context): acks out of order \(acked)")
        record.largestAcked = max(record.largestAcked, acked.max() ?? 0)

        // The previous kill's unfinished write is cut by this writer before its first batch, and reported exactly.
        let cut = Self.cut(in: outcome.stderr)
        if let tail = record.leftBehind {
            record.cuts += cut == nil ? 0 : 1
            #expect(cut?.bytes == tail.bytes && cut?.after == tail.afterPosition,
                    "\(context): stats saw \(tail) unfinished; the writer reported \(String(describing: cut))\n\(outcome)")
        } else {
            #expect(cut == nil, "\(context): a cut was reported though stats saw a clean tail\n\(outcome)")
        }

        let verify = try kadai("audit", "verify", "--store", store, "--lang", "en")
        #expect(verify.exitCode == 0 && verify.stdout.hasPrefix("The log is sound"), "\(context)\n\(verify)")
        let now = try stats(store)
        #expect(now.headPosition >= record.largestAcked, "\(context): acknowledged position \(record.largestAcked) was lost")
        #expect(acked.allSatisfy { $0 <= now.headPosition }, "\(context): acked \(acked.suffix(3)) beyond head \(now.headPosition)")
        #expect(now.headPosition >= record.lastHead, "\(context): the head went back from \(record.lastHead) to \(now.headPosition)")
        record.lastHead = now.headPosition
        record.leftBehind = now.tail.state == "unfinished" ? now.tail : nil
        if let tail = record.leftBehind {
            record.tornBatches.append(batch)
            #expect(tail.afterPosition == now.headPosition, "\(context): \(tail)")
            #expect(verify.stdout.contains("Unfinished write: \(tail.bytes ?? -1) bytes after position \(now.headPosition)"),
                    "\(context)\n\(verify)")
        }
    }
}
