import Arguments
import Council
import EventStore
import JSON

#if canImport(Glibc)
import Glibc
#endif

/// `kadai apply FILE|-`: many recording commands, one JSON object a line, checked whole and then
/// written as one batch (one flush), all or nothing. A refusal names its line.
enum ApplyCommand {
    static func run(_ c: Context) throws -> Int32 {
        let source = c.command.positionals[0]
        let text = try read(source)
        var commands: [CouncilCommand] = []
        var lineNumbers: [Int] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do {
                commands.append(try command(from: trimmed, c))
                lineNumbers.append(n + 1)
            } catch let e as CommandError {
                throw CommandError(ja: "\(source) の \(n + 1) 行目: " + e.ja, en: "\(source) line \(n + 1): " + e.en, exitCode: e.exitCode)
            }
        }
        guard !commands.isEmpty else {
            throw CommandError(ja: "\(source) にコマンドがありません。1行に1つ、JSONで書いてください。", en: "\(source) holds no commands. Write one JSON object a line.")
        }
        let store = try c.openStore()
        let outcome: CouncilWriter.Outcome
        do {
            outcome = try CouncilWriter(store: store, caller: c.caller).execute(commands)
        } catch let refusal as CouncilWriter.Refusal {
            throw LineRefusal(source: source, line: lineNumbers[refusal.index], error: refusal.error)
        }
        try store.saveIndexIfWorthwhile()
        try store.close()
        RecordCommand.report(outcome, c)
        return 0
    }

    /// A domain refusal in an applied file, with where it stood.
    struct LineRefusal: Error {
        var source: String
        var line: Int
        var error: DomainError
    }

    static func read(_ source: String) throws -> String {
        var bytes: [UInt8] = []
        let fd = source == "-" ? 0 : open(source, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CommandError(ja: "ファイル '\(source)' を開けません。名前と場所を確かめてください。", en: "Cannot open the file '\(source)'. Check its name and folder.")
        }
        defer { if fd != 0 { close(fd) } }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = Glibc.read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            bytes += chunk[..<n]
            if bytes.count > 64 << 20 {
                throw CommandError(ja: "'\(source)' が大きすぎます（64MBまで）。分けて実行してください。", en: "'\(source)' is too large (64 MB at most). Split it.")
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandError(ja: "'\(source)' はUTF-8の文字として読めません。UTF-8で保存し直してください。", en: "'\(source)' is not UTF-8 text. Save it as UTF-8.")
        }
        return text
    }

    /// One line: `command` gives the words, `id` the positional, every other key a long option.
    static func command(from line: Substring, _ c: Context) throws -> CouncilCommand {
        let object: JSONObject
        do {
            guard case .object(let o) = try JSONValue.parse(String(line)) else { throw JSONError(offset: 0, reason: .unexpectedEnd) }
            object = o
        } catch {
            throw CommandError(ja: "JSONのオブジェクトとして読めません（\(error)）。{\"command\": \"issue raise\", …} のように書いてください。",
                               en: "not a JSON object (\(error)). Write it like {\"command\": \"issue raise\", …}.")
        }
        guard case .string(let words)? = object["command"] else {
            throw CommandError(ja: "\"command\" がありません（例 \"command\": \"issue raise\"）。", en: "\"command\" is missing (e.g. \"command\": \"issue raise\").")
        }
        var arguments = words.split(separator: " ").map(String.init)
        if let id = object["id"], !words.hasPrefix("issue raise") {
            guard case .string(let s) = id else { throw CommandError(ja: "\"id\" は文字列で書いてください。", en: "\"id\" must be a string.") }
            arguments.append(s)
        }
        for (key, value) in object where key != "command" && !(key == "id" && !words.hasPrefix("issue raise")) {
            switch value {
            case .string(let s): arguments += ["--\(key)=\(s)"]
            case .int(let n): arguments += ["--\(key)=\(n)"]
            case .bool(true): arguments.append("--\(key)")
            case .bool(false), .null: break
            case .array(let items):
                for item in items {
                    switch item {
                    case .string(let s): arguments += ["--\(key)=\(s)"]
                    case .int(let n): arguments += ["--\(key)=\(n)"]
                    default: throw CommandError(ja: "\"\(key)\" の値は文字列の配列にしてください。", en: "\"\(key)\" must be a list of strings.")
                    }
                }
            default:
                throw CommandError(ja: "\"\(key)\" の値は文字列・数・true・配列のいずれかにしてください。", en: "\"\(key)\" must be a string, number, true or a list.")
            }
        }
        let parsed: ParsedCommand
        do {
            guard case .command(let p) = try CommandCatalogue.program.parse(arguments, language: c.messages.language) else {
                throw CommandError(ja: "'\(words)' は記録のコマンドではありません。", en: "'\(words)' does not record anything.")
            }
            parsed = p
        } catch let e as ArgumentError {
            throw CommandError(ja: e.message(language: .ja), en: e.message(language: .en))
        }
        guard recording.contains(parsed.path.joined(separator: " ")) else {
            throw CommandError(ja: "'\(words)' は apply では使えません。記録のコマンド（issue raise、meeting record など）だけを書いてください。",
                               en: "'\(words)' cannot be applied: only recording commands (issue raise, meeting record …) can.")
        }
        // Case material is kept one note at a time, by `case add` or a single command, never in a
        // file of many lines that would otherwise drop it silently.
        if RecordCommand.takesCaseNote.contains(parsed.path), parsed.value("case-note") != nil {
            throw CommandError(ja: "apply では事例メモ（\"case-note\"）を記録できません。'kadai case add' で1件ずつ記録してください。",
                               en: "apply does not take case notes (\"case-note\"); record each with 'kadai case add'.")
        }
        return try CommandBuilder(command: parsed, today: .todayInJapan).build()
    }

    static let recording: Set<String> = [
        "body establish", "body rename", "body pause", "body resume", "body dissolve", "body policy", "member appoint", "member retire",
        "meeting record", "review record", "issue raise", "issue assign", "issue transfer", "issue analyze", "issue plan", "issue act",
        "issue evaluate", "issue close", "issue reopen", "issue carry-over", "actor link", "actor unlink",
    ]
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
