import Foundation
import Testing

/// `kadai init --enforce-roles --admin ID`: the account running the tests made the store, so it is
/// the administrator's and may name each actor with `--as`; the actor must hold a seat that allows
/// it on the day of recording; a refusal names the actor and the rule and writes nothing. Other
/// accounts are in `IdentityCommandTests`.
@Suite struct RolesCommandTests {
    /// An enforcing council: city-admin set it up; minami sits on soudan, kikan on the steering meeting.
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

    /// The bad-input catalogue's setups of a store with roles (see its head); nil for the others.
    static func catalogueSetup(_ setup: String) throws -> Scratch? {
        guard setup.hasPrefix("roles") else { return nil }
        let scratch = try council()
        let store = ["--store", scratch.store]
        var steps = [["member", "appoint", "soudan", "--member", "mirai", "--affiliation", "未来の事業所", "--category", "consultationSupport", "--on", "2099-01-01"]]
        switch setup {
        case "roles": break
        case "roles+member": steps += [["actor", "link", "kanri", "--actor", "city-admin"], ["actor", "link", NSUserName(), "--actor", "minami"]]
        case "roles+unlinked": steps += [["actor", "link", "kanri", "--actor", "city-admin"], ["actor", "unlink", NSUserName()]]
        default: return nil
        }
        for step in steps + [["issue", "list"]] {
            let done = try kadai(step + store)
            guard done.exitCode == 0 else { throw UnexpectedOutput(what: "catalogue setup \(setup) failed", outcome: done) }
        }
        return scratch
    }

    static func kadai(_ arguments: [String]) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), arguments + ["--lang", "en"]).finish(timeout: Tools.timeout)
    }

    @Test(arguments: [
        (["issue", "raise", "--title", "t", "--by", "soudan", "--as", "stranger"], ["'stranger' holds no seat", "--as"]),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--as", "secretariat"], ["'secretariat' holds no seat"]),
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

    /// Issue 11, finding 13: a seat dated 2099 let its member write today, and a retirement dated
    /// 2099 stopped its member today. Seats count as held on the day of recording.
    @Test func aSeatCountsFromItsAppointmentToItsRetirementOnTheDayOfRecording() throws {
        let scratch = try Self.council()
        let store = ["--store", scratch.store, "--as", "city-admin"]
        for line in [["member", "appoint", "soudan", "--member", "mirai", "--affiliation", "未来の事業所", "--category", "consultationSupport", "--on", "2099-01-01"],
                     ["member", "appoint", "soudan", "--member", "kako", "--affiliation", "事業所", "--category", "consultationSupport", "--on", "2020-04-01"],
                     ["member", "retire", "soudan", "--member", "kako", "--on", "2099-03-31"]] {
            let done = try Self.kadai(line + store)
            #expect(done.exitCode == 0, "\(done)")
        }
        let before = try contents(of: scratch.root.path)
        let early = try Self.kadai(["issue", "raise", "--title", "t", "--by", "soudan", "--on", "2099-02-01", "--store", scratch.store, "--as", "mirai"])
        #expect(early.exitCode == 1 && early.stderr.contains("'mirai' holds no seat on") && early.stderr.contains("the day of recording"), "\(early)")
        #expect(try contents(of: scratch.root.path) == before)
        // Last year's meeting, entered today by a seat held today.
        let late = try Self.kadai(["meeting", "record", "soudan", "--on", "2021-05-01", "--agenda", "a", "--store", scratch.store, "--as", "kako"])
        #expect(late.exitCode == 0, "\(late)")
    }

    /// The administrator may enter a record in another actor's name: the record carries that actor,
    /// and the one before it in the same batch says the administrator made it, through which account.
    @Test func theAdministratorWritingForAnotherIsRecordedAsSuch() throws {
        let scratch = try Self.council()
        let raised = try Self.kadai(["issue", "raise", "--title", "t", "--by", "soudan", "--on", "2020-05-01", "--store", scratch.store, "--as", "minami"])
        #expect(raised.exitCode == 0 && raised.stdout.contains("recorded by city-admin (account \(NSUserName())) as minami"), "\(raised)")
        let export = try Self.kadai(["export", "--store", scratch.store]).stdout.split(separator: "\n")
        let onBehalf = try #require(export.firstIndex { $0.contains(#""type":"RecordedOnBehalf""#) })
        #expect(export[onBehalf].contains(#""actor":"minami""#) && export[onBehalf].contains(#""by":"city-admin","account":"\#(NSUserName())","kind":"os""#))
        #expect(export[onBehalf + 1].contains(#""type":"IssueRaised""#) && export[onBehalf + 1].contains(#""actor":"minami""#))
        // As itself, no such record.
        let own = try Self.kadai(["body", "establish", "x", "--name", "X", "--kind", "subcommittee", "--store", scratch.store])
        #expect(own.exitCode == 0 && !own.stdout.contains("recorded by"), "\(own)")
        #expect(try Self.kadai(["audit", "log", "--json", "--store", scratch.store]).stdout.components(separatedBy: "RecordedOnBehalf").count == 2)
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
