/// Why a text cannot be made into a QR code. Cases carry the input's measure, so a message can quote it.
public enum QRCodeError: Error, Equatable, CustomStringConvertible {
    /// The text's UTF-8 bytes are more than version 40 holds at this level.
    case tooLong(byteCount: Int, maximum: Int, correction: QRCode.Correction)

    public var description: String {
        switch self {
        case let .tooLong(byteCount, maximum, correction):
            "The text is \(byteCount) bytes (UTF-8); a QR code at level \(correction.letter) holds at most \(maximum). Shorten it, or choose a lower level of correction."
        }
    }
}
