import Council
import EventStore
import Foundation
import Projections

extension KadaiBench {
    /// Runs a program with stdout to /dev/null and waits with `wait4`: Foundation's `Process`
    /// waits in coarse steps that would be measured instead of the program. Returns its status and
    /// its peak resident memory (`ru_maxrss`, in KiB on Linux).
    @discardableResult
    static func spawnAndWait(_ path: String, _ arguments: [String]) -> (status: Int32, peakKiB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (-1, 0) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return (status, Int(usage.ru_maxrss))
    }

    /// The internal mode in which kadai-bench measures a program for `council` (see `measure`).
    static let measureMode = "measure-process"

    /// A `kadai` command as a user runs it — a whole process, warm cache (run once first) — `runs`
    /// times: the median and largest wall time, and the largest peak memory. Measured from a small
    /// child of this process: a process spawned from this one starts its peak memory count at this
    /// one's size (the memory it shares until it executes the program counts), so the figure would
    /// be this benchmark's, not kadai's.
    static func measure(_ kadai: String, _ arguments: [String], runs: Int) -> (medianMs: Double, maxMs: Double, peakMiB: Double) {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).path
        let (status, output) = spawnCapturing(me, [measureMode, String(runs), kadai] + arguments)
        let figures = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard status == 0, figures.count == 3 else { fail("measuring kadai \(arguments.joined(separator: " ")) failed: \(output)") }
        return (figures[0], figures[1], figures[2] / 1024)
    }

    /// `kadai-bench measure-process RUNS PROGRAM ARGS…`: runs the program once to warm the cache,
    /// then RUNS times, and prints the median and largest wall time in ms and the largest peak
    /// memory in KiB, on one line.
    static func measureProcess(_ arguments: [String]) -> Never {
        guard arguments.count >= 2, let runs = Int(arguments[0]), runs > 0 else { fail("Usage: kadai-bench \(measureMode) RUNS PROGRAM [ARGUMENTS…]") }
        let program = arguments[1], rest = Array(arguments.dropFirst(2))
        var walls: [Double] = []
        var peak = 0
        for run in 0...runs {
            let t = Figures.now()
            let (status, kib) = spawnAndWait(program, rest)
            let wall = (Figures.now() - t) * 1000
            guard status == 0 else { fail("\(program) \(rest.joined(separator: " ")) failed with status \(status)") }
            if run == 0 { continue }
            walls.append(wall)
            peak = max(peak, kib)
        }
        walls.sort()
        Figures.line("\(Figures.percentile(walls, 0.5)) \(walls.last ?? 0) \(peak)")
        exit(0)
    }

    /// Runs a program and returns its status and what it wrote to stdout.
    static func spawnCapturing(_ path: String, _ arguments: [String]) -> (status: Int32, output: String) {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return (-1, "") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        close(pipeEnds[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(pipeEnds[0], &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output += buffer[0..<n]
        }
        close(pipeEnds[0])
        guard spawned == 0 else { return (-1, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status, String(decoding: output, as: UTF8.self))
    }

    /// The council benchmark: a synthetic history of ≥ `--events` events, then the projection
    /// rebuild, the summary from a snapshot plus a 1 % tail, and `kadai issue show` as a process.
    func council() {
        let target = number("events", default: 1_000_000)
        let store = openOrCreate()
        var workload = CouncilWorkload(seed: UInt64(number("seed", default: 42)))
        var issues = 0
        func flush() {
            let batch = workload.drain()
            if !batch.isEmpty { do { try store.append(batch, actor: "kadai-bench") } catch { Self.fail("\(error)") } }
        }
        func grow(until head: Int) {
            while store.headPosition + UInt64(workload.pending.count) < UInt64(head) {
                issues += 1
                workload.issue(issues, startingOn: Int(workload.rng.next() % 3000))
                if issues % 200 == 0 { workload.meetings(month: (issues / 200) % 120) }
                if workload.pending.count >= 1000 { flush() }
            }
            flush()
        }
        if store.headPosition == 0 {
            let t0 = Figures.now()
            workload.councilAndBodies()
            grow(until: target)
            Figures.print("council.generate.events", Double(store.headPosition), "ev")
            Figures.print("council.generate.s", Figures.now() - t0, "s")
        }
        do { try store.saveCaches() } catch { Self.fail("\(error)") }

        // A full fold of the whole log into council state, as a fresh process would do it: the
        // generator's own copy of the state is dropped first, and the result replaces it.
        workload.state = CouncilDecider.initialState
        let r0 = Figures.now()
        do { workload.state = try CouncilLoader(store: store).fullState() } catch { Self.fail("\(error)") }
        let rebuild = Figures.now() - r0
        issues = workload.state.issues.count
        Figures.print("council.rebuild.events", Double(store.headPosition), "ev")
        Figures.print("council.rebuild.issues", Double(issues), "issues")
        Figures.print("council.rebuild.s", rebuild, "s")
        Figures.print("council.rebuild.events_per_s", Double(store.headPosition) / rebuild, "ev/s")

        // The list summary: from nothing, then from its snapshot after a 1 % tail.
        let snapshotDirectory = NSTemporaryDirectory() + "kadai-bench-snapshots-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: snapshotDirectory) }
        let snapshots = SnapshotStore(directory: snapshotDirectory, for: store)
        let s0 = Figures.now()
        do { _ = try ProjectionRunner.run(CouncilSummaryProjection.self, store: store, snapshots: snapshots) } catch { Self.fail("\(error)") }
        let summaryFull = Figures.now() - s0
        let before = store.headPosition
        grow(until: Int(before) + Int(before) / 100)
        // Load and fold only: saving the refreshed snapshot is a separate cost, measured after.
        let s1 = Figures.now()
        let use: SnapshotUse
        let refreshed: CouncilSummary
        do { (refreshed, use) = try ProjectionRunner.run(CouncilSummaryProjection.self, store: store, snapshots: snapshots, saveAfter: .max) } catch { Self.fail("\(error)") }
        let summaryTail = Figures.now() - s1
        let s2 = Figures.now()
        do {
            try snapshots.save(projection: CouncilSummaryProjection.name, version: CouncilSummaryProjection.version, position: store.headPosition,
                               hash: store.headHash, payload: CouncilSummaryProjection.encode(refreshed))
        } catch { Self.fail("\(error)") }
        Figures.print("council.summary.save_ms", (Figures.now() - s2) * 1000, "ms")
        guard case .used(_, let folded) = use else { Self.fail("the summary snapshot was not used: \(use)") }
        Figures.print("council.summary.full_ms", summaryFull * 1000, "ms")
        Figures.print("council.summary.tail_events", Double(folded), "ev")
        Figures.print("council.summary.snapshot_plus_tail_ms", summaryTail * 1000, "ms")
        Figures.print("council.summary.tail_cost_pct", summaryTail / summaryFull * 100, "%")
        // What of that is the snapshot itself (read, checked, decoded): a cost that grows with
        // the number of issues, not with the tail.
        let l0 = Figures.now()
        guard case .success(let saved) = snapshots.load(projection: CouncilSummaryProjection.name, version: CouncilSummaryProjection.version, in: store),
              CouncilSummaryProjection.decode(saved.payload) != nil else { Self.fail("the summary snapshot just saved does not load") }
        Figures.print("council.summary.snapshot_load_ms", (Figures.now() - l0) * 1000, "ms")
        Figures.print("council.summary.snapshot_bytes", Double(saved.payload.count), "B")
        do { try store.saveIndex() } catch { Self.fail("\(error)") }
        for problem in store.finishWriting() { Figures.note("\(problem)") }

        // The council's read model, folded whole and saved in the snapshot folder `kadai` uses, so
        // the documents below start from its snapshots ("snapshots present").
        let kadaiSnapshots = SnapshotStore(directory: SnapshotStore.defaultDirectory(forStore: storePath), for: store)
        let m0 = Figures.now()
        do {
            var (model, _) = try CouncilReadModelStore.load(store: store, snapshots: kadaiSnapshots, parts: .all, saveAfter: 1)
            let folded = Figures.now() - m0
            let m1 = Figures.now()
            CouncilReadModelStore.save(&model, store: store, snapshots: kadaiSnapshots)
            Figures.print("council.read_model.fold_s", folded, "s")
            Figures.print("council.read_model.save_ms", (Figures.now() - m1) * 1000, "ms")
        } catch { Self.fail("\(error)") }
        if let size = FileManager.default.fileSizeIfExists(kadaiSnapshots.path(for: CouncilReadModelStore.name)) {
            Figures.print("council.read_model.core_snapshot_bytes", Double(size), "B")
        }

        // `kadai issue show` as a user runs it: a whole process, warm cache.
        let kadai = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kadai").path
        guard FileManager.default.isExecutableFile(atPath: kadai) else { Self.fail("kadai is not built next to kadai-bench at \(kadai)") }
        var walls: [Double] = []
        for run in 0..<21 {
            let id = "K-\(1 + (run * 7919) % issues)"
            let t = Figures.now()
            let status = Self.spawnAndWait(kadai, ["issue", "show", id, "--store", storePath, "--json"]).status
            walls.append((Figures.now() - t) * 1000)
            guard status == 0 else { Self.fail("kadai issue show \(id) failed with status \(status)") }
        }
        walls.sort()
        Figures.print("council.issue_show.p50_ms", Figures.percentile(walls, 0.5), "ms")
        Figures.print("council.issue_show.max_ms", walls.last ?? 0, "ms")

        // Documents of one 年度 from the read model's snapshots (issue 12: ≤ 0.5 s and ≤ 300 MB for
        // the scorecard, ≤ 1 s for the pdca table on a 1,000,000-event store), and the issue list.
        let storeOption = ["--store", storePath]
        for (name, arguments, runs) in [("scorecard", ["scorecard", "--fy", "2024"], 5), ("pdca", ["report", "pdca", "--fy", "2024"], 5),
                                        ("issue_list", ["issue", "list"], 5)] {
            let (median, worst, peak) = Self.measure(kadai, arguments + storeOption, runs: runs)
            Figures.print("council.\(name).median_ms", median, "ms")
            Figures.print("council.\(name).max_ms", worst, "ms")
            Figures.print("council.\(name).peak_rss_mb", peak, "MiB")
        }
    }
}

extension FileManager {
    func fileSizeIfExists(_ path: String) -> UInt64? {
        (try? attributesOfItem(atPath: path)[.size] as? NSNumber)?.uint64Value
    }
}
