import Foundation
import Testing

/// The command-line front takes the C library and Foundation in only where the process meets the
/// system — `Kadai.swift` (main and exit) and `Sources/kadai/Process/` (output, environment,
/// standard input, the account) — so every other file of it parses, calls the service and prints
/// (issue 12). Read from the source tree, as the bad-input catalogue is.
@Suite struct ProcessEntryTests {
    static let front = ReadmeVerifier.repositoryRoot.appendingPathComponent("Sources/kadai")
    static let systemModules: Set<String> = ["Glibc", "Foundation"]

    /// Every Swift file of the front, by its path under `Sources/kadai/`.
    static func sources() -> [String] {
        let root = front.standardizedFileURL.path + "/"
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted()
    }

    static func mayUseTheSystem(_ path: String) -> Bool {
        path == "Kadai.swift" || path.hasPrefix("Process/")
    }

    /// The system modules a file imports: `import Glibc`, `@preconcurrency import Foundation`,
    /// `import struct Foundation.URL` and the like.
    static func systemImports(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let words = line.split(whereSeparator: \.isWhitespace).drop { $0.hasPrefix("@") }
            guard words.first == "import", let named = words.dropFirst().last else { return nil }
            let module = String(named.split(separator: ".").first ?? named)
            return systemModules.contains(module) || module.hasPrefix("Foundation") ? module : nil
        }
    }

    @Test func onlyTheProcessEntryImportsGlibcOrFoundation() throws {
        let sources = Self.sources()
        #expect(sources.contains("Kadai.swift") && sources.contains("ApplyCommand.swift"), "the front's sources were not found under \(Self.front.path)")
        var offenders: [String] = []
        for path in sources where !Self.mayUseTheSystem(path) {
            let text = try String(contentsOf: Self.front.appendingPathComponent(path), encoding: .utf8)
            let modules = Self.systemImports(text)
            if !modules.isEmpty { offenders.append("Sources/kadai/\(path) imports \(modules.joined(separator: ", "))") }
        }
        #expect(offenders.isEmpty, "only Kadai.swift and Sources/kadai/Process/ may import Glibc or Foundation: \(offenders.joined(separator: "; "))")
    }

    @Test func theScanSeesEveryWayOfImporting() throws {
        #expect(Self.systemImports(try String(contentsOf: Self.front.appendingPathComponent("Kadai.swift"), encoding: .utf8)) == ["Glibc"])
        #expect(Self.systemImports("#if canImport(Glibc)\n  import Glibc\n#endif") == ["Glibc"])
        #expect(Self.systemImports("@preconcurrency import Foundation\nimport struct Foundation.URL\nimport FoundationEssentials") == ["Foundation", "Foundation", "FoundationEssentials"])
        #expect(Self.systemImports("import FileSystem\nimport Council\n// import Glibc\nlet s = \"import Glibc\"").isEmpty)
    }
}
