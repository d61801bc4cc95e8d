/// Lays codewords into the square (ISO/IEC 18004 §7.7–7.10): the function patterns first, then
/// the bits in two-column zigzags from the bottom right, then each mask tried and the best kept.
struct Matrix {
    let version: Int
    let size: Int
    var dark: [Bool]
    /// Modules of the function patterns, which data never takes and masks never flip.
    var reserved: [Bool]

    init(version: Int) {
        self.version = version
        size = QRCode.size(of: version)
        dark = Array(repeating: false, count: size * size)
        reserved = Array(repeating: false, count: size * size)
        drawFunctionPatterns()
    }

    /// `mask`: the one to use, or nil for the one of lowest penalty.
    static func build(_ codewords: [UInt8], text: String, version: Int, correction: QRCode.Correction, mask forced: Int? = nil) -> QRCode {
        var matrix = Matrix(version: version)
        matrix.place(codewords)
        var best: (mask: Int, modules: [Bool], score: Int)?
        for mask in forced.map({ [$0] }) ?? Array(0..<8) {
            var candidate = matrix
            candidate.apply(mask: mask)
            candidate.drawFormat(correction: correction, mask: mask)
            let score = Penalty.score(candidate.dark, size: candidate.size)
            if best == nil || score < best!.score { best = (mask, candidate.dark, score) }
        }
        return QRCode(text: text, version: version, correction: correction, mask: best!.mask, modules: best!.modules)
    }

    private mutating func set(_ x: Int, _ y: Int, _ isDark: Bool) {
        dark[y * size + x] = isDark
        reserved[y * size + x] = true
    }

    private mutating func drawFunctionPatterns() {
        // Timing: alternating along row 6 and column 6, dark on even places.
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        drawFinder(centreX: 3, centreY: 3)
        drawFinder(centreX: size - 4, centreY: 3)
        drawFinder(centreX: 3, centreY: size - 4)
        let centres = Alignment.centres(version: version)
        for cx in centres {
            for cy in centres where !(cx == 6 && cy == 6) && !(cx == 6 && cy == centres.last!) && !(cx == centres.last! && cy == 6) {
                drawAlignment(centreX: cx, centreY: cy)
            }
        }
        // Reserve the format areas now (drawn for each mask later) and the dark module.
        drawFormat(correction: .medium, mask: 0)
        drawVersion()
    }

    /// A 7×7 finder with its light separator, clipped at the symbol's edge.
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                set(x, y, ring != 2 && ring != 4)
            }
        }
    }

    private mutating func drawAlignment(centreX: Int, centreY: Int) {
        for dy in -2...2 {
            for dx in -2...2 { set(centreX + dx, centreY + dy, max(abs(dx), abs(dy)) != 1) }
        }
    }

    /// Both copies of the 15 format bits, least significant first, and the dark module beside them.
    mutating func drawFormat(correction: QRCode.Correction, mask: Int) {
        let bits = FormatInformation.bits(correction: correction, mask: mask)
        func bit(_ index: Int) -> Bool { bits >> index & 1 == 1 }
        // Around the top left finder: down column 8 (skipping the timing row), then left along row 8.
        for index in 0...5 { set(8, index, bit(index)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for index in 9..<15 { set(14 - index, 8, bit(index)) }
        // Split between the other two finders: along row 8 from the right, up column 8 from the bottom.
        for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
        set(8, size - 8, true)
    }

    /// From version 7: two copies of the 18 version bits, 6×3 beside the top right and bottom left finders.
    private mutating func drawVersion() {
        guard version >= 7 else { return }
        let bits = FormatInformation.versionBits(version: version)
        for index in 0..<18 {
            let isDark = bits >> index & 1 == 1
            let near = size - 11 + index % 3, far = index / 3
            set(near, far, isDark)
            set(far, near, isDark)
        }
    }

    /// The codewords' bits, most significant first, up and down two-column strips from the right,
    /// stepping over the vertical timing column. Bits left over (remainder bits) stay light.
    private mutating func place(_ codewords: [UInt8]) {
        let total = codewords.count * 8
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            // The first strip goes up, and they alternate; size − 1 is a multiple of four at every version.
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !reserved[y * size + x] {
                    if index < total {
                        dark[y * size + x] = codewords[index / 8] >> (7 - index % 8) & 1 == 1
                        index += 1
                    }
                }
            }
            right -= 2
        }
    }

    private mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !reserved[y * size + x] && Mask.flips(mask, x: x, y: y) {
                dark[y * size + x].toggle()
            }
        }
    }
}
