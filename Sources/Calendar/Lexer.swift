/// Cuts text into tokens. Whitespace separates tokens but is otherwise ignored, so that
/// "令和 2 年 8 月 6 日" reads like "令和2年8月6日" while "20 20" stays two numbers.
enum Lexer {
    /// No way of writing a date or fiscal year comes near this; the bound keeps quoting and work small.
    static let maximumLength = 64

    /// Trims and measures before folding, so that a pasted page costs one pass and no copy.
    static func tokens(of text: String, subject: CalendarError.Subject) throws(CalendarError) -> [Token] {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else {
            throw CalendarError(input: text, reason: .empty, subject: subject)
        }
        let trimmed = scalars[first...last]
        let length = trimmed.count
        guard length <= maximumLength else {
            throw CalendarError(input: text, reason: .tooLong(characters: length), subject: subject)
        }
        return tokens(of: ArraySlice(trimmed.flatMap(folded)))
    }

    private static func tokens(of scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if digitValue(scalar) != nil {
                var digits = 0, value = 0
                while index < scalars.endIndex, let next = digitValue(scalars[index]) {
                    if digits < 18 { value = value * 10 + next }
                    digits += 1
                    index += 1
                }
                tokens.append(.number(digits: digits, value: value))
            } else if let mark = mark(scalar) {
                tokens.append(.mark(mark))
                index += 1
            } else if scalar == "-" || scalar == "/" || scalar == "." {
                tokens.append(.separator(scalar))
                index += 1
            } else if isWordScalar(scalar) {
                var word = String.UnicodeScalarView()
                while index < scalars.endIndex, isWordScalar(scalars[index]) {
                    word.append(scalars[index])
                    index += 1
                }
                tokens.append(.word(String(word)))
            } else {
                tokens.append(.other)
                index += 1
            }
        }
        return tokens
    }

    /// Japanese input methods produce full-width ASCII (２０２０／８／６, Ｒ２), long dashes and
    /// katakana ー for hyphens, and single-character era ligatures (㍻, ㋿) from old spreadsheets.
    static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0xFF01...0xFF5E: [Unicode.Scalar(scalar.value - 0xFEE0)!]
        case 0x2010...0x2015, 0x2212, 0x30FC, 0xFF70: ["-"]
        case 0x337E: ["明", "治"]
        case 0x337D: ["大", "正"]
        case 0x337C: ["昭", "和"]
        case 0x337B: ["平", "成"]
        case 0x32FF: ["令", "和"]
        default: [scalar]
        }
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
    }

    private static func mark(_ scalar: Unicode.Scalar) -> Token.Mark? {
        switch scalar {
        case "年": .year
        case "月": .month
        case "日": .day
        case "元": .firstYear
        case "度": .fiscal
        default: nil
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && mark(scalar) == nil && digitValue(scalar) == nil
    }
}
