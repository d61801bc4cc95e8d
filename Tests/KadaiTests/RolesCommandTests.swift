import Foundation
import Testing

/// `kadai init --enforce-roles --admin ID`: every write names its actor with `--as`, and the
/// actor must hold a seat that allows it; a refusal names the actor and the rule and writes nothing.
@Suite struct RolesCommandTests {
    /// An enforcing council: admin set it up; minami sits on soudan, kikan on the steering meeting.
    static func council() throws -> Scratch {
        let scratch = try Scratch("roles")
        try initStore(scratch.store, council: "サンプル市障害者自立支援協議会", "--enforce-roles", "--admin", "city-admin")
        let lines = [
            #"{"command":"body establish","id":"soudan","name":"相談支援部会","kind":"subcommittee","on":"2020-04-01"}"#,
            #"{"command":"body establish","id":"unei","name":"運営会議","kind":"steering","on":"2020-04-01"}"#,
            #"{"command":"member appoint","id":"soudan","member":"minami","affiliation":"相談支援センターみなみ","category":"consultationSupport","on":"2020-04-01"}"#,
            #"{"command":"member appoint","id":"unei","member":"kikan","affiliation":"基幹相談支援センター","category":"consultationSupport","on":"2020-04-01"}"#,
        ]
        let file = scratch.path("setup.jsonl")
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let applied = try kadai(["apply", file, "--store", scratch.store, "--as", "city-admin"])
        guard applied.exitCode == 0 else { throw UnexpectedOutput(what: "setup failed", outcome: applied) }
        return scratch
    }

    static func kadai(_ arguments: [String]) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), arguments + ["--lang", "en"]).finish(timeout: Tools.timeout)
    }

    @Test(arguments: [
        (["issue", "raise", "--title", "t", "--by", "soudan", "--as", "stranger"], ["'stranger' holds no seat", "--as"]),
        (["issue", "raise", "--title", "t", "--by", "soudan"], ["'secretariat' holds no seat"]),
        (["body", "establish", "x", "--name", "X", "--kind", "subcommittee", "--as", "minami"], ["'minami' may not record this", "administrator and the secretariat"]),
        (["issue", "raise", "--title", "t", "--by", "unei", "--as", "minami"], ["'minami' may not record this", "members of 'unei'"]),
        (["meeting", "record", "unei", "--on", "2020-05-01", "--agenda", "a", "--as", "minami"], ["'minami' may not record this", "'unei'"]),
    ])
    func aWriteByTheWrongActorIsRefusedByNameAndWritesNothing(_ arguments: [String], _ mentioning: [String]) throws {
        let scratch = try Self.council()
        let before = try contents(of: scratch.root.path)
        let refused = try Self.kadai(arguments + ["--store", scratch.store])
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.stdout.isEmpty)
        for text in mentioning { #expect(refused.stderr.contains(text), "\(text) in \(refused.stderr)") }
        #expect(try contents(of: scratch.root.path) == before)
    }

    @Test func eachActorRecordsWithinTheirRole() throws {
        let scratch = try Self.council()
        let store = ["--store", scratch.store]
        let raised = try Self.kadai(["issue", "raise", "--title", "相談先が分からない", "--by", "soudan", "--on", "2020-05-01", "--as", "minami"] + store)
        #expect(raised.exitCode == 0 && raised.stdout.hasPrefix("K-0001"), "\(raised)")
        let plan = try Self.kadai(["issue", "plan", "K-0001", "--goal", "g", "--action", "a|b|c", "--on", "2020-06-01", "--as", "minami"] + store)
        #expect(plan.exitCode == 0, "\(plan)")
        let transfer = try Self.kadai(["issue", "transfer", "K-0001", "--to", "unei", "--on", "2020-07-01", "--as", "kikan"] + store)
        #expect(transfer.exitCode == 0, "\(transfer)")
        // Now with the steering meeting, the issue is no longer minami's to work on.
        let after = try Self.kadai(["issue", "act", "K-0001", "--on", "2020-08-01", "--summary", "s", "--as", "minami"] + store)
        #expect(after.exitCode == 1 && after.stderr.contains("members of 'unei'"), "\(after)")
        let log = try Self.kadai(["audit", "log", "--json"] + store)
        #expect(log.stdout.contains(#""actor":"minami""#) && log.stdout.contains(#""actor":"kikan""#))
    }

    @Test func anApplyFileIsRefusedAtTheLineAnActorMayNotRecord() throws {
        let scratch = try Self.council()
        let file = scratch.path("work.jsonl")
        try [#"{"command":"issue raise","title":"一","by":"soudan","on":"2020-05-01"}"#,
             #"{"command":"issue raise","title":"二","by":"unei","on":"2020-05-01"}"#].joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let before = try contents(of: scratch.root.path)
        let refused = try Self.kadai(["apply", file, "--store", scratch.store, "--as", "minami"])
        #expect(refused.exitCode == 1 && refused.stderr.contains("line 2") && refused.stderr.contains("'minami' may not record this"), "\(refused)")
        #expect(try contents(of: scratch.root.path) == before, "the first line, allowed, was not written either")
    }

    @Test func withoutEnforcedRolesAnyActorIsRecordedAsGiven() throws {
        let scratch = try Scratch("open")
        try initStore(scratch.store, council: "X")
        let made = try Self.kadai(["body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--store", scratch.store, "--as", "whoever"])
        #expect(made.exitCode == 0)
        #expect(try Self.kadai(["audit", "log", "--json", "--store", scratch.store]).stdout.contains(#""actor":"whoever""#))
        let noFlag = try Self.kadai(["init", "--council", "Y", "--admin", "a", "--store", scratch.path("y")])
        #expect(noFlag.exitCode == 2 && noFlag.stderr.contains("--enforce-roles"), "\(noFlag)")
        let noAdmin = try Self.kadai(["init", "--council", "Y", "--enforce-roles", "--store", scratch.path("z")])
        #expect(noAdmin.exitCode == 1 && noAdmin.stderr.contains("--admin"), "\(noAdmin)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("y")) && !FileManager.default.fileExists(atPath: scratch.path("z")))
    }
}
