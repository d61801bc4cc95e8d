/// Reed–Solomon error correction codewords as the QR code makes them: the remainder of the data
/// (times x^degree) divided by the generator (x − α⁰)(x − α¹)…(x − α^(degree−1)).
struct ReedSolomon {
    /// The generator's coefficients, highest power first, the leading 1 left out.
    let generator: [UInt8]

    init(degree: Int) {
        var polynomial: [UInt8] = [1]
        for root in 0..<degree {
            // Multiply by (x + αʳ): in GF(2⁸) subtraction is addition.
            var next = [UInt8](repeating: 0, count: polynomial.count + 1)
            for (index, coefficient) in polynomial.enumerated() {
                next[index] ^= coefficient
                next[index + 1] ^= GaloisField.multiply(coefficient, GaloisField.power(root))
            }
            polynomial = next
        }
        generator = Array(polynomial.dropFirst())
    }

    var degree: Int { generator.count }

    /// The `degree` correction codewords of one block of data codewords.
    func correction(for data: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in 0..<degree { remainder[index] ^= GaloisField.multiply(generator[index], factor) }
        }
        return remainder
    }
}
