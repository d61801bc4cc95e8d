import EventStore
import Hashing
import Seeded

#if canImport(Glibc)
import Glibc
#endif

/// kadai-bench: measures the store on the synthetic workload of DESIGN §8. Figures go to stdout one
/// per line as `NAME VALUE UNIT`; `append` also prints `acked POSITION` after every durable batch.
@main
struct KadaiBench {
    static let usage = """
    Usage: kadai-bench append --store DIR [--events N] [--batch B] [--seed S]
           kadai-bench replay --store DIR
           kadai-bench verify --store DIR
           kadai-bench read-stream --store DIR [--reads R] [--seed S]
           kadai-bench council --store DIR [--events N] [--seed S]
           kadai-bench pbkdf2 [--iterations N] [--runs R]
           kadai-bench web --store DIR [--clients 50] [--seconds 20]
    A store that does not exist yet is created. Defaults: --events 200000 --batch 1000 --seed 42 --reads 1000.
    """

    let storePath: String
    let values: [String: String]

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == measureMode { measureProcess(Array(arguments.dropFirst())) }
        guard let mode = arguments.first, ["append", "replay", "verify", "read-stream", "council", "pbkdf2", "web"].contains(mode) else { fail(usage) }
        arguments.removeFirst()
        var values: [String: String] = [:]
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            let name = String(a.dropFirst(2))
            guard a.hasPrefix("--"), ["store", "events", "batch", "seed", "reads", "iterations", "runs", "clients", "seconds"].contains(name) else {
                fail("Unknown argument '\(a)'.\n\(usage)")
            }
            guard i + 1 < arguments.count else { fail("The option '\(a)' needs a value.\n\(usage)") }
            values[name] = arguments[i + 1]
            i += 2
        }
        if mode == "pbkdf2" { return KadaiBench(storePath: "", values: values).pbkdf2() }
        guard let store = values["store"] else { fail("Name the store with --store DIR (it is created if it does not exist).\n\(usage)") }
        let bench = KadaiBench(storePath: store, values: values)
        switch mode {
        case "append": bench.append()
        case "replay": bench.replay()
        case "verify": bench.verify()
        case "council": bench.council()
        case "web": bench.web()
        default: bench.readStream()
        }
    }

    static func fail(_ message: String) -> Never {
        var line = message.hasSuffix("\n") ? message : message + "\n"
        line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        exit(2)
    }

    func number(_ name: String, default value: Int) -> Int {
        guard let text = values[name] else { return value }
        guard let n = Int(text), n > 0 else { Self.fail("The option '--\(name)' needs a whole number above 0, not '\(text)'.") }
        return n
    }

    func openOrCreate() -> EventStore {
        do {
            var st = stat()
            if stat("\(storePath)/store.json", &st) == 0 { return try EventStore.open(at: storePath) }
            return try EventStore.create(at: storePath)
        } catch { Self.fail("\(error)") }
    }

    /// Appends with expected version *any*, so several benches can write one store at once.
    func append() {
        let events = number("events", default: 200_000)
        let batch = number("batch", default: 1000)
        var workload = Workload(events: events, seed: UInt64(number("seed", default: 42)))
        let store = openOrCreate()
        // An unfinished tail left by a killed writer is cut by the first append: it is not ours.
        var bytesBefore = store.totalBytes()
        if case .unfinished(_, _, let unfinished, _, _) = store.tail { bytesBefore -= unfinished }
        var latencies: [Double] = []
        var appending = 0.0
        var written = 0
        while written < events {
            let count = min(batch, events - written)
            // Each batch is made before its clock starts: only the store is measured.
            let time = Timestamp.now()
            let proposed = (written..<(written + count)).map { workload.event($0, at: time) }
            let t0 = Figures.now()
            let result: AppendResult
            do { result = try store.append(proposed, actor: "kadai-bench") } catch { Self.fail("\(error)") }
            let took = Figures.now() - t0
            appending += took
            latencies.append(took * 1e6)
            if let cut = result.tailCut { Figures.note(cut.description) }
            Figures.line("acked \(result.positions.upperBound)")
            written += count
        }
        let seconds = appending
        do { try store.saveIndex() } catch { Self.fail("\(error)") }
        for problem in store.finishWriting() { Figures.note("\(problem)") }
        let bytes = store.totalBytes() - bytesBefore
        latencies.sort()
        Figures.print("append.events_per_s", Double(events) / seconds, "ev/s")
        Figures.print("append.batch\(batch).events_per_s", Double(events) / seconds, "ev/s")
        Figures.print("append.commit_p50_us", Figures.percentile(latencies, 0.5), "us")
        Figures.print("append.commit_p99_us", Figures.percentile(latencies, 0.99), "us")
        Figures.print("append.bytes_per_event", Double(bytes) / Double(events), "B")
    }

    /// Reads the whole feed, checking framing and decoding every record into typed values.
    func replay() {
        let t0 = Figures.now()
        let store = openOrCreate()
        let opened = Figures.now()
        var count: UInt64 = 0
        var fields: UInt64 = 0
        do {
            try store.forEach { event in
                count += 1
                fields &+= event.version &+ UInt64(event.data.count)
            }
        } catch { Self.fail("\(error)") }
        let replayed = Figures.now()
        guard count == store.headPosition, fields > 0 || count == 0 else {
            Self.fail("replay read \(count) events but the log holds \(store.headPosition)")
        }
        Figures.print("replay.open_ms", (opened - t0) * 1000, "ms")
        Figures.print("replay.events", Double(count), "ev")
        Figures.print("replay.events_per_s", Double(count) / (replayed - opened), "ev/s")
        Figures.print("replay.ns_per_event", (replayed - opened) * 1e9 / Double(max(count, 1)), "ns")
        Figures.print("replay.mb_per_s", Double(store.totalBytes()) / 1e6 / (replayed - opened), "MB/s")
    }

    /// The full chain check of `kadai audit verify`: every record decoded, every SHA-256 recomputed.
    func verify() {
        let v0 = Figures.now()
        let verification: ChainVerification
        do { verification = try EventStore.verify(storeAt: storePath) } catch { Self.fail("\(error)") }
        let v1 = Figures.now()
        guard verification.isSound else { Self.fail("The chain does not verify: \(verification.problem.map { "\($0)" } ?? "")") }
        Figures.print("verify.events_per_s", Double(verification.records) / (v1 - v0), "ev/s")
    }

    /// Reads random whole streams through the index, in process and warm.
    func readStream() {
        let reads = number("reads", default: 1000)
        let store = openOrCreate()
        let names = store.streamNames
        guard !names.isEmpty else { Self.fail("The store at '\(storePath)' holds no streams; run 'kadai-bench append' first.") }
        var rng = SplitMix64(seed: UInt64(number("seed", default: 7)))
        for name in names.prefix(50) { _ = try? store.readStream(name) }
        var latencies: [Double] = []
        var total = 0
        for _ in 0..<reads {
            let name = names[Int(rng.next() % UInt64(names.count))]
            let t0 = Figures.now()
            let events: [RecordedEvent]
            do { events = try store.readStream(name) } catch { Self.fail("\(error)") }
            latencies.append((Figures.now() - t0) * 1e6)
            total += events.count
        }
        latencies.sort()
        Figures.print("read_stream.events_per_read", Double(total) / Double(reads), "ev")
        Figures.print("read_stream.p50_us", Figures.percentile(latencies, 0.5), "us")
        Figures.print("read_stream.p99_us", Figures.percentile(latencies, 0.99), "us")
    }
}
