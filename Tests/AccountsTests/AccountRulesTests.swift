import Accounts
import Testing

/// The pure rules: what a login name and a new password may be, and the accounts file as text.
struct AccountRulesTests {
    @Test(arguments: ["tanaka", "t.suzuki", "svc_kadai", "user-01", "0day", String(repeating: "a", count: 32)])
    func aPlainNameIsALogin(_ name: String) throws {
        #expect(try LoginName(name).text == name)
    }

    @Test func aLoginIsKeptInLowerCase() throws {
        #expect(try LoginName("Tanaka") == LoginName("tanaka"))
        #expect(try LoginName("Tanaka").text == "tanaka")
    }

    @Test(arguments: ["", "-tanaka", ".tanaka", "_tanaka", "ta naka", "tanaka@example.lg.jp", "田中", "ｔａｎａｋａ", "tanaka\n", "ta/naka",
                      String(repeating: "a", count: 33)])
    func anythingElseIsRefused(_ name: String) {
        #expect(throws: AccountError.invalidLogin(name)) { try LoginName(name) }
    }

    @Test(arguments: [
        ("short-pass", AccountError.passwordTooShort(minimum: 12, length: 10)),
        ("あいうえおかきくけこさ", .passwordTooShort(minimum: 12, length: 11)),
        (String(repeating: "x", count: 12), .passwordOneCharacter),
        (String(repeating: "ab", count: 65), .passwordTooLong(maximum: 128)),
        ("suzuki-hanako", .passwordIsLogin("suzuki-hanako")),
        ("Suzuki-Hanako", .passwordIsLogin("suzuki-hanako")),
        ("good password\twith a tab", .passwordControlCharacter),
        ("good password\u{1B}[31m", .passwordControlCharacter),
        ("good password\u{85}next", .passwordControlCharacter),
    ])
    func aWeakPasswordIsRefused(_ password: String, _ refusal: AccountError) throws {
        let login = try LoginName("suzuki-hanako")
        #expect(throws: refusal) { try NewPassword(password, for: login) }
    }

    @Test(arguments: ["correct horse battery", "あいうえおかきくけこさし", "aaaaaaaaaaab", "suzuki-hanako2"])
    func aStrongEnoughPasswordIsTaken(_ password: String) throws {
        #expect(try NewPassword(password, for: LoginName("suzuki-hanako")).text == password)
    }

    @Test func aHashMatchesItsPasswordOnlyAndCarriesItsCount() throws {
        let login = try LoginName("tanaka")
        let hash = try PasswordHash(NewPassword("correct horse battery", for: login), iterations: 1000)
        #expect(hash.iterations == 1000 && hash.salt.count == 16 && hash.hash.count == 32)
        #expect(hash.matches("correct horse battery"))
        #expect(!hash.matches("correct horse batterY"))
        #expect(!hash.matches(""))
        let again = try PasswordHash(NewPassword("correct horse battery", for: login), iterations: 1000)
        #expect(again.salt != hash.salt && again.hash != hash.hash, "two hashes of one password share a salt")
        #expect(PasswordHash.iterations == 600_000)
    }
}
