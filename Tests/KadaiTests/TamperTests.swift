import Foundation
import Testing
import TestSupport

/// One altered digit anywhere in a segment — in a position, a version, a time, the data, `prev` or
/// `hash` — is damage that `audit verify` and the README's own checker both find, at its position.
struct TamperTests {
    /// The keys of a line in the order README.md fixes; a value runs up to the next key.
    static let keys = ["position", "stream", "version", "type", "schema", "occurredAt", "recordedAt",
                       "actor", "key", "rest", "vault", "data", "prev", "hash"]
    static let tamperedFields = ["position", "stream", "version", "schema", "occurredAt", "recordedAt", "rest", "data", "prev", "hash"]

    /// Byte offsets of the digits in the value of `field` on one line.
    static func digits(of field: String, in segment: SegmentLines, line: Int) -> [Int] {
        let range = segment.lines[line]
        let bytes = segment.bytes
        func find(_ text: String, from: Int) -> Range<Int>? {
            bytes.range(of: Data(text.utf8), in: from..<range.upperBound).map { $0.lowerBound..<$0.upperBound }
        }
        guard let k = keys.firstIndex(of: field), let start = find("\"\(field)\":", from: range.lowerBound) else { return [] }
        let end = k + 1 < keys.count ? find(",\"\(keys[k + 1])\":", from: start.upperBound)?.lowerBound : range.upperBound
        guard let end else { return [] }
        return (start.upperBound..<end).filter { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
    }

    @Test(.tags(.fault), .notInFastSet) func anAlteredDigitIsNamedWithItsPosition() throws {
        let seed = TestRandom.seed(default: 0x7A4D_7E57)
        var random = TestRandom(seed: seed)
        let scratch = try Scratch("tamper")
        try initStore(scratch.store)
        try appendEvents(scratch.store, events: 400, batch: 20)
        let segments = try segmentFiles(scratch.store)
        try #require(segments.count == 1, "the default segment size holds all 401 records in one file")
        let segment = try SegmentLines(segments[0])
        try #require(segment.lines.count == 401)
        let verifier = try ReadmeVerifier(in: scratch.root)

        let untouched = try kadai("audit", "verify", "--store", scratch.store, "--lang", "en", "--json")
        #expect(try untouched.exitCode == 0 && untouched.decode(Verification.self).sound, "\(untouched)")

        // Two records drawn at random for every field, plus both ends of the segment.
        var tampers: [(field: String, offset: Int)] = [("position", try #require(Self.digits(of: "position", in: segment, line: 0).first)),
                                                       ("hash", try #require(Self.digits(of: "hash", in: segment, line: 400).last))]
        for field in Self.tamperedFields {
            var drawn = 0
            while drawn < 2 {
                let line = Int.random(in: 0..<segment.lines.count, using: &random)
                let offsets = Self.digits(of: field, in: segment, line: line)
                guard let offset = offsets.randomElement(using: &random) else { continue }
                tampers.append((field, offset))
                drawn += 1
            }
        }
        #expect(tampers.count >= 12)

        for (n, tamper) in tampers.enumerated() {
            let copy = try scratch.copyOfStore("copy-\(n)")
            let file = copy + "/segments/" + URL(fileURLWithPath: segment.path).lastPathComponent
            var bytes = segment.bytes
            let old = bytes[tamper.offset] - 0x30
            bytes[tamper.offset] = 0x30 + (old + 1 + UInt8.random(in: 0...8, using: &random)) % 10
            try bytes.write(to: URL(fileURLWithPath: file))
            let position = try #require(segment.position(ofByte: tamper.offset))
            let what = "seed \(seed): digit '\(old)'→'\(bytes[tamper.offset] - 0x30)' at byte \(tamper.offset) in \(tamper.field) of line \(position)"

            let json = try kadai("audit", "verify", "--store", copy, "--lang", "en", "--json")
            #expect(json.exitCode == 1, "\(what)\n\(json)")
            if let report = try? json.decode(Verification.self) {
                #expect(!report.sound && report.badPosition == position, "\(what)\n\(json)")
            } else {
                Issue.record("\(what): no JSON report\n\(json)")
            }

            let text = try kadai("audit", "verify", "--store", copy, "--lang", "en")
            #expect(text.exitCode == 1 && text.stdout.mentions(position: position), "\(what)\n\(text)")

            let python = try verifier.run(copy)
            #expect(python.exitCode == 1 && python.stdout.hasPrefix("BAD position \(position):"), "\(what)\n\(python)")
            try FileManager.default.removeItem(atPath: URL(fileURLWithPath: copy).deletingLastPathComponent().path)
        }
    }
}
