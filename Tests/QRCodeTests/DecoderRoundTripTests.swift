import Foundation
import Testing
import QRCode
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
        guard let zbarimg = Zbarimg.path() else {
            if ProcessInfo.processInfo.environment["KADAI_SKIP_BROWSER"] == "1" { return }
            Issue.record("zbarimg is not installed: 'apt-get install zbar-tools' (as .ci/run does), or set KADAI_SKIP_BROWSER=1 to leave this test out.")
            return
        }
        let code = try QRCode.encode(example.text, correction: example.correction)
        let folder = try TemporaryFolder("qr")
        let file = folder.path("code.pgm")
        try Data(code.pgm(moduleSize: 4, quietZone: 4)).write(to: URL(fileURLWithPath: file))
        let outcome = try Zbarimg.decode(file, with: zbarimg)
        #expect(outcome.status == 0, "zbarimg found no code in version \(code.version)-\(example.correction.letter) mask \(code.mask): \(outcome.stderr)")
        // zbarimg ends its output with a newline of its own.
        #expect(String(decoding: outcome.stdout, as: UTF8.self) == example.text + "\n", "version \(code.version)-\(example.correction.letter) mask \(code.mask)")
    }
}
