import Accounts
import EventStore
import Foundation
import TestSupport
import Testing

/// The accounts file beside a store: each operation, each refusal, and the file's privacy. Hashes
/// here take 1,000 iterations so the suite stays fast; `theRealCountIsRecorded` makes one at the
/// count the command line uses.
struct AccountStoreTests {
    let folder: TemporaryFolder
    let store: AccountStore

    init() throws {
        folder = try TemporaryFolder("accounts")
        store = AccountStore(store: folder.root.path, iterations: 1000)
    }

    var accountsFolder: String { folder.path("accounts") }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1) & 0o777
    }

    func fileBytes() -> Data? { FileManager.default.contents(atPath: store.path) }

    @Test func anAddedAccountSignsInAndIsListed() throws {
        let added = try store.add("Tanaka", actor: "minami", password: "correct horse battery")
        #expect(added.login.text == "tanaka" && added.actor == "minami" && !added.disabled && added.created == added.changed)
        #expect(try store.list() == [added])
        #expect(try store.signIn("tanaka", password: "correct horse battery") == .signedIn(added))
        #expect(try store.signIn("TANAKA", password: "correct horse battery") == .signedIn(added))
    }

    @Test func theFileIsPrivateAndHoldsNoPassword() throws {
        try store.add("tanaka", actor: "minami", password: "correct horse battery")
        #expect(try mode(accountsFolder) == 0o700)
        #expect(try mode(store.path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: accountsFolder) == ["accounts.json"])
        let text = String(decoding: fileBytes() ?? Data(), as: UTF8.self)
        #expect(!text.contains("correct horse"))
        #expect(text.contains(#""scheme":"pbkdf2-sha256","iterations":1000"#), "\(text)")
    }

    @Test func theRealCountIsRecorded() throws {
        let real = AccountStore(store: folder.root.path)
        let added = try real.add("tanaka", actor: "minami", password: "correct horse battery")
        #expect(added.password.iterations == 600_000)
        #expect(try real.signIn("tanaka", password: "correct horse battery") == .signedIn(added))
    }

    @Test func aWrongPasswordAnUnknownNameAndADisabledAccountAreRefused() throws {
        try store.add("tanaka", actor: "minami", password: "correct horse battery")
        #expect(try store.signIn("tanaka", password: "correct horse batter") == .refused(.wrongPassword))
        #expect(try store.signIn("tanakaa", password: "correct horse battery") == .refused(.unknownLogin))
        #expect(try store.signIn("not a name", password: "correct horse battery") == .refused(.unknownLogin))
        try store.setDisabled("tanaka", true)
        #expect(try store.signIn("tanaka", password: "correct horse battery") == .refused(.disabled))
        // A disabled account says so only to whoever knows its password.
        #expect(try store.signIn("tanaka", password: "wrong horse battery") == .refused(.wrongPassword))
        try store.setDisabled("tanaka", false)
        guard case .signedIn = try store.signIn("tanaka", password: "correct horse battery") else { Issue.record("not signed in again"); return }
    }

    @Test func anUnknownNameTakesAsLongAsAWrongPassword() throws {
        // Not a benchmark: without the decoy hash an unknown name answers in microseconds, a
        // thousand times sooner; the margin of four absorbs any load on the machine.
        let slow = AccountStore(store: folder.root.path, iterations: 100_000)
        try slow.add("tanaka", actor: "minami", password: "correct horse battery")
        func seconds(_ login: String) throws -> Double {
            let start = DispatchTime.now()
            _ = try slow.signIn(login, password: "wrong horse battery")
            return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        }
        let known = try (0..<3).map { _ in try seconds("tanaka") }.min()!
        let unknown = try (0..<3).map { _ in try seconds("nobody") }.min()!
        #expect(unknown > known / 4, "an unknown name took \(unknown) s, a known one \(known) s")
    }

    @Test func aResetPasswordReplacesTheOldOne() throws {
        let clock = Clock()
        let store = AccountStore(store: folder.root.path, iterations: 1000, clock: clock.now)
        let added = try store.add("tanaka", actor: "minami", password: "correct horse battery")
        clock.advance()
        try store.resetPassword("tanaka", to: "a brand new passphrase")
        #expect(try store.signIn("tanaka", password: "correct horse battery") == .refused(.wrongPassword))
        guard case .signedIn(let now) = try store.signIn("tanaka", password: "a brand new passphrase") else { Issue.record("not signed in"); return }
        #expect(now.password.salt != added.password.salt)
        #expect(now.created == added.created && now.changed > added.changed)
    }

    @Test func refusalsNameTheInputAndWriteNothing() throws {
        try store.add("tanaka", actor: "minami", password: "correct horse battery")
        let before = fileBytes()
        #expect(throws: AccountError.duplicateLogin("tanaka")) { try store.add("TANAKA", actor: "kikan", password: "another good password") }
        #expect(throws: AccountError.invalidLogin("ta naka")) { try store.add("ta naka", actor: "kikan", password: "another good password") }
        #expect(throws: AccountError.passwordTooShort(minimum: 12, length: 5)) { try store.add("sato", actor: "kikan", password: "short") }
        #expect(throws: AccountError.passwordIsLogin("suzuki-hanako")) { try store.add("suzuki-hanako", actor: "kikan", password: "Suzuki-Hanako") }
        #expect(throws: AccountError.unknownLogin("tanak", known: ["tanaka"])) { try store.resetPassword("tanak", to: "a brand new passphrase") }
        #expect(throws: AccountError.passwordOneCharacter) { try store.resetPassword("tanaka", to: "zzzzzzzzzzzzzzzz") }
        #expect(throws: AccountError.unknownLogin("sato", known: ["tanaka"])) { try store.setDisabled("sato", true) }
        #expect(throws: AccountError.notDisabled("tanaka")) { try store.setDisabled("tanaka", false) }
        #expect(fileBytes() == before)
    }

    @Test func readingCreatesNothing() throws {
        #expect(try store.list().isEmpty)
        #expect(try store.signIn("tanaka", password: "correct horse battery") == .refused(.unknownLogin))
        #expect(throws: AccountError.unknownLogin("tanaka", known: [])) { try store.setDisabled("tanaka", true) }
        #expect(throws: AccountError.passwordTooShort(minimum: 12, length: 5)) { try store.add("tanaka", actor: "minami", password: "short") }
        #expect(!FileManager.default.fileExists(atPath: accountsFolder))
    }

    @Test(arguments: [true, false])
    func aLooserFolderOrFileIsRefusedBeforeAnythingIsRead(_ isFolder: Bool) throws {
        try store.add("tanaka", actor: "minami", password: "correct horse battery")
        let target = isFolder ? accountsFolder : store.path
        try FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o750 : 0o640], ofItemAtPath: target)
        let refusal = AccountError.notPrivate(path: target, mode: isFolder ? 0o750 : 0o640, folder: isFolder)
        #expect(throws: refusal) { try store.list() }
        #expect(throws: refusal) { try store.signIn("tanaka", password: "correct horse battery") }
        #expect(throws: refusal) { try store.add("sato", actor: "kikan", password: "another good password") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: accountsFolder) == ["accounts.json"])
    }

    @Test func aDamagedFileIsRefusedByName() throws {
        try store.add("tanaka", actor: "minami", password: "correct horse battery")
        let text = String(decoding: fileBytes()!, as: UTF8.self)
        for (damage, reason) in [(#""iterations":1000"#, #""iterations":99999999"#), (#""disabled":false"#, #""disabled":"no""#), (#""format":1"#, #""format":2"#)] {
            try Data(text.replacingOccurrences(of: damage, with: reason).utf8).write(to: URL(fileURLWithPath: store.path))
            #expect(throws: AccountError.self) { try store.list() }
            do { _ = try store.list() } catch let AccountError.damaged(path, _) { #expect(path == store.path) }
        }
    }

    @Test func aHashAtALowerCountIsMadeAgainAtTheNextSignIn() throws {
        let old = AccountStore(store: folder.root.path, iterations: 1000)
        try old.add("tanaka", actor: "minami", password: "correct horse battery")
        let raised = AccountStore(store: folder.root.path, iterations: 2000)
        guard case .signedIn = try raised.signIn("tanaka", password: "correct horse battery") else { Issue.record("not signed in"); return }
        #expect(try raised.list().first?.password.iterations == 2000)
        guard case .signedIn = try raised.signIn("tanaka", password: "correct horse battery") else { Issue.record("not signed in at the new count"); return }
        // A wrong password changes nothing.
        let other = AccountStore(store: folder.root.path, iterations: 3000)
        #expect(try other.signIn("tanaka", password: "wrong horse battery") == .refused(.wrongPassword))
        #expect(try other.list().first?.password.iterations == 2000)
    }

    @Test func writersAtOnceLoseNoAccount() throws {
        let names = (0..<8).map { "user\($0)" }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            do { try AccountStore(store: folder.root.path, iterations: 1000).add(names[i], actor: "minami", password: "correct horse battery") } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty)
        #expect(try store.list().map(\.login.text) == names)
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
    }

    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var time = Timestamp(year: 2026, month: 4, day: 1)!
        func advance() { lock.lock(); time = Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch + 60_000); lock.unlock() }
        var now: @Sendable () -> Timestamp { { [self] in lock.lock(); defer { lock.unlock() }; return time } }
    }
}
