/// One piece of a written date or fiscal year, after `Lexer` has folded input-method variants.
enum Token: Equatable {
    /// A run of ASCII digits. `value` is exact for up to 18 digits; longer runs are refused by
    /// every form through `digits`, so its value never matters.
    case number(digits: Int, value: Int)
    /// A run of letters: an era name, a letter abbreviation, or FY.
    case word(String)
    /// `-`, `/` or `.`.
    case separator(Unicode.Scalar)
    case mark(Mark)
    /// Anything else, which no form accepts.
    case other

    enum Mark: Equatable {
        case year       // 年
        case month      // 月
        case day        // 日
        case firstYear  // 元
        case fiscal     // 度
    }
}
