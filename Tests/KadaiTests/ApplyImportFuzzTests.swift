import Foundation
import Hashing
import JSON
import Testing
import TestSupport

/// Fuzzing `kadai apply` and `kadai import` through the real binary (issue 5, item 4): valid apply
/// files and a valid export, mutated, run against a scratch store. Every run must end by itself
/// with 0 (the input was valid after all), 1 or 2 — never a signal, never the timeout — and a
/// refusal must say why on stderr, print nothing on stdout and leave every file as it was (for
/// import: nothing at the target, nothing beside it).
///
/// The seeds are fixed; KADAI_TEST_SEED explores others. KADAI_FUZZ_RUNS sets the number of runs
/// of each target for a long run outside CI, e.g. `KADAI_FUZZ_RUNS=3000 swift test --filter ApplyImportFuzzTests`.
@Suite(.tags(.fuzz), .notInFastSet) struct ApplyImportFuzzTests {
    static let timeout: TimeInterval = 60

    static func runs(default value: Int) -> Int {
        ProcessInfo.processInfo.environment["KADAI_FUZZ_RUNS"].flatMap { Int($0) } ?? value
    }

    /// Why an outcome is not a clean end, or nil: exit 0, 1 or 2 by itself; on refusal, words on
    /// stderr and nothing on stdout.
    static func unclean(_ outcome: Outcome) -> String? {
        if outcome.timedOut { return "it hung (killed after \(Int(timeout)) s)" }
        guard let status = outcome.exitCode else { return "it was killed by signal \(outcome.status)" }
        guard [0, 1, 2].contains(status) else { return "exit status \(status)" }
        if status != 0 {
            if outcome.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "a refusal with nothing on stderr" }
            if !outcome.stdout.isEmpty { return "a refusal that printed on stdout" }
        }
        return nil
    }

    // MARK: Byte-level mutation, shared by both targets

    static let interesting: [UInt8] = Array(#"{}[],:"\0123456789-+.eEtfn#/ "#.utf8) + [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xE3, 0xED, 0xEF, 0xF0, 0xF5, 0xFF]
    static let invalidUTF8: [[UInt8]] = [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE3, 0x81], [0xEF, 0xBB, 0xBF], [0x00]]

    static func mutateBytes(_ bytes: inout [UInt8], _ r: inout TestRandom) {
        let at = bytes.isEmpty ? 0 : r.below(bytes.count)
        func span() -> Range<Int> { at..<min(bytes.count, at + 1 + r.below(r.below(4) == 0 ? 200 : 8)) }
        switch r.below(9) {
        case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(1) << UInt8(r.below(8))
        case 1 where !bytes.isEmpty: bytes[at] = interesting[r.below(interesting.count)]
        case 2: bytes.insert(interesting[r.below(interesting.count)], at: at)
        case 3 where !bytes.isEmpty: bytes.removeSubrange(span())
        case 4: bytes.removeSubrange(at...)
        case 5 where !bytes.isEmpty: bytes.insert(contentsOf: Array(bytes[span()]), at: r.below(bytes.count + 1))
        case 6: bytes.insert(contentsOf: invalidUTF8[r.below(invalidUTF8.count)], at: at)
        case 7:
            // A digit for another: the shape holds.
            let digits = bytes.indices.filter { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
            if !digits.isEmpty { bytes[digits[r.below(digits.count)]] = UInt8(0x30 + r.below(10)) }
        default: bytes.insert(contentsOf: Array(repeating: r.below(2) == 0 ? 0x5B : 0x7B, count: 1 + r.below(5000)), at: at)
        }
    }

    // MARK: apply

    /// Lines that apply on the fuzzing store as it starts (body soudan, issue K-0001).
    static let applyLines = [
        #"{"command":"issue raise","title":"相談先が分からない","by":"soudan","on":"2020-08-06","group":["精神"]}"#,
        #"{"command":"issue analyze","id":"K-0001","factor":["地域と医療の認識の差","障害への理解"],"on":"R2.9.1"}"#,
        #"{"command":"issue plan","id":"K-0001","goal":"相談先が明確","action":["事務局|民生委員|冊子|R3.3.31|情報,開発"],"on":"2020-10-01"}"#,
        #"{"command":"meeting record","id":"soudan","on":"2020-10-10","agenda":["背景の整理"],"issue":["K-0001"]}"#,
        #"{"command":"issue act","id":"K-0001","on":"2020-12-10","summary":"冊子","function":["開発"]}"#,
        #"{"command":"member appoint","id":"soudan","member":"kikan","affiliation":"基幹相談支援センター","category":"consultationSupport","role":"secretariat","on":"2019-04-01"}"#,
        #"{"command":"body policy","id":"soudan","fy":"令和3年度","policy":"地域課題をあげる","on":"2021-04-01"}"#,
        #"{"command":"review record","id":"soudan","fy":"R2","comment":["よかった"],"function":["情報"],"next":"continue","on":"2021-03-01"}"#,
        #"{"command":"body establish","id":"kodomo","name":"こども部会","kind":"subcommittee","on":"H31.4.1"}"#,
        #"{"command":"issue close","id":"K-0001","reason":"withdrawn","on":"2021-06-01","note":"取り下げ"}"#,
        "# a comment", "",
    ]

    static let commands = ["body establish", "body rename", "body pause", "body resume", "body dissolve", "body policy", "member appoint",
                           "member retire", "meeting record", "review record", "issue raise", "issue assign", "issue transfer",
                           "issue analyze", "issue plan", "issue act", "issue evaluate", "issue close", "issue reopen", "issue carry-over",
                           "issue show", "issue list", "init", "import", "export", "apply", "audit verify", "issue", "", " issue raise",
                           "issue  raise", "ISSUE RAISE", "issue raise extra", "isue raise", "--help", "issue raise --help"]
    static let optionKeys = ["title", "by", "on", "id", "group", "factor", "goal", "action", "agenda", "issue", "summary", "function",
                             "reason", "note", "fy", "policy", "name", "kind", "member", "role", "category", "affiliation", "to", "next",
                             "comment", "outcome", "decision", "help", "store", "lang", "json", "segment-bytes", "", "-", "--", "on=2020",
                             "x y", "タイトル"]
    static let dates = ["2020-08-06", "令和2年8月6日", "R2.8.6", "H31.4.30", "令和元年4月30日", "R0.1.1", "2020-02-30", "20200806",
                        "99999999999999999999-1-1", "令和99999999999999999999年1月1日", "0000-01-01", "9999-12-31", "R2", "2020年度",
                        "昨日", "", " ", "２０２０／８／６", "2020-08-06T10:00:00Z"]

    /// A value of any kind, including ones no command takes.
    static func randomValue(_ r: inout TestRandom) -> String {
        let values = [#""""#, #""x""#, #"" ""#, #""K-0001""#, #""K-9999""#, #""soudan""#, #""kodomo""#, #""--store=/nowhere""#, #""-""#,
                      "0", "-1", "1.5", "1e300", "99999999999999999999", "9223372036854775807", "true", "false", "null", "[]", "[1]", "[[]]",
                      "[null]", #"["a",1,true]"#, "{}", #"{"a":1}"#, #""\u0000""#, #""\ud800""#, #""a|b|c|d|e|f""#, #""||||""#,
                      #""情報,開発,,""#, "\"" + String(repeating: "長", count: 20_000) + "\"",
                      "[" + Array(repeating: #""x""#, count: 500).joined(separator: ",") + "]"]
        if r.below(3) == 0 { return "\"" + dates[r.below(dates.count)] + "\"" }
        return values[r.below(values.count)]
    }

    /// One change that keeps a line JSON-shaped: a value, key or command swapped for another.
    static func mutateLine(_ line: String, _ r: inout TestRandom) -> String {
        guard case .object(let object)? = try? JSONValue.parse(line) else { return line }
        var pairs = object.map { ($0.key, $0.value.serialized()) }
        switch r.below(6) {
        case 0 where !pairs.isEmpty: pairs[r.below(pairs.count)].1 = randomValue(&r)
        case 1 where !pairs.isEmpty: pairs.remove(at: r.below(pairs.count))
        case 2: pairs.insert((optionKeys[r.below(optionKeys.count)], randomValue(&r)), at: r.below(pairs.count + 1))
        case 3: pairs.removeAll { $0.0 == "command" }; pairs.insert(("command", "\"\(commands[r.below(commands.count)])\""), at: 0)
        case 4 where !pairs.isEmpty:
            let i = r.below(pairs.count)
            pairs.insert(pairs[i], at: r.below(pairs.count + 1))  // a key twice
        default: pairs = pairs.map { $0.0 == "on" || $0.0 == "fy" ? ($0.0, "\"" + dates[r.below(dates.count)] + "\"") : $0 }
        }
        let body = pairs.map { key, value in JSONValue.string(key).serialized() + ":" + value }.joined(separator: ",")
        return "{" + body + "}"
    }

    static func applyInput(_ r: inout TestRandom) -> [UInt8] {
        var lines = (0..<(1 + r.below(6))).map { _ in applyLines[r.below(applyLines.count)] }
        for _ in 0..<r.below(3) {
            let i = r.below(lines.count)
            lines[i] = mutateLine(lines[i], &r)
        }
        if r.below(10) == 0 { lines += Array(repeating: lines[r.below(lines.count)], count: r.below(400)) }
        var bytes = Array(lines.joined(separator: r.below(6) == 0 ? "\r\n" : "\n").utf8)
        if r.below(2) == 0 { bytes.append(0x0A) }
        if r.below(3) == 0 {
            for _ in 0..<(1 + r.below(3)) { mutateBytes(&bytes, &r) }
        }
        return bytes
    }

    @Test func mutatedApplyFilesEndCleanlyAndRefusalsWriteNothing() throws {
        let seed = TestRandom.seed(default: 0x4150_504C_5900_0001)
        let count = Self.runs(default: 150)
        var r = TestRandom(seed: seed)
        let council = try CouncilStore("fuzz-apply")
        try council.ok("apply", try council.file("setup.jsonl", [Self.applyLines[8].replacingOccurrences(of: "kodomo", with: "soudan"),
                                                                   Self.applyLines[0]].joined(separator: "\n")))
        let inputs = try Scratch("fuzz-apply-inputs")
        var statuses: [Int32: Int] = [:]
        var problems = 0
        let started = Date()
        for n in 0..<count {
            let input = Self.applyInput(&r)
            let file = inputs.path("input-\(n % 2).jsonl")
            try Data(input).write(to: URL(fileURLWithPath: file))
            let before = try council.files()
            let language = r.below(2) == 0 ? "en" : "ja"
            let outcome = try ChildProcess(try Tools.kadai(), ["apply", file, "--store", council.store, "--lang", language]).finish(timeout: Self.timeout)
            statuses[outcome.exitCode ?? -1, default: 0] += 1
            var problem = Self.unclean(outcome)
            if problem == nil, outcome.exitCode != 0, try council.files() != before { problem = "a refusal changed the store's files" }
            if let problem {
                problems += 1
                let kept = inputs.path("failing-\(n).jsonl")
                try? Data(input).write(to: URL(fileURLWithPath: kept))
                if problems <= 5 {
                    Issue.record("seed \(seed) run \(n): \(problem)\ninput: \(String(decoding: input.prefix(800), as: UTF8.self).debugDescription)\n\(outcome)")
                }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let summary = statuses.sorted { $0.key < $1.key }.map { "exit \($0.key): \($0.value)" }.joined(separator: ", ")
        print("fuzz kadai apply: \(count) runs (seed \(seed)): \(summary); \(problems) problems, \(String(format: "%.1f", seconds)) s")
        #expect(statuses[0, default: 0] > 0 && statuses[2, default: 0] > 0, "seed \(seed): \(summary)")
    }

    // MARK: import

    /// Gives each line from `from` on the hash of its bytes again, linked to the line before, and
    /// the header the new head: an export a forger made consistent, which reaches the checks
    /// behind the hashes (positions, versions, batches) and sometimes imports.
    static func reseal(_ lines: inout [[UInt8]], from: Int) {
        let suffix = 75, prevLength = 74
        var previous: String? = from >= 2 ? hashHex(of: lines[from - 1]) : (from == 1 ? String(repeating: "0", count: 64) : nil)
        for i in max(from, 1)..<lines.count {
            let line = lines[i]
            guard line.count >= suffix + prevLength,
                  line[(line.count - suffix)...].starts(with: Array(#","hash":""#.utf8)),
                  line[(line.count - suffix - prevLength)...].starts(with: Array(#","prev":""#.utf8)) else { previous = nil; continue }
            if let previous {
                let at = line.count - suffix - prevLength + 9
                lines[i].replaceSubrange(at..<(at + 64), with: Array(previous.utf8))
            }
            let hash = SHA256.hash(Array(lines[i][..<(lines[i].count - suffix)])).hex
            let at = lines[i].count - suffix + 9
            lines[i].replaceSubrange(at..<(at + 64), with: Array(hash.utf8))
            previous = hash
        }
        if let head = lines.count > 1 ? hashHex(of: lines[lines.count - 1]) : nil,
           case .object(var header)? = try? JSONValue.parse(lines[0]) {
            header["headHash"] = .string(head)
            lines[0] = Array(JSONValue.object(header).serialized().utf8)
        }
    }

    static func hashHex(of line: [UInt8]) -> String? {
        guard line.count >= 67 else { return nil }
        return String(decoding: line[(line.count - 66)..<(line.count - 2)], as: UTF8.self)
    }

    static func mutateHeader(_ header: [UInt8], _ r: inout TestRandom) -> [UInt8] {
        guard case .object(var object)? = try? JSONValue.parse(header) else { return header }
        let keys = ["format", "formatVersion", "storeFormatVersion", "records", "headHash"]
        let key = keys[r.below(keys.count)]
        let values: [JSONValue?] = [nil, .null, .int(0), .int(-1), .int(1), .int(2), .int(Int64.max), .double(1.0), .string("1"),
                                    .string("kadai-eventlog"), .string(String(repeating: "0", count: 64)), .string(String(repeating: "A", count: 64)),
                                    .string(""), .array([]), .object([:]), (object[key]?.intValue).map { .int($0 &+ 1) }, (object[key]?.intValue).map { .int($0 &- 1) },
                                    (object[key]?.stringValue).map { .string($0.uppercased()) }]
        object[key] = values[r.below(values.count)]
        return Array(JSONValue.object(object).serialized().utf8)
    }

    static func importInput(_ export: [[UInt8]], _ r: inout TestRandom) -> [UInt8] {
        var lines = export
        var resealFrom: Int?
        for _ in 0..<(1 + r.below(3)) {
            switch r.below(10) {
            case 0: lines[0] = mutateHeader(lines[0], &r)
            case 1 where lines.count > 1: lines.remove(at: 1 + r.below(lines.count - 1))
            case 2: let i = r.below(lines.count); lines.insert(lines[i], at: 1 + r.below(lines.count))
            case 3 where lines.count > 2: lines.swapAt(1 + r.below(lines.count - 1), 1 + r.below(lines.count - 1))
            case 4: lines.insert(r.below(2) == 0 ? [] : Array("# comment".utf8), at: r.below(lines.count + 1))
            default:
                let i = r.below(lines.count)
                for _ in 0..<(1 + r.below(2)) { mutateBytes(&lines[i], &r) }
                if i > 0 && r.below(2) == 0 { resealFrom = min(resealFrom ?? i, i) }
            }
        }
        if let from = resealFrom { reseal(&lines, from: from) }
        var bytes = Array(lines.joined(separator: [0x0A]))
        switch r.below(6) {
        case 0: bytes = Array(bytes.prefix(r.below(bytes.count + 1)))
        case 1: bytes += Array("\r\n".utf8)
        default: bytes.append(0x0A)
        }
        return bytes
    }

    @Test func mutatedExportsEndCleanlyAndRefusalsLeaveNothingBehind() throws {
        let seed = TestRandom.seed(default: 0x494D_504F_5254_0001)
        let count = Self.runs(default: 150)
        var r = TestRandom(seed: seed)
        let council = try DocumentCommandTests.council()
        let exportFile = council.scratch.path("export.jsonl")
        try council.ok("export", "--out", exportFile)
        let export = try Data(contentsOf: URL(fileURLWithPath: exportFile)).split(separator: 0x0A).map(Array.init)
        let work = try Scratch("fuzz-import")
        var statuses: [Int32: Int] = [:]
        var problems = 0
        let started = Date()
        for n in 0..<count {
            let input = Self.importInput(export, &r)
            let file = work.path("input.jsonl")
            try Data(input).write(to: URL(fileURLWithPath: file))
            let top = work.path("target-\(n)")
            let target = r.below(2) == 0 ? top + "/nested/EventLog" : top
            var arguments = ["import", file, "--store", target, "--lang", r.below(2) == 0 ? "en" : "ja"]
            if r.below(8) == 0 {
                arguments += ["--segment-bytes", ["1", "0", "-5", "1024", "2000", "x", "99999999999999999999", "1073741824"][r.below(8)]]
            }
            let outcome = try ChildProcess(try Tools.kadai(), arguments).finish(timeout: Self.timeout)
            statuses[outcome.exitCode ?? -1, default: 0] += 1
            var problem = Self.unclean(outcome)
            if problem == nil, outcome.exitCode != 0 {
                let left = try FileManager.default.contentsOfDirectory(atPath: work.root.path).filter { $0 != "input.jsonl" && !$0.hasPrefix("failing-") }
                if !left.isEmpty { problem = "a refused import left \(left) behind" }
            }
            if problem == nil, outcome.exitCode == 0 {
                // Valid after all: then it is a sound store.
                let verified = try ChildProcess(try Tools.kadai(), ["audit", "verify", "--store", target, "--lang", "en"]).finish(timeout: Self.timeout)
                if verified.exitCode != 0 { problem = "an import succeeded but the store does not verify:\n\(verified)" }
            }
            if let problem {
                problems += 1
                try? Data(input).write(to: URL(fileURLWithPath: work.path("failing-\(n).jsonl")))
                if problems <= 5 {
                    Issue.record("seed \(seed) run \(n): \(problem)\ninput starts: \(String(decoding: input.prefix(600), as: UTF8.self).debugDescription)\n\(outcome)")
                }
            }
            try? FileManager.default.removeItem(atPath: top)
        }
        let seconds = Date().timeIntervalSince(started)
        let summary = statuses.sorted { $0.key < $1.key }.map { "exit \($0.key): \($0.value)" }.joined(separator: ", ")
        print("fuzz kadai import: \(count) runs (seed \(seed)): \(summary); \(problems) problems, \(String(format: "%.1f", seconds)) s")
        #expect(statuses[1, default: 0] > 0, "seed \(seed): \(summary)")
    }
}
