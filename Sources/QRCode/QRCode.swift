/// A QR code (ISO/IEC 18004, model 2): the square of modules that carries one text in byte mode.
/// Made once by `encode`, then only read: by `isDark`, and drawn by `svg` and `pgm`.
public struct QRCode: Sendable, Equatable {
    /// What the code says, kept for the drawing's title.
    public let text: String
    /// 1 to 40; each version is four modules wider than the one before (21 × 21 at version 1).
    public let version: Int
    public let correction: Correction
    /// The mask pattern (0–7) that scored the lowest penalty.
    public let mask: Int
    /// Modules on a side, without the quiet zone.
    public let size: Int
    /// Row by row, `true` for dark.
    let modules: [Bool]

    init(text: String, version: Int, correction: Correction, mask: Int, modules: [Bool]) {
        self.text = text
        self.version = version
        self.correction = correction
        self.mask = mask
        self.size = Self.size(of: version)
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark; (0, 0) is the top left.
    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// The modules row by row.
    public var rows: [[Bool]] { (0..<size).map { y in Array(modules[(y * size)..<((y + 1) * size)]) } }

    static func size(of version: Int) -> Int { 17 + 4 * version }

    /// The code of `text` as UTF-8 bytes at the smallest version that holds it at `correction`.
    public static func encode(_ text: String, correction: Correction = .medium) throws(QRCodeError) -> QRCode {
        try encode(text, correction: correction, mask: nil)
    }

    /// `mask` forces one pattern instead of the best, so that tests can show a reader every one.
    static func encode(_ text: String, correction: Correction, mask: Int?) throws(QRCodeError) -> QRCode {
        let bytes = Array(text.utf8)
        guard let version = (1...40).first(where: { Capacity.fits(byteCount: bytes.count, version: $0, correction: correction) }) else {
            throw .tooLong(byteCount: bytes.count, maximum: Capacity.maximumByteCount(correction: correction), correction: correction)
        }
        let data = DataCodewords.make(bytes, version: version, correction: correction)
        let codewords = Interleaving.withCorrection(data, version: version, correction: correction)
        return Matrix.build(codewords, text: text, version: version, correction: correction, mask: mask)
    }
}
