import Foundation
import Hashing
import TestSupport
import Testing

// MARK: - Published vectors

/// A FIPS 180 example message with its published digest.
struct Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let message: String
    let expected: String
    var testDescription: String { name }
}

// NIST "SHA-256 examples" (FIPS 180 example values), each also checked against sha256sum.
let fipsVectors = [
    Vector(
        name: "empty", message: "",
        expected: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    Vector(
        name: "abc", message: "abc",
        expected: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    Vector(
        name: "448 bits", message: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        expected: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    Vector(
        name: "896 bits",
        message: "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        expected: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    Vector(
        name: "one million a", message: String(repeating: "a", count: 1_000_000),
        expected: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
]

@Test(arguments: fipsVectors)
func publishedVector(_ vector: Vector) {
    #expect(SHA256.hash(vector.message).hex == vector.expected)
    #expect(SHA256.hash(Array(vector.message.utf8)).hex == vector.expected)

    var hasher = SHA256()
    hasher.update(vector.message)
    #expect(hasher.finalize().hex == vector.expected)
}

@Test func finalizeTwiceReturnsTheSameDigest() {
    var hasher = SHA256()
    hasher.update("abc")
    let first = hasher.finalize()
    #expect(hasher.finalize() == first)
}

// MARK: - Streaming

@Test(arguments: [1, 2, 3, 42, 0xDEAD_BEEF] as [UInt64])
func streamingEqualsOneShot(seed: UInt64) {
    var random = TestRandom(seed: seed)
    for _ in 0..<20 {
        let message = random.bytes(count: random.below(3000))
        var hasher = SHA256()
        var offset = 0
        var chunkSizes: [Int] = []
        while offset < message.count {
            // Up to 199 bytes, so chunks often straddle a block boundary; one in five is empty.
            let size = min(random.below(5) == 0 ? 0 : random.below(200), message.count - offset)
            chunkSizes.append(size)
            let chunk = Array(message[offset..<offset + size])
            if random.below(2) == 0 {
                hasher.update(chunk)
            } else {
                chunk.withUnsafeBytes { hasher.update($0) }
            }
            offset += size
        }
        #expect(
            hasher.finalize() == SHA256.hash(message),
            "seed \(seed), \(message.count) bytes in chunks \(chunkSizes)")
    }
}

// MARK: - Against sha256sum

@Test func matchesSystemSHA256Sum() throws {
    let seed: UInt64 = 0x5EED_0256
    var random = TestRandom(seed: seed)
    let lengths = Array(0...200) + [447, 448, 511, 512, 1000, 4095, 4096, 65537]
    let messages = lengths.map { random.bytes(count: $0) }

    let folder = try TemporaryFolder("sha256")
    defer { withExtendedLifetime(folder) {} }  // the files must outlive sha256sum's run

    var paths: [String] = []
    for (index, message) in messages.enumerated() {
        let path = folder.path("message-\(index).bin")
        try Data(message).write(to: URL(fileURLWithPath: path))
        paths.append(path)
    }

    // One process for all files keeps the test to a fraction of a second.
    let output = try run("/usr/bin/sha256sum", paths)
    let lines = output.split(separator: "\n")
    try #require(lines.count == messages.count, "sha256sum printed \(lines.count) lines for \(messages.count) files")

    for (index, line) in lines.enumerated() {
        let expected = line.prefix(64)
        #expect(line.hasSuffix(paths[index]), "sha256sum output out of order: \(line)")
        #expect(
            SHA256.hash(messages[index]).hex == expected,
            "seed \(seed), message #\(index) of \(messages[index].count) bytes")
    }
}

/// Runs `executable` with `arguments` and returns its standard output; throws unless it exits with 0.
private func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    // Read before waiting, or a full pipe would deadlock the child.
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(executable) exited with \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self)
}

// MARK: - Digest

let abcHex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

@Test func hexRoundTrip() throws {
    var random = TestRandom(seed: 7)
    for _ in 0..<100 {
        let digest = SHA256.hash(random.bytes(count: random.below(100)))
        #expect(SHA256Digest(hex: digest.hex) == digest)
        #expect(SHA256Digest(hex: digest.hex.uppercased()) == digest)
        #expect(SHA256Digest(bytes: digest.bytes) == digest)
        #expect(digest.description == digest.hex)
    }
    let abc = try #require(SHA256Digest(hex: abcHex))
    #expect(abc == SHA256.hash("abc"))
    #expect(abc.bytes.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
    #expect(abc.bytes.count == 32)
    // A Substring, as a log parser would pass.
    #expect(SHA256Digest(hex: "prev=\(abcHex);".dropFirst(5).dropLast()) == abc)
}

let invalidHex: [String] = [
    "",
    String(abcHex.dropLast()),  // 63 digits
    abcHex + "0",  // 65 digits
    "g" + String(abcHex.dropFirst()),
    String(abcHex.dropLast()) + " ",
    "-" + String(abcHex.dropFirst()),
    "0x" + String(abcHex.dropFirst(2)),
    String(abcHex.dropLast(2)) + "é",  // 64 UTF-8 bytes, not hex
]

@Test(arguments: invalidHex)
func invalidHexIsRejected(_ text: String) {
    #expect(SHA256Digest(hex: text) == nil)
    let utf8 = Array(text.utf8)
    #expect(utf8.withUnsafeBytes { SHA256Digest(hexUTF8: $0) } == nil)
}

@Test func hexUTF8AcceptsBothCases() {
    for text in [abcHex, abcHex.uppercased()] {
        let utf8 = Array(text.utf8)
        #expect(utf8.withUnsafeBytes { SHA256Digest(hexUTF8: $0) } == SHA256.hash("abc"))
    }
}

@Test func hexEquals() {
    let digest = SHA256.hash("abc")
    func matches(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBytes { digest.hexEquals($0) }
    }
    #expect(matches(abcHex))
    #expect(!matches(abcHex.uppercased()), "only lowercase is the canonical form")
    #expect(!matches(String(abcHex.dropLast()) + "e"))
    #expect(!matches("0" + abcHex.dropFirst()))
    #expect(!matches(String(abcHex.dropLast())))
    #expect(!matches(abcHex + "0"))
    #expect(!matches(""))
    #expect(!SHA256Digest.zero.hexEquals(UnsafeRawBufferPointer(start: nil, count: 0)))
}

@Test func writeHexWritesExactly64LowercaseBytes() {
    let digest = SHA256.hash("abc")
    var buffer = [UInt8](repeating: UInt8(ascii: "#"), count: 66)
    buffer.withUnsafeMutableBufferPointer { digest.writeHex(to: $0.baseAddress! + 1) }
    #expect(buffer.first == UInt8(ascii: "#"))
    #expect(buffer.last == UInt8(ascii: "#"))
    #expect(String(decoding: buffer[1...64], as: UTF8.self) == abcHex)
}

@Test func zero() {
    #expect(SHA256Digest.zero.bytes == [UInt8](repeating: 0, count: 32))
    #expect(SHA256Digest.zero.hex == String(repeating: "0", count: 64))
    #expect(SHA256Digest(hex: String(repeating: "0", count: 64)) == .zero)
    #expect(SHA256.hash("") != .zero)
}

@Test func digestsAreUsableAsKeys() {
    let digests: Set = [SHA256.hash("a"), SHA256.hash("b"), SHA256.hash("a"), .zero]
    #expect(digests.count == 3)
}

// MARK: - Helpers

