#if canImport(Glibc)
import Glibc
#endif
import Arguments
import Testing

@Suite("Parsing command lines")
struct ParsingTests {
    @Test("Global options are accepted before, between and after the command words", arguments: [
        ["--store", "X", "--json", "audit", "verify"],
        ["audit", "--store", "X", "--json", "verify"],
        ["audit", "verify", "--store", "X", "--json"],
        ["--json", "audit", "--store=X", "verify"],
        ["--store=X", "audit", "verify", "--json"],
    ])
    func globalOptionsAnywhere(_ arguments: [String]) {
        let parsed = command(arguments)
        #expect(parsed?.path == ["audit", "verify"])
        #expect(parsed?.value("store") == "X")
        #expect(parsed?.flag("json") == true)
        #expect(parsed?.positionals == [])
    }

    @Test("Global and command options read the same way, with or without dashes")
    func globalAndCommandOptionsAlike() {
        let parsed = command(["--as", "佐藤", "audit", "verify", "--anchor", "120:9f2c41"])
        #expect(parsed?.value("as") == "佐藤")
        #expect(parsed?.value("--as") == "佐藤")
        #expect(parsed?.value("anchor") == "120:9f2c41")
        #expect(parsed?.value("--anchor") == "120:9f2c41")
        #expect(parsed?.has("anchor") == true)
        #expect(parsed?.has("store") == false)
        #expect(parsed?.value("store") == nil)
        #expect(parsed?.flag("json") == false)
    }

    struct ValueCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let option: String
        let expected: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("Values are taken from '--name value' and '--name=value'", arguments: [
        ValueCase(arguments: ["init", "--council", "相談支援部会"], option: "council", expected: "相談支援部会"),
        ValueCase(arguments: ["init", "--council=相談支援部会"], option: "council", expected: "相談支援部会"),
        // Only the first '=' separates; the rest belongs to the value.
        ValueCase(arguments: ["init", "--council=a=b"], option: "council", expected: "a=b"),
        // A value may start with '-' only when joined with '='.
        ValueCase(arguments: ["audit", "log", "--limit=-5"], option: "limit", expected: "-5"),
        ValueCase(arguments: ["init", "--council=--json"], option: "council", expected: "--json"),
        // A lone '-' is an ordinary value.
        ValueCase(arguments: ["audit", "log", "--actor", "-"], option: "actor", expected: "-"),
        ValueCase(arguments: ["init", "--council", "Bus stop"], option: "council", expected: "Bus stop"),
        ValueCase(arguments: ["--lang", "ja", "stats"], option: "lang", expected: "ja"),
        ValueCase(arguments: ["stats", "--lang=en"], option: "lang", expected: "en"),
    ])
    func values(_ example: ValueCase) {
        #expect(command(example.arguments)?.value(example.option) == example.expected)
    }

    @Test("A repeatable option collects its values in the order given")
    func repeatable() {
        let parsed = command([
            "issue", "raise", "--category", "交通", "--title", "No ramp", "--category=住まい",
            "--by", "相談支援部会", "--category", "就労",
        ])
        #expect(parsed?.path == ["issue", "raise"])
        #expect(parsed?.values("category") == ["交通", "住まい", "就労"])
        #expect(parsed?.value("category") == "就労")
        #expect(parsed?.value("title") == "No ramp")
        #expect(parsed?.values("id") == [])
    }

    @Test("A repeatable option takes up to its limit, and a longer list is counted whole before it is refused")
    func repeatableUpToTheLimit() {
        let head = ["issue", "raise", "--title", "t", "--by", "b"]
        let limit = OptionSpec.maximumValues
        #expect(command(head + (1...limit).map { "--category=c\($0)" })?.values("category").count == limit)
        #expect(failure(head + ["--category", "c"] + Array(repeating: "--category=c", count: limit) + ["--id", "K-1"])
                == .tooManyValues(option: "--category", count: limit + 1, limit: limit))
    }

    /// Each value used to copy the whole list so far: 32,000 values took 13 s, 100,000 over 2 min.
    /// Timed on this thread's own processor time, which other work on a busy machine does not stretch.
    @Test("Many values of one option are read in linear time")
    func manyValuesInLinearTime() {
        let arguments = ["issue", "raise", "--title", "t", "--by", "b"] + Array(repeating: "--category=交通", count: 200_000)
        func cpuSeconds() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = cpuSeconds()
        let error = failure(arguments)
        let elapsed = cpuSeconds() - start
        #expect(error == .tooManyValues(option: "--category", count: 200_000, limit: OptionSpec.maximumValues))
        #expect(elapsed < 5, "\(elapsed) s of processor time")
    }

    struct PositionalCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let path: [String]
        let positionals: [String]
        var json = false
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("'--' ends the options: what follows is a word, however it looks", arguments: [
        PositionalCase(arguments: ["issue", "show", "K-0001"], path: ["issue", "show"], positionals: ["K-0001"]),
        PositionalCase(arguments: ["issue", "show", "--", "--json"], path: ["issue", "show"], positionals: ["--json"]),
        PositionalCase(arguments: ["issue", "show", "--json", "--", "-5"], path: ["issue", "show"],
                       positionals: ["-5"], json: true),
        PositionalCase(arguments: ["issue", "show", "--", "-h"], path: ["issue", "show"], positionals: ["-h"]),
        PositionalCase(arguments: ["issue", "show", "--", "--help"], path: ["issue", "show"], positionals: ["--help"]),
        PositionalCase(arguments: ["issue", "show", "--", "--"], path: ["issue", "show"], positionals: ["--"]),
        // Command words are still command words after '--'.
        PositionalCase(arguments: ["--", "stats"], path: ["stats"], positionals: []),
        PositionalCase(arguments: ["issue", "--", "show", "K-0001"], path: ["issue", "show"], positionals: ["K-0001"]),
        PositionalCase(arguments: ["issue", "show", "-"], path: ["issue", "show"], positionals: ["-"]),
    ])
    func positionals(_ example: PositionalCase) {
        let parsed = command(example.arguments)
        #expect(parsed?.path == example.path)
        #expect(parsed?.positionals == example.positionals)
        #expect(parsed?.flag("json") == example.json)
    }

    @Test("Optional positionals may be left out")
    func optionalPositional() {
        #expect(command(["copy", "a"], in: tool)?.positionals == ["a"])
        #expect(command(["copy", "a", "-"], in: tool)?.positionals == ["a", "-"])
        #expect(failure(["copy", "a", "b", "c"], in: tool) == .unexpectedArgument("c", command: ["tool", "copy"]))
    }

    @Test("Leaf commands without subcommands", arguments: [["init", "--council", "X"], ["stats"]])
    func leaves(_ arguments: [String]) {
        #expect(command(arguments)?.path == [arguments[0]])
    }

    struct HelpCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let path: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("--help, -h and 'help' give help for the deepest command named, whatever else is wrong", arguments: [
        HelpCase(arguments: ["--help"], path: []),
        HelpCase(arguments: ["-h"], path: []),
        HelpCase(arguments: ["help"], path: []),
        HelpCase(arguments: ["audit", "--help"], path: ["audit"]),
        HelpCase(arguments: ["audit", "verify", "-h"], path: ["audit", "verify"]),
        HelpCase(arguments: ["audit", "--help", "verify"], path: ["audit", "verify"]),
        HelpCase(arguments: ["--help", "audit", "verify"], path: ["audit", "verify"]),
        HelpCase(arguments: ["help", "audit", "verify"], path: ["audit", "verify"]),
        HelpCase(arguments: ["help", "audit"], path: ["audit"]),
        HelpCase(arguments: ["help", "--json", "issue", "raise"], path: ["issue", "raise"]),
        // Missing required options and positionals do not stand in the way.
        HelpCase(arguments: ["init", "--help"], path: ["init"]),
        HelpCase(arguments: ["issue", "show", "-h"], path: ["issue", "show"]),
        // Nor do bad values, unknown options or extra words.
        HelpCase(arguments: ["--lang", "xx", "stats", "-h"], path: ["stats"]),
        HelpCase(arguments: ["audit", "log", "--limit", "-5", "--bogus", "-h"], path: ["audit", "log"]),
        HelpCase(arguments: ["stats", "extra", "words", "--help"], path: ["stats"]),
        // A misspelt word stops the path where it is.
        HelpCase(arguments: ["audti", "verify", "--help"], path: []),
        HelpCase(arguments: ["audit", "verfy", "--help"], path: ["audit"]),
        HelpCase(arguments: ["help", "audti"], path: []),
        // An option's separate value is not read as a command word.
        HelpCase(arguments: ["--store", "audit", "--help"], path: []),
        HelpCase(arguments: ["--store=DIR", "audit", "--help"], path: ["audit"]),
    ])
    func help(_ example: HelpCase) throws {
        #expect(try kadai.parse(example.arguments) == .help(kadai.help(for: example.path)))
    }

    @Test("Help comes in the language asked for")
    func helpLanguage() throws {
        #expect(try kadai.parse(["audit", "-h"], language: .ja) == .help(kadai.help(for: ["audit"], language: .ja)))
    }

    @Test("Help words that are values are not help")
    func helpAsValue() {
        let parsed = command(["issue", "raise", "--title=--help", "--by", "B"])
        #expect(parsed?.value("title") == "--help")
    }

    struct PeekCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let expected: String?
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("peekValue finds --lang even on a line that will not parse", arguments: [
        PeekCase(arguments: ["--lang", "ja", "audti"], expected: "ja"),
        PeekCase(arguments: ["stats", "--lang=en"], expected: "en"),
        PeekCase(arguments: ["--lang=ja", "stats", "--lang", "en"], expected: "en"),
        PeekCase(arguments: ["--lang", "xx"], expected: "xx"),
        PeekCase(arguments: ["--lang"], expected: nil),
        PeekCase(arguments: ["--lang", "--json"], expected: nil),
        PeekCase(arguments: ["issue", "show", "--", "--lang", "ja"], expected: nil),
        PeekCase(arguments: [], expected: nil),
    ])
    func peek(_ example: PeekCase) {
        #expect(kadai.peekValue("lang", in: example.arguments) == example.expected)
        #expect(kadai.peekValue("--lang", in: example.arguments) == example.expected)
    }
}
