import Foundation
import Testing
@testable import QRCode
import TestSupport

/// Codes drawn as PGM and read back by a real decoder, Debian's `zbarimg`: the text that comes out
/// must be the text that went in. Without zbarimg the test fails and says how to install it;
/// `.ci/run` installs it; `KADAI_SKIP_BROWSER=1`, which leaves out the other tests of outside
/// programs, leaves it out too.
@Suite(.tags(.slow), .notInFastSet) struct DecoderRoundTripTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let correction: QRCode.Correction
        var testDescription: String { "\(name) at \(correction.letter)" }
    }

    static let texts: [(String, String)] = [
        ("the map's address", "https://example.jp/map/2026.html"),
        ("Japanese", "サンプル市 ふくしマップ"),
        ("300 bytes", String((0..<300).map { Character(UnicodeScalar(UInt8(33 + $0 % 94))) })),
    ]
    static let cases = texts.flatMap { name, text in QRCode.Correction.allCases.map { Case(name: name, text: text, correction: $0) } }
        // Versions with several block sizes and the version information, up to the largest.
        + [Case(name: "1,200 bytes, version 7 and up", text: String(repeating: "ふくしマップ ", count: 60), correction: .low),
           Case(name: "a single letter", text: "k", correction: .high),
           Case(name: "the most at H", text: String(repeating: "Q", count: 1273), correction: .high)]

    @Test(arguments: cases) func zbarimgReadsBackTheText(_ example: Case) throws {
        try Self.expectReadBack(try QRCode.encode(example.text, correction: example.correction))
    }

    /// Each mask pattern forced in turn, so that every one is shown to a reader, not only those the
    /// penalty happens to choose.
    @Test(arguments: 0..<8) func zbarimgReadsEveryMask(_ mask: Int) throws {
        try Self.expectReadBack(try QRCode.encode("https://example.jp/map/2026.html", correction: .quartile, mask: mask))
    }

    /// Every version at every level, filled to its last byte: each row of the block table meets a
    /// reader that has its own copy of the table.
    @Test(arguments: QRCode.Correction.allCases) func zbarimgReadsEveryVersionFull(_ correction: QRCode.Correction) throws {
        for version in 1...40 {
            let most = Capacity.maximumByteCount(version: version, correction: correction)
            let text = String((0..<most).map { Character(UnicodeScalar(UInt8(32 + ($0 * 7 + version) % 95))) })
            let code = try QRCode.encode(text, correction: correction)
            #expect(code.version == version)
            try Self.expectReadBack(code, moduleSize: 2)
        }
    }

    static func expectReadBack(_ code: QRCode, moduleSize: Int = 4, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let zbarimg = Zbarimg.path() else {
            if ProcessInfo.processInfo.environment["KADAI_SKIP_BROWSER"] == "1" { return }
            Issue.record("zbarimg is not installed: 'apt-get install zbar-tools' (as .ci/run does), or set KADAI_SKIP_BROWSER=1 to leave this test out.", sourceLocation: sourceLocation)
            return
        }
        let folder = try TemporaryFolder("qr")
        let file = folder.path("code.pgm")
        try Data(code.pgm(moduleSize: moduleSize, quietZone: 4)).write(to: URL(fileURLWithPath: file))
        let outcome = try Zbarimg.decode(file, with: zbarimg)
        let symbol = "version \(code.version)-\(code.correction.letter) mask \(code.mask)"
        #expect(outcome.status == 0, "zbarimg found no code in \(symbol): \(outcome.stderr)", sourceLocation: sourceLocation)
        // zbarimg ends its output with a newline of its own.
        #expect(String(decoding: outcome.stdout, as: UTF8.self) == code.text + "\n", "\(symbol)", sourceLocation: sourceLocation)
    }
}
