import Testing
@testable import QRCode

/// The encoder against codewords published with the standard and with a widely read tutorial.
/// Those examples are numeric or alphanumeric mode, so the published data codewords go straight
/// to the Reed–Solomon encoder and its output is held to the published correction codewords.
struct ReedSolomonTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let source: String
        let data: [UInt8]
        let correction: [UInt8]
        var testDescription: String { source }
    }

    static let vectors = [
        // ISO/IEC 18004 Annex I: "01234567" at 1-M.
        Vector(source: "ISO/IEC 18004 Annex I, 01234567 1-M",
               data: [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17],
               correction: [165, 36, 212, 193, 237, 54, 199, 135, 44, 85]),
        // thonky.com QR code tutorial: "HELLO WORLD" at 1-M and 1-Q.
        Vector(source: "thonky.com, HELLO WORLD 1-M",
               data: [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17],
               correction: [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]),
        Vector(source: "thonky.com, HELLO WORLD 1-Q",
               data: [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236],
               correction: [168, 72, 22, 82, 217, 54, 156, 0, 46, 15, 180, 122, 16]),
    ]

    @Test(arguments: vectors) func givesThePublishedCorrectionCodewords(_ vector: Vector) {
        #expect(ReedSolomon(degree: vector.correction.count).correction(for: vector.data) == vector.correction)
    }

    /// The published generator for 10 correction codewords, as exponents of α (thonky.com's table):
    /// x¹⁰ + α²⁵¹x⁹ + α⁶⁷x⁸ + α⁴⁶x⁷ + α⁶¹x⁶ + α¹¹⁸x⁵ + α⁷⁰x⁴ + α⁶⁴x³ + α⁹⁴x² + α³²x + α⁴⁵.
    @Test func theGeneratorOfDegreeTenIsThePublishedOne() {
        let exponents = [251, 67, 46, 61, 118, 70, 64, 94, 32, 45]
        #expect(ReedSolomon(degree: 10).generator == exponents.map(GaloisField.power))
    }

    @Test func theFieldWrapsByItsPolynomial() {
        #expect(GaloisField.power(8) == 0x1D) // α⁸ = x⁴ + x³ + x² + 1
        #expect(GaloisField.power(255) == 1)
        #expect(GaloisField.multiply(GaloisField.power(200), GaloisField.power(100)) == GaloisField.power(45))
    }
}
