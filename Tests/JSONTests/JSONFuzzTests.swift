import JSON
import TestSupport
import Testing

/// What `JSONValue.parse` does, but through `skipValue`: it must accept and reject the same inputs
/// with the same errors, since scanners rely on it to validate what they do not decode.
func skipError(_ input: [UInt8]) -> JSONError? {
    input.withUnsafeBytes { buffer -> JSONError? in
        var reader = JSONReader(buffer)
        do throws(JSONError) {
            reader.skipWhitespace()
            let start = reader.offset
            let range = try reader.skipValue()
            #expect(range.lowerBound == start && range.upperBound == reader.offset)
            reader.skipWhitespace()
            return reader.isAtEnd ? nil : JSONError(offset: reader.offset, reason: .trailingData)
        } catch {
            return error
        }
    }
}

@Suite(.tags(.fuzz), .notInFastSet) struct JSONFuzzTests {
    static let seedDocuments: [String] = JSONValueTests.canonical + JSONValueTests.accepted.map(\.input) + [
        #"{"a":"\u00e9\ud83d\ude00\n","b":[1,-2.5e-3,{"c":null}],"d":"地域課題"}"#,
        #"[" \\ \" ",0,-0,1E9,{"":{}}]"#,
    ]

    /// Bytes that tend to reach error paths: structure, escapes, number parts, UTF-8 leads.
    static let interesting: [UInt8] = Array(#"{}[],:"\u0aZe+-.19 tfn"#.utf8) + [
        0x00, 0x09, 0x0A, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
    ]

    @Test func mutatedInputsNeverCrashAndErrorsStayInBounds() {
        let baseSeed: UInt64 = 0xF022_0000_0000_0001
        for n in 0..<4000 {
            let seed = baseSeed &+ UInt64(n)
            var rng = TestRandom(seed: seed)
            var input: [UInt8]
            if n % 4 == 0 {
                var generator = RandomJSON(seed: seed)
                input = Array(generator.value().serialized().utf8)
            } else {
                input = Array(Self.seedDocuments[Int.random(in: 0..<Self.seedDocuments.count, using: &rng)].utf8)
            }
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                mutate(&input, &rng)
            }
            let parsed: JSONValue?
            let error: JSONError?
            do {
                parsed = try JSONValue.parse(input)
                error = nil
            } catch let caught {
                parsed = nil
                error = caught
            }
            if let error {
                #expect(error.offset >= 0 && error.offset <= input.count, "seed \(seed): \(error)")
                #expect(!error.description.isEmpty)
            }
            if let parsed {
                #expect((try? JSONValue.parse(parsed.serialized())) == parsed, "seed \(seed)")
            }
            #expect(skipError(input) == error, "seed \(seed): skipValue and parse disagree")
        }
    }

    func mutate(_ input: inout [UInt8], _ rng: inout TestRandom) {
        let position = input.isEmpty ? 0 : Int.random(in: 0..<input.count, using: &rng)
        let byte = Bool.random(using: &rng)
            ? Self.interesting[Int.random(in: 0..<Self.interesting.count, using: &rng)]
            : UInt8.random(in: 0...255, using: &rng)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0 where !input.isEmpty: input[position] = byte
        case 1: input.insert(byte, at: position)
        case 2 where !input.isEmpty: input.remove(at: position)
        case 3: input.removeSubrange(position...)  // truncation, like a torn tail
        case 4 where !input.isEmpty:
            let end = min(input.count, position + Int.random(in: 1...8, using: &rng))
            input.insert(contentsOf: input[position..<end], at: Int.random(in: 0...input.count, using: &rng))
        default: input.insert(contentsOf: Array(repeating: byte == 0x7B ? 0x7B : 0x5B, count: 20), at: position)
        }
    }

    /// Every one- and two-byte sequence inside a string, against the standard library's decoder.
    @Test func utf8ValidationMatchesTheStandardLibraryExhaustivelyForTwoBytes() {
        let allowed = (UInt8(0x20)...0xFF).filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        var mismatches = 0
        for first in allowed where first >= 0x80 {
            if !agreesWithStandardLibrary([first]) { mismatches += 1 }
            for second in allowed where !agreesWithStandardLibrary([first, second]) {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
    }

    @Test func utf8ValidationMatchesTheStandardLibraryOnRandomSequences() {
        let seed: UInt64 = 0x0075_7466_3800_0000
        var rng = TestRandom(seed: seed)
        let leads: [UInt8] = [0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5]
        for n in 0..<20000 {
            var sequence: [UInt8] = []
            for _ in 0..<Int.random(in: 1...7, using: &rng) {
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: sequence.append(leads[Int.random(in: 0..<leads.count, using: &rng)])
                case 1, 2: sequence.append(UInt8.random(in: 0x80...0xBF, using: &rng))
                default: sequence.append(UInt8.random(in: 0x20...0xFF, using: &rng))
                }
            }
            sequence = sequence.map { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") ? 0x41 : $0 }
            #expect(agreesWithStandardLibrary(sequence), "seed \(seed) case \(n): \(sequence)")
        }
    }

    func agreesWithStandardLibrary(_ sequence: [UInt8]) -> Bool {
        // The standard library repairs invalid UTF-8, so the bytes survive decoding only if valid.
        let valid = Array(String(decoding: sequence, as: UTF8.self).utf8) == sequence
        let input = [UInt8(ascii: "\"")] + sequence + [UInt8(ascii: "\"")]
        // The parser leans on the standard library's decoding; skipValue has its own validator.
        let skipped = skipError(input)
        switch Result(catching: { () throws(JSONError) in try JSONValue.parse(input) }) {
        case .success(let value):
            return valid && skipped == nil && value == .string(String(decoding: sequence, as: UTF8.self))
        case .failure(let error):
            return !valid && error.reason == .invalidUTF8 && skipped == error
        }
    }
}
