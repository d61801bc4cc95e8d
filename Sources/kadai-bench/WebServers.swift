import Foundation

/// What one page gave under load: answers (200) a second and the time of one, the size of one,
/// and the requests that failed: answered with another status, or not answered in time.
struct Figure {
    var rps: Double
    var p50Ms: Double
    var p99Ms: Double
    var bytes: Int
    var refused: Int
    var unanswered: Int

    func print(_ name: String) {
        Figures.print("\(name).rps", rps, "req/s")
        Figures.print("\(name).p50_ms", p50Ms, "ms")
        Figures.print("\(name).p99_ms", p99Ms, "ms")
        Figures.print("\(name).bytes", Double(bytes), "B")
        Figures.print("\(name).errors", Double(refused + unanswered), "req")
    }
}

extension KadaiBench {
    static let nginx = "/usr/sbin/nginx"

    /// Each connection sends its request again and again, on a thread of its own, from one moment
    /// for `seconds`; two requests each beforehand are not counted (they open the connections
    /// again if the server closed them, and warm the server). A connection whose request goes
    /// unanswered stops there: opening another would only pile more work on a server that has
    /// not finished the first. The first answer that is not a 200 is told on stderr.
    static func measure(_ connections: [HTTPConnection], _ requests: [[UInt8]], seconds: Double) -> Figure {
        struct Run { var latencies: [Double] = []; var refused = 0; var unanswered = 0; var bytes = 0; var finished = 0.0; var problem: String? }
        let runs = Collected<Run>()
        let warmed = DispatchGroup(), done = DispatchGroup()
        let gate = StartGate()
        for (connection, request) in zip(connections, requests) {
            warmed.enter()
            done.enter()
            Thread.detachNewThread {
                for _ in 0..<2 { _ = try? connection.exchange(request) }
                warmed.leave()
                let from = gate.wait()
                var run = Run()
                run.latencies.reserveCapacity(1 << 14)
                while Figures.now() < from + seconds {
                    let t0 = Figures.now()
                    do {
                        let answer = try connection.exchange(request)
                        guard answer.status == 200 else {
                            run.refused += 1
                            run.problem = run.problem ?? "answered \(answer.status) \(answer.header("location") ?? "")"
                            continue
                        }
                        run.latencies.append((Figures.now() - t0) * 1000)
                        run.bytes = answer.body.count
                    } catch {
                        run.unanswered += 1
                        run.problem = run.problem ?? "\(error)"
                        break
                    }
                }
                run.finished = Figures.now() - from
                runs.add(run)
                done.leave()
            }
        }
        warmed.wait()
        gate.open()
        done.wait()
        let all = runs.all
        if let problem = all.compactMap(\.problem).first { Figures.note("the first request that failed: \(problem)") }
        let latencies = all.flatMap(\.latencies).sorted()
        let elapsed = all.map(\.finished).max() ?? seconds
        return Figure(rps: Double(latencies.count) / elapsed, p50Ms: Figures.percentile(latencies, 0.5), p99Ms: Figures.percentile(latencies, 0.99),
                      bytes: all.map(\.bytes).max() ?? 0, refused: all.map(\.refused).reduce(0, +), unanswered: all.map(\.unanswered).reduce(0, +))
    }

    /// A program beside this one.
    static func sibling(_ name: String) -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// A folder of its own in /tmp, removed at exit with everything in it, however the program ends
    /// (`fail` exits too), and the servers started before still running killed.
    static func temporaryFolder() -> String {
        var template = Array("/tmp/kadai-bench-web-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fail("cannot make a folder in /tmp") }
        LeftBehind.folder = String(cString: made)
        atexit {
            for pid in LeftBehind.servers { kill(pid, SIGKILL) }
            if let folder = LeftBehind.folder { try? FileManager.default.removeItem(atPath: folder) }
        }
        return String(cString: made)
    }

    /// Starts a program with its stdout and stderr appended to `output`.
    static func spawn(_ path: String, _ arguments: [String], output: String) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { fail("cannot start \(path)") }
        return pid
    }

    /// Runs a program to its end, what it says appended to `log`; its exit status.
    static func run(_ path: String, _ arguments: [String], log: String) -> Int32 {
        let pid = spawn(path, arguments, output: log)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// Sends the signal and waits for the server to end.
    static func stop(_ pid: pid_t, _ signal: Int32) {
        kill(pid, signal)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        LeftBehind.servers.remove(pid)
    }

    /// `kadai serve` on a free loopback port, its access log in `log`; the port from the first
    /// line it prints (a large store may take a while to open).
    static func serve(_ kadai: String, store: String, log: String) -> (pid: pid_t, port: UInt16) {
        let pid = spawn(kadai, ["serve", "--listen", "127.0.0.1:0", "--store", store], output: log)
        LeftBehind.servers.insert(pid)
        let deadline = Figures.now() + 600
        while Figures.now() < deadline {
            let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let at = said.range(of: "http://127.0.0.1:") {
                let rest = said[at.upperBound...], digits = rest.prefix { $0.isNumber }
                // The whole port, followed by its slash: the line may be read while it is being written.
                if rest.dropFirst(digits.count).first == "/", let port = UInt16(digits) { return (pid, port) }
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { fail("kadai serve ended:\n\(said)") }
            usleep(50_000)
        }
        stop(pid, SIGKILL)
        fail("kadai serve printed no address in 600 s")
    }

    /// A port no one listens on now, for nginx.
    static func freePort() -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { fail("cannot find a free port") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// nginx as this user, on a free loopback port, serving `root`: its configuration, pid file,
    /// logs and temporary folders in `folder`, in the foreground as this program's child. Sendfile,
    /// keep-alive and an access log as Debian's own configuration has them; one worker a core.
    static func startNginx(root: String, folder: String) -> (pid: pid_t, port: UInt16) {
        let port = freePort()
        let user = geteuid() == 0 ? "user root;" : ""
        let temporary = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map { "\($0)_temp_path \(folder)/nginx-\($0);" }.joined(separator: "\n  ")
        let configuration = """
        \(user)
        worker_processes auto;
        daemon off;
        pid \(folder)/nginx.pid;
        error_log \(folder)/nginx-error.log;
        events { worker_connections 1024; }
        http {
          include /etc/nginx/mime.types;
          default_type application/octet-stream;
          sendfile on;
          tcp_nopush on;
          keepalive_timeout 65;
          keepalive_requests 1000000;
          access_log \(folder)/nginx-access.log;
          \(temporary)
          server {
            listen 127.0.0.1:\(port);
            root \(root);
          }
        }
        """
        let file = folder + "/nginx.conf"
        do { try configuration.write(toFile: file, atomically: true, encoding: .utf8) } catch { fail("cannot write \(file): \(error)") }
        let pid = spawn(nginx, ["-e", folder + "/nginx-error.log", "-p", folder, "-c", file], output: folder + "/nginx.out")
        LeftBehind.servers.insert(pid)
        let probe = HTTPConnection(port: port)
        for _ in 0..<200 {
            if let answer = try? probe.exchange(probe.request("GET", "/index.html")), answer.status == 200 { return (pid, port) }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(50_000)
        }
        kill(pid, SIGKILL)
        fail("nginx did not start: " + ((try? String(contentsOfFile: folder + "/nginx-error.log", encoding: .utf8)) ?? ""))
    }
}

/// What `kadai-bench web` has made that must not outlive it. Changed by the main thread only.
enum LeftBehind {
    nonisolated(unsafe) static var servers: Set<pid_t> = []
    nonisolated(unsafe) static var folder: String?
}

/// Where the measuring threads wait for one moment to start from.
final class StartGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var start: Double?

    func open() {
        condition.lock()
        start = Figures.now()
        condition.broadcast()
        condition.unlock()
    }

    /// The moment, once it is given.
    func wait() -> Double {
        condition.lock()
        defer { condition.unlock() }
        while start == nil { condition.wait() }
        return start!
    }
}
