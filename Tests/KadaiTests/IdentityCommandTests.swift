import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Who is typing, in a store with roles (issue 11, "Identity on the command line"): a second
/// operating-system account, `nobody`, is reached with `setpriv`, which needs root (CI runs as root).
/// The store's account, the one running the tests, is the administrator; nobody is linked to minami.
@Suite(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                "needs root and /usr/bin/setpriv to run kadai as the account 'nobody'"))
struct IdentityCommandTests {
    static let setpriv = "/usr/bin/setpriv"

    /// RolesCommandTests' council, with nobody linked to minami and kadai copied where any account
    /// may run it (the build folder need not be open to others).
    static func council() throws -> Scratch {
        let scratch = try RolesCommandTests.council()
        let linked = try RolesCommandTests.kadai(["actor", "link", "nobody", "--actor", "minami", "--store", scratch.store])
        guard linked.exitCode == 0 else { throw UnexpectedOutput(what: "link failed", outcome: linked) }
        try FileManager.default.createDirectory(atPath: scratch.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try Tools.kadai().path, toPath: scratch.path("bin/kadai"))
        return scratch
    }

    /// Runs kadai as the account with this user id (65534 is nobody), with `environment` set, after
    /// opening every file of the scratch folder to it: what root wrote since is root's otherwise.
    static func kadai(as uid: Int = 65534, _ arguments: [String], environment: [String] = [], _ scratch: Scratch) throws -> Outcome {
        let open = try ChildProcess(URL(fileURLWithPath: "/bin/chmod"), ["-R", "a+rwX", scratch.root.path]).finish(timeout: Tools.timeout)
        guard open.exitCode == 0 else { throw UnexpectedOutput(what: "chmod failed", outcome: open) }
        let switched = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", "/usr/bin/env"] + environment + [scratch.path("bin/kadai")]
        return try ChildProcess(URL(fileURLWithPath: setpriv), switched + arguments + ["--store", scratch.store, "--lang", "en"]).finish(timeout: Tools.timeout)
    }

    static func export(_ scratch: Scratch) throws -> [Substring] {
        try RolesCommandTests.kadai(["export", "--store", scratch.store]).stdout.split(separator: "\n")
    }

    @Test func aLinkedAccountRecordsAsItsActorWithoutNamingIt() throws {
        let scratch = try Self.council()
        let raised = try Self.kadai(["issue", "raise", "--title", "相談先が分からない", "--by", "soudan", "--on", "2020-05-01"], scratch)
        #expect(raised.exitCode == 0 && raised.stdout.hasPrefix("K-0001"), "\(raised)")
        let export = try Self.export(scratch)
        #expect(export.last?.contains(#""type":"IssueRaised""#) == true && export.last?.contains(#""actor":"minami""#) == true, "\(export.last ?? "")")
        #expect(!export.contains { $0.contains("RecordedOnBehalf") })
        // Who linked whom, and when, is in the council stream under the administrator's name.
        let link = try #require(export.first { $0.contains(#""type":"ActorLinked""#) && $0.contains(#""account":"nobody""#) })
        #expect(link.contains(#""actor":"city-admin""#) && link.contains(#""stream":"council""#))
        // Naming oneself is no impersonation.
        let named = try Self.kadai(["issue", "analyze", "K-0001", "--factor", "f", "--as", "minami"], scratch)
        #expect(named.exitCode == 0, "\(named)")
        let listed = try Self.kadai(["actor", "list"], scratch)
        #expect(listed.stdout.contains("This account, 'nobody', records as 'minami'."), "\(listed)")
    }

    @Test(arguments: [(["--as", "kikan"], [String]()), ([], ["KADAI_ACTOR=kikan"]), (["--as", "city-admin"], [])])
    func onlyTheAdministratorMayNameAnotherActor(_ options: [String], _ environment: [String]) throws {
        let scratch = try Self.council()
        let before = try contents(of: scratch.root.path)
        let refused = try Self.kadai(["issue", "raise", "--title", "t", "--by", "unei", "--on", "2020-05-01"] + options, environment: environment, scratch)
        #expect(refused.exitCode == 1 && refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr.contains("The operating-system account 'nobody' records as 'minami'; only the administrator may record as another actor"), "\(refused)")
        #expect(try contents(of: scratch.root.path) == before)
    }

    @Test func aMemberCannotLinkOrUnlinkAccounts() throws {
        let scratch = try Self.council()
        let before = try contents(of: scratch.root.path)
        for line in [["actor", "link", "nobody", "--actor", "city-admin"], ["actor", "unlink", "root"]] {
            let refused = try Self.kadai(line, scratch)
            #expect(refused.exitCode == 1 && refused.stderr.contains("'minami' may not record this: accounts are linked by the administrator alone."), "\(refused)")
        }
        #expect(try contents(of: scratch.root.path) == before)
    }

    @Test func anUnlinkedAccountIsRefusedByNameWithTheCommandToAskFor() throws {
        let scratch = try Self.council()
        let unlinked = try RolesCommandTests.kadai(["actor", "unlink", "nobody", "--store", scratch.store])
        #expect(unlinked.exitCode == 0, "\(unlinked)")
        let before = try contents(of: scratch.root.path)
        for environment in [[], ["KADAI_ACTOR=city-admin"]] {
            let refused = try Self.kadai(["meeting", "record", "soudan", "--on", "2020-05-01", "--agenda", "a"], environment: environment, scratch)
            #expect(refused.exitCode == 1 && refused.stdout.isEmpty, "\(refused)")
            #expect(refused.stderr.contains("The operating-system account 'nobody' is linked to no actor") &&
                    refused.stderr.contains("Ask the administrator to run 'kadai actor link nobody --actor SEAT-ID'"), "\(refused)")
        }
        // apply is refused the same way, before any line is decided.
        try #"{"command":"meeting record","id":"soudan","on":"2020-05-01","agenda":"a"}"#.write(toFile: scratch.path("m.jsonl"), atomically: true, encoding: .utf8)
        let applied = try Self.kadai(["apply", scratch.path("m.jsonl")], scratch)
        #expect(applied.exitCode == 1 && applied.stderr.contains("'nobody' is linked to no actor"), "\(applied)")
        #expect(try contents(of: scratch.root.path).filter { $0.key != "/m.jsonl" } == before)
        let listed = try Self.kadai(["actor", "list"], scratch)
        #expect(listed.exitCode == 0 && listed.stdout.contains("This account, 'nobody', is linked to no actor and cannot record."), "\(listed)")
    }

    @Test func anAccountWithoutANameIsRefused() throws {
        let scratch = try Self.council()
        let before = try contents(of: scratch.root.path)
        let refused = try Self.kadai(as: 54321, ["meeting", "record", "soudan", "--on", "2020-05-01", "--agenda", "a"], scratch)
        #expect(refused.exitCode == 1 && refused.stderr.contains("The operating-system account (uid 54321) has no name"), "\(refused)")
        #expect(try contents(of: scratch.root.path) == before)
    }

    /// A store without roles records whatever actor is named, from any account, as before.
    @Test func aStoreWithoutRolesTakesTheNamedActorFromAnyAccount() throws {
        let scratch = try Scratch("open-identity")
        try initStore(scratch.store, council: "X")
        try FileManager.default.createDirectory(atPath: scratch.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try Tools.kadai().path, toPath: scratch.path("bin/kadai"))
        let made = try Self.kadai(["body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee"], environment: ["KADAI_ACTOR=whoever"], scratch)
        #expect(made.exitCode == 0, "\(made)")
        #expect(try Self.export(scratch).last?.contains(#""actor":"whoever""#) == true)
        let link = try Self.kadai(["actor", "link", "nobody", "--actor", "whoever"], scratch)
        #expect(link.exitCode == 1 && link.stderr.contains("This store does not check roles, so it links no accounts"), "\(link)")
    }
}
