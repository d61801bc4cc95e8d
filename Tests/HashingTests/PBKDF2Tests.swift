import Hashing
import TestSupport
import Testing

/// PBKDF2-HMAC-SHA-256 against RFC 7914 §11, whose two PBKDF2 vectors are the published ones for
/// this pseudorandom function (RFC 6070's are for HMAC-SHA-1), and against its own definition.
struct PBKDF2Tests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var password: String
        var salt: String
        var iterations: Int
        var derived: String
        var testDescription: String { name }
    }

    static let rfc7914: [Case] = [
        Case(name: "RFC 7914 §11: passwd, salt, c=1", password: "passwd", salt: "salt", iterations: 1,
             derived: "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"),
        Case(name: "RFC 7914 §11: Password, NaCl, c=80000", password: "Password", salt: "NaCl", iterations: 80000,
             derived: "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"),
        // Not from the RFC: a password longer than a block (hashed into the key first) and a length
        // that ends inside the second block, each checked against Python's hashlib.pbkdf2_hmac.
        Case(name: "password of 100 bytes, 40 bytes out", password: String(repeating: "p", count: 100), salt: "NaCl", iterations: 3,
             derived: "ee2e59d3f2c8f97fa6a2e2226ee5898a8bd19d69d01e4c7404ad4706793d54059327adbf6ed23464"),
    ]

    @Test(arguments: rfc7914) func thePublishedVector(_ c: Case) {
        let derived = PBKDF2.sha256(password: Array(c.password.utf8), salt: Array(c.salt.utf8), iterations: c.iterations, length: c.derived.count / 2)
        #expect(hex(derived) == c.derived)
    }

    /// The rounds run from HMAC's keyed states over a prepared block; this is the definition written
    /// plainly with the one-shot HMAC, for random passwords, salts, counts and lengths.
    @Test func theFastRoundsAgreeWithTheDefinition() {
        var random = TestRandom(seed: TestRandom.seed(default: 0x7914))
        for _ in 0..<40 {
            let password = random.bytes(count: random.below(150))
            let salt = random.bytes(count: random.below(80))
            let iterations = 1 + random.below(20)
            let length = 1 + random.below(100)
            #expect(PBKDF2.sha256(password: password, salt: salt, iterations: iterations, length: length)
                    == Self.plain(password: password, salt: salt, iterations: iterations, length: length),
                    "\(password.count)-byte password, \(salt.count)-byte salt, c=\(iterations), dkLen=\(length)")
        }
    }

    static func plain(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i: UInt32 = 1
        while out.count < length {
            var u = HMACSHA256.authenticate(salt + withUnsafeBytes(of: i.bigEndian, Array.init), key: password).bytes
            var t = u
            for _ in 1..<iterations {
                u = HMACSHA256.authenticate(u, key: password).bytes
                t = zip(t, u).map { $0 ^ $1 }
            }
            out += t
            i += 1
        }
        return Array(out.prefix(length))
    }

    func hex(_ bytes: [UInt8]) -> String { bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
}

struct ConstantTimeTests {
    @Test func equalBytesAreEqualAndAnyDifferenceIsSeen() {
        let a: [UInt8] = Array(0..<32)
        #expect(ConstantTime.equal(a, a))
        #expect(ConstantTime.equal([], []))
        for i in a.indices {
            var b = a
            b[i] ^= 0x01
            #expect(!ConstantTime.equal(a, b), "a difference at byte \(i)")
        }
        #expect(!ConstantTime.equal(a, Array(a.dropLast())))
        #expect(!ConstantTime.equal(a, a + [0]))
    }
}

struct SystemRandomTests {
    @Test func bytesComeInTheCountAskedAndDiffer() throws {
        #expect(try SystemRandom.bytes(0).isEmpty)
        let a = try SystemRandom.bytes(32), b = try SystemRandom.bytes(32)
        #expect(a.count == 32 && b.count == 32)
        #expect(a != b, "two draws of 256 bits came out the same")
        // More than one page, so a short read would show as a tail of zeros.
        let large = try SystemRandom.bytes(1 << 20)
        #expect(large.count == 1 << 20)
        #expect(large.suffix(4096).contains { $0 != 0 })
        let hex = try SystemRandom.hex(16)
        #expect(hex.count == 32 && hex.allSatisfy { "0123456789abcdef".contains($0) })
    }
}
