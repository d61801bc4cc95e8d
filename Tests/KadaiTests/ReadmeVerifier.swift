import Foundation

/// The Python checker printed in EventLog/README.md, taken from the page itself each time, so the
/// page an auditor reads and the logs kadai writes are tested against each other.
struct ReadmeVerifier {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let readme = repositoryRoot.appendingPathComponent("EventLog/README.md")

    let script: URL

    /// Writes the ```python block of the README into `folder`.
    init(in folder: URL) throws {
        let page = try String(contentsOf: Self.readme, encoding: .utf8)
        guard let open = page.range(of: "```python\n"),
              let close = page.range(of: "\n```", range: open.upperBound..<page.endIndex) else {
            throw ReadmeProblem(description: "\(Self.readme.path) holds no ```python block")
        }
        script = folder.appendingPathComponent("verify_chain.py")
        try String(page[open.upperBound..<close.lowerBound]).appending("\n").write(to: script, atomically: true, encoding: .utf8)
    }

    func run(_ store: String, anchor: String? = nil) throws -> Outcome {
        let python = try Self.python()
        return try ChildProcess(python, [script.path, store] + (anchor.map { [$0] } ?? [])).finish(timeout: Tools.timeout)
    }

    static func python() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ReadmeProblem(description: "python3 is not on PATH; the README's checker needs it")
    }

    struct ReadmeProblem: Error, CustomStringConvertible {
        var description: String
    }
}
