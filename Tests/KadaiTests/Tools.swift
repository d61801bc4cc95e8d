import Foundation

/// The two executables under test, found beside the running test binary (SwiftPM puts every product
/// of a build in one folder) or in KADAI_BIN_DIR.
enum Tools {
    static let timeout: TimeInterval = 120

    static func folder() -> URL {
        if let override = ProcessInfo.processInfo.environment["KADAI_BIN_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent()
    }

    /// The executable `name`, once both are known to be there: a half-built folder fails every test
    /// with the same plain message instead of some with obscure ones.
    static func executable(_ name: String) throws -> URL {
        let folder = folder()
        let missing = ["kadai", "kadai-bench"].filter { !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent($0).path) }
        guard missing.isEmpty else { throw MissingTool(names: missing, folder: folder.path) }
        return folder.appendingPathComponent(name)
    }

    static func kadai() throws -> URL { try executable("kadai") }
    static func bench() throws -> URL { try executable("kadai-bench") }

    struct MissingTool: Error, CustomStringConvertible {
        var names: [String]
        var folder: String
        var description: String {
            "\(names.joined(separator: " and ")) not found in '\(folder)'. Build the products first (swift build --build-tests), "
                + "or set KADAI_BIN_DIR to the folder that holds kadai and kadai-bench."
        }
    }
}

/// Runs `kadai` with these arguments to the end.
@discardableResult
func kadai(_ arguments: String..., in directory: URL? = nil, timeout: TimeInterval = Tools.timeout) throws -> Outcome {
    try ChildProcess(try Tools.kadai(), arguments, directory: directory).finish(timeout: timeout)
}

/// Runs `kadai-bench` with these arguments to the end.
@discardableResult
func bench(_ arguments: String..., timeout: TimeInterval = Tools.timeout) throws -> Outcome {
    try ChildProcess(try Tools.bench(), arguments).finish(timeout: timeout)
}

/// Runs `kadai-bench append` and requires it to succeed; the store is created when missing.
func appendEvents(_ store: String, events: Int, batch: Int, seed: Int = 42) throws {
    let outcome = try bench("append", "--store", store, "--events", "\(events)", "--batch", "\(batch)", "--seed", "\(seed)")
    guard outcome.exitCode == 0 else { throw UnexpectedOutput(what: "kadai-bench append failed", outcome: outcome) }
}

/// Runs `kadai init` and requires it to succeed.
func initStore(_ store: String, council: String = "Sample City", _ extra: String...) throws {
    let outcome = try ChildProcess(try Tools.kadai(), ["init", "--council", council, "--store", store] + extra).finish(timeout: Tools.timeout)
    guard outcome.exitCode == 0 else { throw UnexpectedOutput(what: "kadai init failed", outcome: outcome) }
}

/// `kadai stats --json`, required to succeed.
func stats(_ store: String) throws -> Stats {
    let outcome = try kadai("stats", "--store", store, "--json")
    guard outcome.exitCode == 0 else { throw UnexpectedOutput(what: "kadai stats failed", outcome: outcome) }
    return try outcome.decode()
}

/// The first line of `kadai audit anchor`: POSITION:HASH.
func anchor(_ store: String) throws -> String {
    let outcome = try kadai("audit", "anchor", "--store", store, "--lang", "en")
    guard outcome.exitCode == 0, let first = outcome.stdoutLines.first else {
        throw UnexpectedOutput(what: "kadai audit anchor failed", outcome: outcome)
    }
    return first
}
