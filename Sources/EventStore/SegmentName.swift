/// Segment files are named after their first position: 12 digits and `.jsonl`.
enum SegmentName {
    static let digits = 12

    static func fileName(firstPosition: UInt64) -> String {
        let number = String(firstPosition)
        return String(repeating: "0", count: max(0, digits - number.count)) + number + ".jsonl"
    }

    static func firstPosition(ofFileName name: String) -> UInt64? {
        let utf8 = Array(name.utf8)
        guard utf8.count == digits + 6, name.hasSuffix(".jsonl"),
              utf8[..<digits].allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = UInt64(String(decoding: utf8[..<digits], as: UTF8.self)), value >= 1 else { return nil }
        return value
    }
}
