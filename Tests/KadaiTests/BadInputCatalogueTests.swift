import EventStore
import Foundation
import Testing
import TestSupport

/// The catalogue of bad input (issue 5, item 5): `Fixtures/bad-input.tsv` lists every refused input
/// with the message it gets, as data a reviewer can read. Each row runs against a fresh scratch
/// folder and must exit as the row says, print nothing on stdout, say the message on stderr (in
/// English, and in Japanese where the row gives a part of it) and leave every file byte-identical.
@Suite(.tags(.slow), .notInFastSet) struct BadInputCatalogueTests {
    /// Found beside this source file: the table is not a bundled resource (Package.swift declares none
    /// for KadaiTests), the way ReadmeVerifier finds EventLog/README.md.
    static let table = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/bad-input.tsv")
    static let columns = ["id", "what", "setup", "arguments", "file", "exit", "message", "ja"]

    struct Row: Sendable, CustomTestStringConvertible {
        var line: Int
        var id: String
        var what: String
        var setup: String
        var arguments: [String]
        var file: String
        /// nil for rows run through the EventStore library ("-").
        var exit: Int32?
        var message: String
        var ja: String
        var testDescription: String { id }
        var throughTheLibrary: Bool { setup == "store-api" }
    }

    struct TableProblem: Error, CustomStringConvertible {
        var description: String
        init(_ line: Int, _ what: String) { description = "bad-input.tsv line \(line): \(what)" }
        init(_ what: String) { description = what }
    }

    static func rows() throws -> [Row] {
        let text = try String(contentsOf: table, encoding: .utf8)
        var rows: [Row] = []
        var sawHeader = false
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == columns.count else { throw TableProblem(n + 1, "\(cells.count) cells, not \(columns.count)") }
            guard sawHeader else {
                guard cells == columns else { throw TableProblem(n + 1, "the header should read \(columns.joined(separator: " "))") }
                sawHeader = true
                continue
            }
            guard let arguments = try? JSONDecoder().decode([String].self, from: Data(cells[3].utf8)) else {
                throw TableProblem(n + 1, "arguments are not a JSON array of strings")
            }
            let exit = cells[5] == "-" ? nil : Int32(cells[5])
            guard exit != nil || cells[5] == "-" else { throw TableProblem(n + 1, "exit '\(cells[5])' is not a number or -") }
            rows.append(Row(line: n + 1, id: cells[0], what: cells[1], setup: cells[2], arguments: arguments, file: cells[4],
                            exit: exit, message: cells[6], ja: cells[7]))
        }
        return rows
    }

    @Test func theTableHoldsAtLeastFortyRowsWithUniqueIds() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 40)
        let repeated = Dictionary(grouping: rows, by: \.id).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "ids used more than once: \(repeated)")
        // Only the retried key, which is no refusal, may go without a message.
        #expect(rows.filter { $0.message.isEmpty }.map(\.id) == ["repeated-idempotency-key"])
        // Every library row has its scenario below, and every scenario its row.
        #expect(Set(rows.filter(\.throughTheLibrary).map(\.id)) == Set(Self.storeLevel.keys))
    }

    // MARK: Through the command line

    @Test(arguments: try rows().filter { !$0.throughTheLibrary })
    func aRefusedInputIsNamedAndNothingIsWritten(_ row: Row) throws {
        let scratch = try Self.prepare(row.setup, line: row.line)
        if !row.file.isEmpty {
            try Data(try Self.expand(row.file, scratch, line: row.line)).write(to: URL(fileURLWithPath: scratch.path("input.txt")))
            // Private, as a password file must be (`account add --password-file`); the others read it the same.
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: scratch.path("input.txt"))
        }
        var arguments = try row.arguments.map { try Self.text($0, scratch, line: row.line) }
        if !arguments.contains("--store") { arguments += ["--store", scratch.store] }
        let before = try contents(of: scratch.root.path)
        // A row that gives --lang runs once as written; the others in English, then in Japanese on the
        // same folder, which the English run must have left as it was.
        var runs = [(arguments, row.message)]
        if !arguments.contains("--lang") {
            runs = [(arguments + ["--lang", "en"], row.message)] + (row.ja.isEmpty ? [] : [(arguments + ["--lang", "ja"], row.ja)])
        }
        for (line, expected) in runs {
            let outcome = try ChildProcess(try Tools.kadai(), line).finish(timeout: Tools.timeout)
            let what = "\(row.id) (line \(row.line): \(row.what))\n\(outcome)"
            #expect(outcome.exitCode == row.exit, "\(what)")
            #expect(outcome.stdout.isEmpty, "a refusal printed on stdout: \(what)")
            #expect(try Self.holds(outcome.stderr, expected, scratch, line: row.line), "stderr should say: \(expected)\n\(what)")
            #expect(try contents(of: scratch.root.path) == before, "a refused command changed files: \(what)")
        }
    }

    /// A fresh scratch folder in the row's starting situation (the setups the table's head describes).
    static func prepare(_ setup: String, line: Int) throws -> Scratch {
        if setup == "nothing" { return try Scratch("catalogue") }
        if let accounts = try AccountCommandTests.catalogueSetup(setup) { return accounts }
        if let roles = try RolesCommandTests.catalogueSetup(setup) { return roles }
        if let crafted = try ImportRulesTests.catalogueSetup(setup) { return crafted }
        if let work = try WorkItemTableTests.catalogueSetup(setup) { return work }
        let council = try CouncilRefusalTests.council()
        let store = council.store
        switch setup {
        case "council", "store-api":
            break
        case "council+notes":
            try Data("minutes of the meeting\n".utf8).write(to: URL(fileURLWithPath: store + "/notes.txt"))
        case "council+format-2":
            try replace(#""formatVersion":1"#, with: #""formatVersion":2"#, in: store + "/store.json")
        case "council+cut-manifest":
            try truncateFile(store + "/store.json", to: 20)
        case "council+altered-line":
            try replace("相談先が分からない", with: "相談先が分かる", in: try segmentFiles(store)[0])
        case "council+export", "council+altered-export":
            let export = council.scratch.path("export.jsonl")
            try council.ok("export", "--out", export)
            if setup == "council+altered-export" { try replace("相談先が分からない", with: "相談先が分かる", in: export) }
        case "council+site+files", "council+site+edited", "council+site+unlisted":
            try SiteFolderTests.prepare(setup, council)
        case "council+same-length-edit":
            try replace("相談先が分からない", with: "相談先が分かってる", in: try segmentFiles(store)[0])
        case "council+cut-batch":
            let segment = try segmentFiles(store)[0]
            try truncateFile(segment, to: try FileManager.default.attributesOfItem(atPath: segment)[.size] as! Int - 40)
        case "council+no-segments":
            for segment in try segmentFiles(store) { try FileManager.default.removeItem(atPath: segment) }
        case "council+loose-vault":
            try council.ok("case", "add", "K-0001", "--note", "相談者の事情")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store + "/vault")
        case "council+crafted-type":
            try ExportFilesTests.retype(lastRecordOf: store, to: "../../../../PWNED")
            _ = try council.run("stats")
        default:
            throw TableProblem(line, "no setup '\(setup)'")
        }
        return council.scratch
    }

    /// Replaces the one occurrence of `old` in a file; a setup that found nothing to damage would test nothing.
    static func replace(_ old: String, with new: String, in path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let pieces = text.components(separatedBy: old)
        guard pieces.count == 2 else { throw TableProblem("'\(old)' occurs \(pieces.count - 1) times in \(path), not once") }
        try pieces.joined(separator: new).write(toFile: path, atomically: false, encoding: .utf8)
    }

    // MARK: Escapes

    /// A cell with its `${…}` escapes replaced, as bytes: a file may hold bytes that are not UTF-8.
    static func expand(_ cell: String, _ scratch: Scratch, line: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var rest = cell[...]
        while let open = rest.range(of: "${") {
            bytes += Array(rest[..<open.lowerBound].utf8)
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { throw TableProblem(line, "'${' without '}'") }
            bytes += try value(of: String(rest[open.upperBound..<close]), scratch, line: line)
            rest = rest[rest.index(after: close)...]
        }
        return bytes + Array(rest.utf8)
    }

    static func value(of name: String, _ scratch: Scratch, line: Int) throws -> [UInt8] {
        switch name {
        case "scratch": return Array(scratch.root.path.utf8)
        case "store": return Array(scratch.store.utf8)
        case "file": return Array(scratch.path("input.txt").utf8)
        case "account": return Array(NSUserName().utf8)
        case "LF": return [0x0A]
        case "TAB": return [0x09]
        case "ESC": return [0x1B]
        case "NUL": return [0x00]
        default:
            if name.count == 3, name.hasPrefix("x"), let byte = UInt8(name.dropFirst(), radix: 16) { return [byte] }
            if let star = name.lastIndex(of: "*"), star > name.startIndex, let count = Int(name[name.index(after: star)...]) {
                let unit = String(name[..<star])
                return Array(String(repeating: scalar(unit).map(String.init) ?? unit, count: count).utf8)
            }
            if let scalar = scalar(name) { return Array(String(scalar).utf8) }
            throw TableProblem(line, "no escape '${\(name)}'")
        }
    }

    /// `U+0301`: that scalar, written so, since a combining mark typed after `${` would join the `{`.
    static func scalar(_ name: String) -> Unicode.Scalar? {
        guard name.hasPrefix("U+"), let value = UInt32(name.dropFirst(2), radix: 16) else { return nil }
        return Unicode.Scalar(value)
    }

    /// An argument, message or Japanese part: text, so no escape may make it invalid UTF-8.
    static func text(_ cell: String, _ scratch: Scratch, line: Int) throws -> String {
        guard let text = String(validating: try expand(cell, scratch, line: line), as: UTF8.self) else {
            throw TableProblem(line, "'\(cell)' is not UTF-8 once expanded; raw bytes belong in the file column")
        }
        return text
    }

    /// Whether `stderr` holds `expected`, whose `${*}` stand for any text, its pieces in order.
    static func holds(_ stderr: String, _ expected: String, _ scratch: Scratch, line: Int) throws -> Bool {
        var rest = stderr[...]
        for piece in expected.components(separatedBy: "${*}") where !piece.isEmpty {
            guard let found = rest.range(of: try text(piece, scratch, line: line)) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    // MARK: Through the EventStore library

    /// What the command line cannot reach: kadai passes no idempotency key, and it retries a version
    /// conflict from a fresh read, so these run on the council's store through the library itself.
    struct StoreScenario: Sendable {
        /// Done before the files are compared (the first of two appends, say).
        var first: @Sendable (EventStore) throws -> Void = { _ in }
        /// The refused (or repeated) append; returns what the store said.
        var attempt: @Sendable (EventStore) throws -> String
    }

    static func probe(_ stream: String) -> ProposedEvent {
        ProposedEvent(stream: stream, type: "RetryProbe", occurredAt: Timestamp(year: 2020, month: 6, day: 10)!, data: [:])
    }

    static let retryKey = "meeting-soudan-2020-06-10"

    static let storeLevel: [String: StoreScenario] = [
        "version-conflict": StoreScenario(attempt: { store in
            // K-0001 was raised and planned: version 2. A writer that read it at version 1 is too late.
            do {
                try store.append(to: "issue-K-0001", expected: .exact(1), [probe("issue-K-0001")], actor: "secretariat")
                return "appended"
            } catch {
                return String(describing: error)
            }
        }),
        "repeated-idempotency-key": StoreScenario(
            first: { store in try store.append([probe("retry")], actor: "secretariat", idempotencyKey: retryKey) },
            attempt: { store in
                let again = try store.append([probe("retry")], actor: "secretariat", idempotencyKey: retryKey)
                #expect(again.wasAlreadyWritten && again.positions == store.positions(forKey: retryKey), "\(again)")
                #expect(again.positions.upperBound == store.headPosition, "the retry added nothing after the original")
                return ""
            }),
        "idempotency-key-line-break": StoreScenario(attempt: { store in
            do {
                try store.append([probe("retry")], actor: "secretariat", idempotencyKey: "meeting\nsoudan")
                return "appended"
            } catch {
                return String(describing: error)
            }
        }),
    ]

    @Test(arguments: try rows().filter(\.throughTheLibrary))
    func aRefusalOnlyTheLibraryCanReach(_ row: Row) throws {
        let scenario = try #require(Self.storeLevel[row.id], "no scenario for \(row.id) in storeLevel")
        let scratch = try Self.prepare(row.setup, line: row.line)
        do {
            let store = try EventStore.open(at: scratch.store)
            try scenario.first(store)
            try store.close()
        }
        let before = try contents(of: scratch.root.path)
        let store = try EventStore.open(at: scratch.store)
        let said = try scenario.attempt(store)
        try store.close()
        #expect(try Self.holds(said, row.message, scratch, line: row.line), "\(row.id): the store said: \(said)")
        #expect(try contents(of: scratch.root.path) == before, "\(row.id): files changed")
    }
}
