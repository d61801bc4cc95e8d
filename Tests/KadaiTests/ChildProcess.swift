import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A running `kadai` or `kadai-bench`. Its stdout is split into lines as they arrive and its stderr
/// is collected, each on a thread of its own, so a chatty child never blocks on a full pipe and a
/// test can act on a line (`acked 120`) while the child is still writing.
final class ChildProcess: @unchecked Sendable {
    let command: String
    private let process = Process()
    private let state = State()

    /// Everything the child said and whether it is gone; shared with the reader threads and the
    /// termination handler, which must not keep the `Process` alive.
    private final class State: @unchecked Sendable {
        let condition = NSCondition()
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var lines: [String] = []
        var lineStart = 0
        var openStreams = 2
        var exited = false
        var status: Int32 = 0
        var signalled = false
    }

    /// `input`, when given, is the child's whole standard input; otherwise it reads nothing.
    init(_ executable: URL, _ arguments: [String], directory: URL? = nil, input: [UInt8]? = nil) throws {
        command = ([executable.lastPathComponent] + arguments.map(Self.quoted)).joined(separator: " ")
        process.executableURL = executable
        process.arguments = arguments
        // KADAI_STORE, KADAI_LANG or KADAI_SNAPSHOTS in the developer's shell must not steer the child.
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("KADAI_") }
        // Never the repository: a command that lost its --store would default to ./EventLog.
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let state = self.state
        process.terminationHandler = { finished in
            state.condition.lock()
            state.exited = true
            state.status = finished.terminationStatus
            state.signalled = finished.terminationReason == .uncaughtSignal
            state.condition.broadcast()
            state.condition.unlock()
        }
        try process.run()
        if let stdin, let input {
            stdin.fileHandleForWriting.write(Data(input))
            try stdin.fileHandleForWriting.close()
        }
        Self.drain(out.fileHandleForReading, into: state, isStdout: true)
        Self.drain(err.fileHandleForReading, into: state, isStdout: false)
    }

    var pid: Int32 { process.processIdentifier }

    /// The complete stdout lines so far.
    var lines: [String] {
        state.condition.lock(); defer { state.condition.unlock() }
        return state.lines
    }

    /// Whether the child has exited (its output may still be draining).
    var hasExited: Bool {
        state.condition.lock(); defer { state.condition.unlock() }
        return state.exited
    }

    /// Waits for a stdout line that satisfies `predicate`, starting at line `index`. Returns its index,
    /// or nil when the child ends its output or the time runs out first.
    func waitForLine(from index: Int = 0, timeout: TimeInterval, where predicate: (String) -> Bool) -> Int? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        state.condition.lock(); defer { state.condition.unlock() }
        var next = index
        while true {
            while next < state.lines.count {
                if predicate(state.lines[next]) { return next }
                next += 1
            }
            if state.openStreams == 0 && state.exited { return nil }
            if !state.condition.wait(until: deadline) { return nil }
        }
    }

    func send(_ signal: Int32) {
        _ = kill(process.processIdentifier, signal)
    }

    /// Waits for the child to exit and close its output. A child still running at the deadline is
    /// killed, so a hang fails the test instead of hanging the run.
    func finish(timeout: TimeInterval) -> Outcome {
        var timedOut = false
        state.condition.lock()
        let deadline = Date(timeIntervalSinceNow: timeout)
        while !(state.exited && state.openStreams == 0) {
            if !state.condition.wait(until: deadline) {
                timedOut = true
                break
            }
        }
        state.condition.unlock()
        if timedOut {
            send(SIGKILL)
            state.condition.lock()
            while !(state.exited && state.openStreams == 0) { state.condition.wait() }
            state.condition.unlock()
        }
        state.condition.lock(); defer { state.condition.unlock() }
        return Outcome(command: command, status: state.status, signalled: state.signalled, timedOut: timedOut,
                       stdout: String(decoding: state.stdout, as: UTF8.self), stdoutLines: state.lines,
                       stderr: String(decoding: state.stderr, as: UTF8.self))
    }

    private static func drain(_ handle: FileHandle, into state: State, isStdout: Bool) {
        let thread = Thread {
            let fd = handle.fileDescriptor
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                state.condition.lock()
                if isStdout {
                    state.stdout.append(contentsOf: buffer[0..<n])
                    while let newline = state.stdout[state.lineStart...].firstIndex(of: 0x0A) {
                        state.lines.append(String(decoding: state.stdout[state.lineStart..<newline], as: UTF8.self))
                        state.lineStart = newline + 1
                    }
                } else {
                    state.stderr.append(contentsOf: buffer[0..<n])
                }
                state.condition.broadcast()
                state.condition.unlock()
            }
            try? handle.close()
            state.condition.lock()
            state.openStreams -= 1
            state.condition.broadcast()
            state.condition.unlock()
        }
        thread.start()
    }

    static func quoted(_ argument: String) -> String {
        argument.isEmpty || argument.contains(where: { " '\"$\\".contains($0) }) ? "'\(argument)'" : argument
    }
}

/// How a child ended and what it said.
struct Outcome: CustomStringConvertible {
    var command: String
    /// The exit status, or the signal number when `signalled`.
    var status: Int32
    var signalled: Bool
    var timedOut: Bool
    var stdout: String
    var stdoutLines: [String]
    var stderr: String

    /// The exit status of a child that exited by itself; nil when a signal ended it.
    var exitCode: Int32? { signalled ? nil : status }

    var description: String {
        let end = timedOut ? "timed out and was killed" : signalled ? "killed by signal \(status)" : "exit \(status)"
        return "$ \(command)\n[\(end)]\n--- stdout:\n\(stdout.suffix(4000))\n--- stderr:\n\(stderr.suffix(4000))"
    }

    /// Stdout as one JSON document of type `T`.
    func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(stdout.utf8))
        } catch {
            throw UnexpectedOutput(what: "stdout is not the JSON \(T.self) expected (\(error))", outcome: self)
        }
    }
}

struct UnexpectedOutput: Error, CustomStringConvertible {
    var what: String
    var outcome: Outcome
    var description: String { "\(what)\n\(outcome)" }
}
