import Council
import EventStore
import Foundation
import Testing

/// The command line as a council's staff meet it: what succeeds, what is refused and in which words,
/// and that a refused command leaves every file of the store as it was.
@Suite struct CommandLineTests {
    /// Runs a command kadai must refuse: checks the exit status, that stderr says each of `mentioning`,
    /// and that nothing under the scratch folder (store and snapshots) changed.
    @discardableResult
    static func expectRefusal(_ scratch: Scratch, _ arguments: [String], exit status: Int32, mentioning: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome {
        let before = try contents(of: scratch.root.path)
        let outcome = try ChildProcess(try Tools.kadai(), arguments).finish(timeout: Tools.timeout)
        #expect(outcome.exitCode == status, "\(outcome)", sourceLocation: sourceLocation)
        for text in mentioning {
            #expect(outcome.stderr.contains(text), "stderr should say \(text)\n\(outcome)", sourceLocation: sourceLocation)
        }
        #expect(try contents(of: scratch.root.path) == before, "a refused command changed files\n\(outcome)",
                sourceLocation: sourceLocation)
        return outcome
    }

    // MARK: init

    @Test(arguments: [("Sample City", "en"), ("サンプル市障害者自立支援協議会", "ja"), ("  余白のある協議会 ", "en")])
    func initCreatesTheStoreAndSaysWhere(council: String, lang: String) throws {
        let scratch = try Scratch("init")
        let outcome = try kadai("init", "--council", council, "--store", scratch.store, "--lang", lang)
        #expect(outcome.exitCode == 0, "\(outcome)")
        #expect(outcome.stdout.contains(scratch.store), "\(outcome)")
        let trimmed = council.trimmingCharacters(in: .whitespaces)
        #expect(outcome.stdout.contains(trimmed), "\(outcome)")

        let log = try kadai("audit", "log", "--store", scratch.store, "--json")
        let page = try log.decode(LogPage.self)
        #expect(page.events.map(\.type) == ["CouncilInitialised"] && page.events.first?.stream == "council", "\(log)")
        let firstLine = try SegmentLines(try segmentFiles(scratch.store)[0]).text(ofLine: 0)
        #expect(firstLine.contains("\"data\":{\"name\":\"\(trimmed)\",\"rules\":\(CouncilRules.current),\"on\":\""), "\(firstLine)")
    }

    @Test func initReportsTheStoreAsJSON() throws {
        let scratch = try Scratch("init-json")
        let outcome = try kadai("init", "--council", "Sample City", "--store", scratch.store, "--json")
        let reply = try outcome.decode(InitReply.self)
        #expect(reply.store == scratch.store && reply.council == "Sample City" && reply.headPosition == 1)
        #expect(try stats(scratch.store).headHash == reply.headHash)
    }

    @Test func initRecordsTheDayTheCouncilWasSetUp() throws {
        let scratch = try Scratch("init-on")
        try initStore(scratch.store, "--on", "H20.4.1")
        let segment = try String(contentsOfFile: try segmentFiles(scratch.store)[0], encoding: .utf8)
        #expect(segment.contains(#""occurredAt":"2008-04-01T00:00:00.000Z""#) && segment.contains(#""on":"2008-04-01""#), "\(segment)")
    }

    @Test(arguments: ["en", "ja"])
    func initRefusesAStoreThatExists(lang: String) throws {
        let scratch = try Scratch("init-again")
        try initStore(scratch.store)
        _ = try stats(scratch.store)
        let outcome = try Self.expectRefusal(scratch, ["init", "--council", "Another", "--store", scratch.store, "--lang", lang],
                                             exit: 1, mentioning: [scratch.store])
        #expect(outcome.stdout.isEmpty)
    }

    @Test(arguments: [["--council", ""], ["--council", "two\nlines"], ["--council", "X", "--segment-bytes", "100"],
                      ["--council", "X", "--on", "2021-02-29"], ["--council", "X", "--on", "令和2年13月1日"]])
    func initRefusesBadValuesAndCreatesNothing(_ options: [String]) throws {
        let scratch = try Scratch("init-bad")
        try Self.expectRefusal(scratch, ["init", "--store", scratch.store, "--lang", "en"] + options, exit: 2, mentioning: ["Error: "])
        #expect(!FileManager.default.fileExists(atPath: scratch.store))
    }

    // MARK: stats

    @Test func statsOfAnEmptyStoreStartsTheChainAtZeros() throws {
        let scratch = try Scratch("empty")
        try EventStore.create(at: scratch.store)
        let empty = try stats(scratch.store)
        #expect(empty.headPosition == 0 && empty.events == 0 && empty.headHash == zeroHash)
        #expect(empty.tail.state == "clean" && empty.eventsByType.isEmpty)
        #expect(try anchor(scratch.store) == "0:" + zeroHash)
    }

    // MARK: where options go

    enum Expectation: Sendable { case statsJSON, soundInEnglish, anchorJSON }

    /// Global options are accepted before, between and after command words; "S" stands for the store.
    @Test(arguments: [
        (["--store", "S", "--json", "stats"], Expectation.statsJSON),
        (["stats", "--store", "S", "--json"], .statsJSON),
        (["--json", "stats", "--store=S"], .statsJSON),
        (["--lang", "en", "audit", "--store", "S", "verify"], .soundInEnglish),
        (["audit", "verify", "--lang", "en", "--store", "S"], .soundInEnglish),
        (["--store", "S", "audit", "--json", "anchor"], .anchorJSON),
    ])
    func globalOptionsGoAnywhere(_ arguments: [String], _ expectation: Expectation) throws {
        let scratch = try Scratch("options")
        try initStore(scratch.store)
        let line = arguments.map { $0 == "S" ? scratch.store : $0.replacingOccurrences(of: "=S", with: "=" + scratch.store) }
        let outcome = try ChildProcess(try Tools.kadai(), line).finish(timeout: Tools.timeout)
        #expect(outcome.exitCode == 0, "\(outcome)")
        switch expectation {
        case .statsJSON:
            let reply = try outcome.decode(Stats.self)
            #expect(reply.store == scratch.store && reply.headPosition == 1)
        case .soundInEnglish:
            #expect(outcome.stdout.hasPrefix("The log is sound: 1 event"), "\(outcome)")
        case .anchorJSON:
            struct Anchor: Decodable { var headPosition: Int; var headHash: String }
            let reply = try outcome.decode(Anchor.self)
            #expect(reply.headPosition == 1 && reply.headHash.count == 64)
        }
    }

    // MARK: mistakes

    /// A misspelt word is refused with exit 2 and the word that was probably meant.
    @Test(arguments: [
        (["audti", "verify"], "'audit'"),
        (["audti", "verify", "--lang", "en"], "Did you mean 'audit'?"),
        (["stats", "--stor", "S", "--lang", "en"], "Did you mean '--store'?"),
        (["audit", "verfy", "--lang", "en"], "Did you mean 'verify'?"),
        (["stats", "--jsno", "--lang", "en"], "Did you mean '--json'?"),
        (["verify", "--lang", "en"], "Did you mean 'audit verify'?"),
    ])
    func aMisspellingIsRefusedWithASuggestion(_ arguments: [String], _ suggestion: String) throws {
        let scratch = try Scratch("misspelt")
        try initStore(scratch.store)
        var line = arguments.map { $0 == "S" ? scratch.store : $0 }
        if !line.contains(scratch.store) { line += ["--store", scratch.store] }
        try Self.expectRefusal(scratch, line, exit: 2, mentioning: [suggestion])
    }

    @Test(arguments: [["stats"], ["audit", "verify"], ["audit", "anchor"], ["audit", "log"], ["rebuild"]])
    func aMissingStoreIsRefusedWithHowToCreateOne(_ command: [String]) throws {
        let scratch = try Scratch("missing")
        let nowhere = scratch.path("nonexistent")
        try Self.expectRefusal(scratch, command + ["--store", nowhere, "--lang", "en"], exit: 1,
                               mentioning: ["There is no kadai store at '\(nowhere)'", "kadai init"])
        #expect(!FileManager.default.fileExists(atPath: nowhere))
    }

    @Test(arguments: ["notes.txt", ".DS_Store", "segments/notes.txt"])
    func aForeignFileInTheStoreIsNamed(_ name: String) throws {
        let scratch = try Scratch("foreign")
        try initStore(scratch.store)
        try appendEvents(scratch.store, events: 10, batch: 5)
        _ = try stats(scratch.store)
        try Data("minutes of the meeting\n".utf8).write(to: URL(fileURLWithPath: scratch.store + "/" + name))
        for command in [["stats"], ["audit", "verify"], ["audit", "log"]] {
            try Self.expectRefusal(scratch, command + ["--store", scratch.store, "--lang", "en"], exit: 1,
                                   mentioning: ["'\(scratch.store)/\(name)' does not belong to a kadai store"])
        }
    }
}
