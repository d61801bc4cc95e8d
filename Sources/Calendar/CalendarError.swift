/// Why a text is not a date or fiscal year. It keeps the text as given, so that the message can
/// quote exactly what the user typed.
public struct CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// Nothing but whitespace.
        case empty
        /// Longer than any way of writing a date; counted in Unicode scalars.
        case tooLong(characters: Int)
        /// Not in any form the parser reads.
        case unreadable
        /// A month with no day (令和3年11月) where the day is needed, as for a meeting.
        case noDay
        /// Digits with no separators, like 20200806: the parser will not guess where to cut.
        case digitsOnly
        /// A name in the era's place that is no era known here (X, 慶応).
        case unknownEra(String)
        /// 令和0年 or R0: era years start at 1 (元年).
        case eraYearZero(Era)
        /// A Gregorian year outside `CalendarDate.typedYears`, written or reached through an era.
        case yearOutOfRange
        /// A month outside 1…12 or a day the month does not have; `year` is Gregorian.
        case impossibleDate(year: Int, month: Int, day: Int)
        /// A day before the written era began (令和元年4月30日); `correction` is how to write it.
        case beforeEraBegan(Era, correction: String)
        /// A day or year after the written era ended (昭和64年1月8日, 大正16年度), in an era not
        /// written past its end; `correction` is how to write it.
        case afterEraEnded(Era, correction: String)
    }

    /// What the text was meant to be, which decides the wording and the example in the message.
    public enum Subject: Equatable, Sendable {
        case date, fiscalYear
        /// A date that may be known only to the month or the 年度 (`PartialDateParser`).
        case partialDate
    }

    public let input: String
    public let reason: Reason
    public let subject: Subject

    public init(input: String, reason: Reason, subject: Subject = .date) {
        self.input = input
        self.reason = reason
        self.subject = subject
    }

    public var description: String { message(japanese: false) }
}
