/// Reads tokens left to right. Each `take` either consumes what it asks for or leaves the cursor
/// where it was, and a cursor is a value, so trying one form on a copy never disturbs another.
struct TokenCursor {
    private let tokens: [Token]
    private var index = 0

    init(_ tokens: [Token]) {
        self.tokens = tokens
    }

    var isAtEnd: Bool { index == tokens.count }

    private var current: Token? { index < tokens.count ? tokens[index] : nil }

    mutating func take(_ token: Token) -> Bool {
        guard current == token else { return false }
        index += 1
        return true
    }

    mutating func takeNumber(digits allowed: ClosedRange<Int>) -> Int? {
        guard case .number(let digits, let value) = current, allowed.contains(digits) else { return nil }
        index += 1
        return value
    }

    mutating func takeSeparator() -> Unicode.Scalar? {
        guard case .separator(let separator) = current else { return nil }
        index += 1
        return separator
    }

    mutating func takeWord() -> String? {
        guard case .word(let word) = current else { return nil }
        index += 1
        return word
    }

    /// An era year: 1 to 4 digits (平成33, even 0 so that it can be refused by name), or 元.
    mutating func takeEraYear() -> Int? {
        take(.mark(.firstYear)) ? 1 : takeNumber(digits: 1...4)
    }
}
