/// The eras of the modern calendar. Only these: a council document older than 明治 is not
/// expected, and an era list that grew silently would change what old inputs mean.
public enum Era: String, CaseIterable, Sendable {
    case meiji, taisho, showa, heisei, reiwa

    public var kanji: String {
        switch self {
        case .meiji: "明治"
        case .taisho: "大正"
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    public var letter: Character {
        switch self {
        case .meiji: "M"
        case .taisho: "T"
        case .showa: "S"
        case .heisei: "H"
        case .reiwa: "R"
        }
    }

    /// 明治 starts on the Gregorian equivalent of its proclamation; Japan was still on the lunar
    /// calendar then, so earlier 明治 dates in old sources will not match this calendar.
    public var firstDay: CalendarDate {
        switch self {
        case .meiji: CalendarDate(uncheckedYear: 1868, month: 10, day: 23)
        case .taisho: CalendarDate(uncheckedYear: 1912, month: 7, day: 30)
        case .showa: CalendarDate(uncheckedYear: 1926, month: 12, day: 25)
        case .heisei: CalendarDate(uncheckedYear: 1989, month: 1, day: 8)
        case .reiwa: CalendarDate(uncheckedYear: 2019, month: 5, day: 1)
        }
    }

    public var next: Era? {
        let all = Self.allCases
        guard let index = all.firstIndex(of: self), index + 1 < all.count else { return nil }
        return all[index + 1]
    }

    /// Nil for the current era, whose end is not known.
    public var lastDay: CalendarDate? {
        next.map { $0.firstDay.adding(days: -1) }
    }

    /// Whether days after the era's end are still read as written. 平成's end was fixed by law two
    /// years ahead, so plans and forms of 2017–2019 name 平成32年 and 平成33年度 (DESIGN §6); the
    /// earlier eras ended with an emperor's death, so 昭和64年1月8日 is a mistake for 平成元年1月8日.
    public var isWrittenPastItsEnd: Bool { self == .heisei }

    /// An era's first year is the Gregorian year it began in, however late in that year.
    public func gregorianYear(eraYear: Int) -> Int {
        firstDay.year + eraYear - 1
    }

    public func eraYear(gregorianYear: Int) -> Int {
        gregorianYear - firstDay.year + 1
    }

    /// Nil before 明治 began.
    public static func of(_ date: CalendarDate) -> Era? {
        allCases.last { $0.firstDay <= date }
    }

    /// By kanji (令和) or letter in either case (R, r).
    public init?(name: String) {
        guard let era = Self.allCases.first(where: { $0.kanji == name || String($0.letter) == name.uppercased() }) else {
            return nil
        }
        self = era
    }

    /// Whether an unknown name is shaped like an era (one Latin letter, or two kanji like 慶応),
    /// so that an error can say "not an era" rather than "unreadable".
    static func looksLikeName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        if scalars.count == 1, let only = scalars.first, only.isASCII, only.properties.isAlphabetic { return true }
        return scalars.count == 2 && scalars.allSatisfy(\.properties.isIdeographic)
    }
}
