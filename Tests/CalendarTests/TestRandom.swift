import Calendar

/// SplitMix64 (Steele, Lea, Flood 2014), repeated here because this test target depends on
/// Calendar alone; a fixed seed makes every randomised run repeat exactly.
struct TestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

/// ISO dates are built directly, so that tests can name any day a record may hold (0001-01-01),
/// not only those that can be typed; other forms go through the parser.
func date(_ text: String) -> CalendarDate {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    if parts.count == 3, let day = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) { return day }
    return try! DateParser.parse(text)
}
