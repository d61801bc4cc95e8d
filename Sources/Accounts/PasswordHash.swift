import Hashing

/// A password as it is kept: PBKDF2-HMAC-SHA-256 of its UTF-8 bytes under a random salt, with the
/// iteration count it was made with, so the count can be raised later and older hashes still check
/// (and are made again at the new count at their next sign-in).
public struct PasswordHash: Equatable, Sendable {
    /// OWASP's Password Storage Cheat Sheet (since 2023) for PBKDF2-HMAC-SHA-256.
    public static let iterations = 600_000
    /// What a hash read from the file may ask for: a count beyond this is a damaged or crafted file
    /// that would hold a sign-in for minutes.
    public static let iterationRange = 1...10_000_000
    public static let scheme = "pbkdf2-sha256"
    static let saltBytes = 16
    static let hashBytes = 32

    public let iterations: Int
    public let salt: [UInt8]
    public let hash: [UInt8]

    init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    /// A new hash of `password` under a fresh random salt.
    public init(_ password: NewPassword, iterations: Int = Self.iterations) throws(AccountError) {
        try self.init(known: password.text, iterations: iterations)
    }

    /// A new hash of a password already in use (made again at a higher count): the rules for new
    /// passwords, which may have grown stricter since, are not asked of it.
    init(known password: String, iterations: Int) throws(AccountError) {
        let salt: [UInt8]
        do { salt = try SystemRandom.bytes(Self.saltBytes) } catch { throw .noRandomBytes(errno: error.errno) }
        self.init(iterations: iterations, salt: salt, hash: Self.derive(password, salt: salt, iterations: iterations))
    }

    /// Whether `password` is the one hashed: the whole PBKDF2 runs and the result is compared in
    /// constant time, whatever is typed.
    public func matches(_ password: String) -> Bool {
        ConstantTime.equal(Self.derive(password, salt: salt, iterations: iterations), hash)
    }

    /// A hash of no password, for a sign-in with an unknown name: checking against it takes as long
    /// as checking a real account, so the time of the answer does not tell whether the name exists.
    static func decoy(iterations: Int) -> PasswordHash {
        PasswordHash(iterations: iterations, salt: [UInt8](repeating: 0, count: saltBytes), hash: [UInt8](repeating: 0, count: hashBytes))
    }

    static func derive(_ password: String, salt: [UInt8], iterations: Int) -> [UInt8] {
        PBKDF2.sha256(password: Array(password.utf8), salt: salt, iterations: iterations, length: hashBytes)
    }
}
