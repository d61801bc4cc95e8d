import Arguments
import Council
import CouncilService
import EventStore
import JSON

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
        let service = try c.openService()
        let recorded: Recorded
        do {
            recorded = try service.record(commands, as: c.caller)
        } catch let refusal as Refusal {
            throw LineRefusal(source: source, line: lineNumbers[refusal.index], error: refusal.error)
        }
        // Each event beside the line it came from; no ids alone at the top, which could not say whose they are.
        RecordCommand.report(recorded, c, lineOf: { recorded.commandOf.indices.contains($0) ? recorded.commandOf[$0].map { lineNumbers[$0] } : nil })
        c.finishWriting(service)
        return 0
    }

    /// A domain refusal in an applied file, with where it stood.
    struct LineRefusal: Error {
        var source: String
        var line: Int
        var error: DomainError
    }

    /// The file's bytes (standard input for `-`), checked to be UTF-8 in place.
    static func read(_ source: String) throws -> [UInt8] {
        let bytes: [UInt8]
        do { bytes = try StandardInput.read(source, atMost: 64 << 20) } catch {
            switch error {
            case .cannotOpen:
                throw CommandError(ja: "ファイル '\(source)' を開けません。名前と場所を確かめてください。", en: "Cannot open the file '\(source)'. Check its name and folder.")
            case .tooLarge:
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

    /// One line: `command` gives the words, `id` the positional, every other key a field of the
    /// command as the service declares it.
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
        // A file is attached one at a time from the command line, which reads it; never from a line of a file.
        if words.split(separator: " ").joined(separator: " ") == RecordingCommands.attachMaterial.name {
            throw CommandError(ja: "apply では会議にファイルを添付できません。'kadai meeting attach 会議ID ファイル --title 表題 --kind minutes' で1件ずつ添付してください。",
                               en: "apply does not attach files to meetings; attach each with 'kadai meeting attach MEETING FILE --title TITLE --kind minutes'.")
        }
        guard let declaration = RecordingCommands.named(words.split(separator: " ").joined(separator: " ")) else { throw notRecording(words, c) }
        try ApplyKeys(declaration: declaration).check(object)
        // Case material is kept one note at a time, by `case add` or a single command, never in a
        // file of many lines that would otherwise drop it silently.
        if declaration.takesCaseNote, object["case-note"] != nil {
            throw CommandError(ja: "apply では事例メモ（\"case-note\"）を記録できません。'kadai case add' で1件ずつ記録してください。",
                               en: "apply does not take case notes (\"case-note\"); record each with 'kadai case add'.")
        }
        var input = CommandInput(values: [:], today: .todayInJapan)
        for (key, value) in object where key != "command" {
            let values = try Self.values(of: key, value)
            if key == "id" && declaration.positional != nil {
                guard let values, values.count == 1 else { throw CommandError(ja: "\"id\" は文字列で書いてください。", en: "\"id\" must be a string.") }
                input.positional = values[0]
            } else if let values {
                input.values[key] = values
            }
        }
        do { return try declaration.decode(input) } catch { throw CommandError(error) }
    }

    /// A key's value as the field's values: a string or number is one, `true` gives a yes/no
    /// field, `false` and `null` leave it out (nil), a list gives each.
    static func values(of key: String, _ value: JSONValue) throws(CommandError) -> [String]? {
        switch value {
        case .string(let s): return [s]
        case .int(let n): return ["\(n)"]
        case .bool(true): return []
        case .bool(false), .null: return nil
        case .array(let items):
            return try items.map { item throws(CommandError) in
                switch item {
                case .string(let s): return s
                case .int(let n): return "\(n)"
                default: throw CommandError(ja: "\"\(key)\" の値は文字列の配列にしてください。", en: "\"\(key)\" must be a list of strings.")
                }
            }
        default:
            throw CommandError(ja: "\"\(key)\" の値は文字列・数・true・配列のいずれかにしてください。", en: "\"\(key)\" must be a string, number, true or a list.")
        }
    }

    /// Words that name no recording command: the parser's own refusal for words it does not know,
    /// or a plain one for a command that records nothing.
    static func notRecording(_ words: String, _ c: Context) -> CommandError {
        let path = words.split(separator: " ").map(String.init)
        if !CommandCatalogue.program.commands.contains(where: { $0.path == path }) {
            do {
                _ = try CommandCatalogue.program.parse(path, language: c.messages.language)
            } catch {
                return CommandError(ja: error.message(language: .ja), en: error.message(language: .en))
            }
        }
        return CommandError(ja: "'\(words)' は apply では使えません。記録のコマンド（issue raise、meeting record など）だけを書いてください。",
                            en: "'\(words)' cannot be applied: only recording commands (issue raise, meeting record …) can.")
    }
}
