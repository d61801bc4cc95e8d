import Accounts
import CouncilService
import Foundation
import Testing

/// `kadai account add|reset|disable|enable|list`: the administrator manages the people who will
/// sign in to the web application; the password comes from standard input or a private file, never
/// an argument; the file beside the store is private whatever the umask; anyone else is refused by
/// name and nothing is written. (Refused inputs are also rows of `Fixtures/bad-input.tsv`.)
@Suite struct AccountCommandTests {
    static let password = "correct horse battery"

    static func kadai(_ arguments: [String], input: String? = nil) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), arguments + ["--lang", "en"], input: input.map { Array($0.utf8) }).finish(timeout: Tools.timeout)
    }

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1) & 0o777
    }

    /// A private password file in the scratch folder.
    static func passwordFile(_ scratch: Scratch, _ password: String, mode: Int = 0o600) throws -> String {
        let file = scratch.path("password-\(UUID().uuidString)")
        try Data((password + "\n").utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
        return file
    }

    /// How the store's own accounts answer a sign-in, as the web application will ask.
    static func signIn(_ scratch: Scratch, _ login: String, _ password: String) throws -> SignInResult {
        try CouncilService.open(at: scratch.store).signIn(login, password: password)
    }

    @Test func theAdministratorAddsResetsDisablesEnablesAndLists() throws {
        let scratch = try RolesCommandTests.council()
        let store = ["--store", scratch.store]
        let added = try Self.kadai(["account", "add", "Tanaka", "--actor", "minami"] + store, input: Self.password + "\n")
        #expect(added.exitCode == 0 && added.stdout.contains("Added the account 'tanaka', which records as 'minami'") && added.stdout.contains("600000"), "\(added)")
        let fromFile = try Self.kadai(["account", "add", "kikan-san", "--actor", "kikan", "--password-file", try Self.passwordFile(scratch, "another good password")] + store)
        #expect(fromFile.exitCode == 0, "\(fromFile)")
        guard case .signedIn(let tanaka) = try Self.signIn(scratch, "tanaka", Self.password) else { Issue.record("tanaka cannot sign in"); return }
        #expect(tanaka.actor == "minami" && tanaka.password.iterations == PasswordHash.iterations)

        let reset = try Self.kadai(["account", "reset", "tanaka", "--password-file", try Self.passwordFile(scratch, "a brand new passphrase")] + store)
        #expect(reset.exitCode == 0 && reset.stdout.contains("Changed the password of the account 'tanaka'"), "\(reset)")
        #expect(try Self.signIn(scratch, "tanaka", Self.password) == .refused(.wrongPassword))
        guard case .signedIn = try Self.signIn(scratch, "tanaka", "a brand new passphrase") else { Issue.record("the new password does not sign in"); return }

        let disabled = try Self.kadai(["account", "disable", "tanaka"] + store)
        #expect(disabled.exitCode == 0 && disabled.stdout.contains("Disabled the account 'tanaka'"), "\(disabled)")
        #expect(try Self.signIn(scratch, "tanaka", "a brand new passphrase") == .refused(.disabled))
        let listed = try Self.kadai(["account", "list", "--json"] + store)
        let accounts = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["accounts"] as? [[String: Any]], "\(listed)")
        #expect(accounts.map { $0["login"] as? String } == ["kikan-san", "tanaka"])
        #expect(accounts.map { $0["actor"] as? String } == ["kikan", "minami"])
        #expect(accounts.map { $0["disabled"] as? Bool } == [false, true])
        #expect(!listed.stdout.contains("salt") && !listed.stdout.contains("hash"))
        let enabled = try Self.kadai(["account", "enable", "tanaka", "--json"] + store)
        #expect(enabled.exitCode == 0 && enabled.stdout.hasPrefix(#"{"login":"tanaka","actor":"minami","disabled":false,"#), "\(enabled)")
        let text = try Self.kadai(["account", "list"] + store)
        #expect(text.stdoutLines.count == 2 && text.stdoutLines[1].hasPrefix("tanaka\t→ minami\tenabled\tcreated "), "\(text)")

        // Nothing of it is in the chained log.
        let export = try Self.kadai(["export"] + store)
        #expect(!export.stdout.contains("tanaka") && !export.stdout.contains("pbkdf2"))
        #expect(try Self.kadai(["audit", "verify"] + store).exitCode == 0)
    }

    @Test func theAccountsArePrivateWhateverTheUmask() throws {
        let scratch = try RolesCommandTests.council()
        // umask 0 is the loosest there is: the accounts must not follow it.
        let added = try ChildProcess(URL(fileURLWithPath: "/bin/sh"),
                                     ["-c", "umask 0 && exec \"$0\" \"$@\"", try Tools.kadai().path, "account", "add", "tanaka", "--actor", "minami",
                                      "--store", scratch.store], input: Array((Self.password + "\n").utf8)).finish(timeout: Tools.timeout)
        #expect(added.exitCode == 0, "\(added)")
        #expect(try Self.mode(scratch.store + "/accounts") == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.store + "/accounts") == ["accounts.json"])
        #expect(try Self.mode(scratch.store + "/accounts/accounts.json") == 0o600)
    }

    @Test(arguments: [(true, "chmod 700"), (false, "chmod 600")])
    func aLooserFolderOrFileIsRefusedNamingTheFix(_ folder: Bool, _ fix: String) throws {
        let scratch = try RolesCommandTests.council()
        #expect(try Self.kadai(["account", "add", "tanaka", "--actor", "minami", "--store", scratch.store], input: Self.password).exitCode == 0)
        let target = scratch.store + (folder ? "/accounts" : "/accounts/accounts.json")
        try FileManager.default.setAttributes([.posixPermissions: folder ? 0o755 : 0o644], ofItemAtPath: target)
        let before = try contents(of: scratch.root.path)
        for arguments in [["account", "list"], ["account", "disable", "tanaka"]] {
            let refused = try Self.kadai(arguments + ["--store", scratch.store])
            #expect(refused.exitCode == 1 && refused.stderr.contains("can be read by other accounts") && refused.stderr.contains("\(fix) '\(target)'"), "\(refused)")
        }
        #expect(try contents(of: scratch.root.path) == before)
    }

    @Test func onlyTheAdministratorManagesAccounts() throws {
        let scratch = try RolesCommandTests.catalogueSetup("roles+member")!
        let before = try contents(of: scratch.root.path)
        for arguments in [["account", "add", "tanaka", "--actor", "minami"], ["account", "list"]] {
            let refused = try Self.kadai(arguments + ["--store", scratch.store], input: Self.password)
            #expect(refused.exitCode == 1 && refused.stdout.isEmpty, "\(refused)")
            #expect(refused.stderr.contains("Accounts are managed by the administrator alone; the operating-system account '\(NSUserName())' is linked to 'minami'"), "\(refused)")
        }
        #expect(try contents(of: scratch.root.path) == before)
    }

    @Test func withoutRolesWhoeverMayWriteTheStoreManagesAccounts() throws {
        let council = try CouncilRefusalTests.council()
        let added = try Self.kadai(["account", "add", "jimukyoku", "--actor", "secretariat", "--store", council.store], input: Self.password)
        #expect(added.exitCode == 0, "\(added)")
        let refused = try Self.kadai(["account", "add", "sato", "--actor", "../x", "--store", council.store], input: Self.password)
        #expect(refused.exitCode == 1 && refused.stderr.contains("'../x' cannot be used as a actor id"), "\(refused)")
    }
}

extension AccountCommandTests {
    /// The bad-input catalogue's setups for accounts (see its head); nil for the others.
    static func catalogueSetup(_ setup: String) throws -> Scratch? {
        guard setup.hasPrefix("roles+account") else { return nil }
        let scratch = try RolesCommandTests.council()
        let added = try kadai(["account", "add", "tanaka", "--actor", "minami", "--store", scratch.store], input: password)
        guard added.exitCode == 0 else { throw UnexpectedOutput(what: "catalogue setup \(setup) failed", outcome: added) }
        try FileManager.default.moveItem(atPath: try passwordFile(scratch, "another good password", mode: 0o644), toPath: scratch.path("loose.pw"))
        if setup == "roles+account+loose" {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.store + "/accounts")
        }
        return scratch
    }
}
