import Testing
@testable import QRCode

/// The format and version information against the standard's tables (ISO/IEC 18004 Annex C and D,
/// as also listed by thonky.com), written most significant bit first.
struct FormatInformationTests {
    static let formatTable: [(QRCode.Correction, [String])] = [
        (.low, ["111011111000100", "111001011110011", "111110110101010", "111100010011101",
                "110011000101111", "110001100011000", "110110001000001", "110100101110110"]),
        (.medium, ["101010000010010", "101000100100101", "101111001111100", "101101101001011",
                   "100010111111001", "100000011001110", "100111110010111", "100101010100000"]),
        (.quartile, ["011010101011111", "011000001101000", "011111100110001", "011101000000110",
                     "010010010110100", "010000110000011", "010111011011010", "010101111101101"]),
        (.high, ["001011010001001", "001001110111110", "001110011100111", "001100111010000",
                 "000011101100010", "000001001010101", "000110100001100", "000100000111011"]),
    ]

    @Test(arguments: QRCode.Correction.allCases) func formatBitsForEveryMaskAreThePublishedOnes(_ correction: QRCode.Correction) {
        let expected = Self.formatTable.first { $0.0 == correction }!.1
        let made = (0..<8).map { Self.binary(FormatInformation.bits(correction: correction, mask: $0), width: 15) }
        #expect(made == expected)
    }

    @Test func versionSevenIsThePublishedBits() {
        #expect(Self.binary(FormatInformation.versionBits(version: 7), width: 18) == "000111110010010100")
    }

    /// Two more rows of Annex D, the first of the second digit and the last.
    @Test func versionTwentyAndFortyAreThePublishedBits() {
        #expect(Self.binary(FormatInformation.versionBits(version: 20), width: 18) == "010100100110100110")
        #expect(Self.binary(FormatInformation.versionBits(version: 40), width: 18) == "101000110001101001")
    }

    static func binary(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 2)
        return String(repeating: "0", count: width - digits.count) + digits
    }
}
