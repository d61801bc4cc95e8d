extension QRCode {
    /// How much of the code may be lost and still read: about 7 %, 15 %, 25 %, 30 % of the codewords.
    public enum Correction: Sendable, Equatable, CaseIterable {
        case low, medium, quartile, high

        /// The two bits the format information carries; the standard's order is not the levels' order.
        var formatBits: Int {
            switch self {
            case .low: 0b01
            case .medium: 0b00
            case .quartile: 0b11
            case .high: 0b10
            }
        }

        /// The letter the standard's tables use.
        public var letter: Character {
            switch self {
            case .low: "L"
            case .medium: "M"
            case .quartile: "Q"
            case .high: "H"
            }
        }
    }
}
