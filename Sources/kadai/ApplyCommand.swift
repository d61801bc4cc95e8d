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
    /// All of an apply is decided in memory and written as one batch into one segment: a bound on
    /// both. A council records a few thousand events a year, so this is years of records at once.
    static let maximumCommands = 20_000

    static func run(_ c: Context) throws -> Int32 {
        let source = c.command.positionals[0]
        let bytes = try read(source)
        var commands: [CouncilCommand] = []
        var lineNumbers: [Int] = []
        // Each line is read where it lies in the file's bytes: no second copy of the file as text,
        // and none of each line.
        try bytes.withUnsafeBytes { file in
            var start = 0, number = 0
            while start <= file.count {
                let end = file[start...].firstIndex(of: UInt8(ascii: "\n")) ?? file.count
                number += 1
                defer { start = end + 1 }
                let line = trimmed(file, start..<end)
                if line.isEmpty || file[line.lowerBound] == UInt8(ascii: "#") { continue }
                guard commands.count < maximumCommands else {
                    throw CommandError(ja: "\(source) の \(number) 行目: 1回の apply で記録できるのは \(maximumCommands) 件のコマンドまでです。ファイルを分けて実行してください（分けた一つ一つが、すべて記録されるか何も記録されないかの単位になります）。協議会の記録をまるごと移すときは 'kadai import' を使ってください。",
                                       en: "\(source) line \(number): one apply records at most \(maximumCommands) commands. Split the file (each part is then recorded whole or not at all), or move a whole history with 'kadai import'.")
                }
                do {
                    commands.append(try command(from: UnsafeRawBufferPointer(rebasing: file[line]), c))
                    lineNumbers.append(number)
                } catch let e as CommandError {
                    throw CommandError(ja: "\(source) の \(number) 行目: " + e.ja, en: "\(source) line \(number): " + e.en, exitCode: e.exitCode)
                }
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
        RecordCommand.report(outcome, c)
        c.finishWriting(store)
        return 0
    }

    /// A domain refusal in an applied file, with where it stood.
    struct LineRefusal: Error {
        var source: String
        var line: Int
        var error: DomainError
    }

    /// The file's bytes, checked to be UTF-8 in place.
    static func read(_ source: String) throws -> [UInt8] {
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
        guard isUTF8(bytes) else {
            throw CommandError(ja: "'\(source)' はUTF-8の文字として読めません。UTF-8で保存し直してください。", en: "'\(source)' is not UTF-8 text. Save it as UTF-8.")
        }
        return bytes
    }

    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Without the spaces, tabs and carriage returns around it (a file saved on Windows ends its
    /// lines with CR LF).
    static func trimmed(_ file: UnsafeRawBufferPointer, _ range: Range<Int>) -> Range<Int> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        var (lower, upper) = (range.lowerBound, range.upperBound)
        while lower < upper, blank(file[lower]) { lower += 1 }
        while upper > lower, blank(file[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// One line: `command` gives the words, `id` the positional, every other key a long option.
    static func command(from line: UnsafeRawBufferPointer, _ c: Context) throws -> CouncilCommand {
        let object: JSONObject
        do {
            guard case .object(let o) = try JSONValue.parse(line) else { throw JSONError(offset: 0, reason: .unexpectedEnd) }
            object = o
        } catch {
            throw CommandError(ja: "JSONのオブジェクトとして読めません（\(error)）。{\"command\": \"issue raise\", …} のように書いてください。",
                               en: "not a JSON object (\(error)). Write it like {\"command\": \"issue raise\", …}.")
        }
        guard case .string(let words)? = object["command"] else {
            throw CommandError(ja: "\"command\" がありません（例 \"command\": \"issue raise\"）。", en: "\"command\" is missing (e.g. \"command\": \"issue raise\").")
        }
        var arguments = words.split(separator: " ").map(String.init)
        if let spec = CommandCatalogue.program.commands.first(where: { $0.path == arguments }) {
            try ApplyKeys(spec: spec).check(object)
        }
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
