extension QRCode {
    /// A binary greyscale netpbm image (P5): black modules on white, `moduleSize` pixels each, with
    /// `quietZone` light modules around. Simple enough that a decoder can read it without a PNG encoder.
    public func pgm(moduleSize: Int = 4, quietZone: Int = 4) -> [UInt8] {
        let side = (size + 2 * quietZone) * moduleSize
        var bytes = Array("P5\n\(side) \(side)\n255\n".utf8)
        bytes.reserveCapacity(bytes.count + side * side)
        for row in 0..<side {
            let y = row / moduleSize - quietZone
            for column in 0..<side {
                let x = column / moduleSize - quietZone
                let inside = (0..<size).contains(x) && (0..<size).contains(y)
                bytes.append(inside && isDark(x: x, y: y) ? 0 : 255)
            }
        }
        return bytes
    }
}
