/// When something happened, as precisely as it is known: a day, only a month (令和3年11月), or
/// only a fiscal year (令和3年度). Reports from past years often give no more, and a day made up
/// to fill the gap would be printed, sorted and audited as if it were a fact.
public enum PartialDate: Hashable, Sendable, CustomStringConvertible {
    case day(CalendarDate)
    case month(CalendarMonth)
    case fiscalYear(FiscalYear)

    /// The first and the last day it may be; the same day for a day.
    public var firstDay: CalendarDate {
        switch self {
        case .day(let d): d
        case .month(let m): m.firstDay
        case .fiscalYear(let y): y.firstDay
        }
    }

    public var lastDay: CalendarDate {
        switch self {
        case .day(let d): d
        case .month(let m): m.lastDay
        case .fiscalYear(let y): y.lastDay
        }
    }

    /// The 年度 it falls in; a month of January to March belongs to the year begun the April before.
    public var fiscalYear: FiscalYear {
        switch self {
        case .day(let d): d.fiscalYear
        case .month(let m): m.fiscalYear
        case .fiscalYear(let y): y
        }
    }

    /// The day, when it is known to the day.
    public var day: CalendarDate? {
        if case .day(let d) = self { d } else { nil }
    }

    /// The day a fact counts from in timelines and in `--as-of` views: its last possible day. A
    /// month-dated fact is certain only once the month is over, so a view of 15 November does not
    /// yet show "令和3年11月", and a view of 1 December does.
    public var countsFrom: CalendarDate { lastDay }

    /// "2021-11-06", "2021-11" or "FY2021": the stored form.
    public var description: String {
        switch self {
        case .day(let d): d.description
        case .month(let m): m.description
        case .fiscalYear(let y): y.description
        }
    }

    /// "令和3年11月6日", "令和3年11月", "令和3年度": printed as precisely as it was written.
    public var wareki: String {
        switch self {
        case .day(let d): d.wareki
        case .month(let m): m.wareki
        case .fiscalYear(let y): y.wareki
        }
    }

    /// Reads the stored form back; nil for anything else.
    public init?(stored text: String) {
        if let d = CalendarDate.init(storedISO: text) {
            self = .day(d)
        } else if text.utf8.count == 7, let m = Self.month(text) {
            self = .month(m)
        } else if text.hasPrefix("FY"), text.utf8.count == 6, text.dropFirst(2).allSatisfy(\.isASCIIDigit), let y = Int(text.dropFirst(2)) {
            self = .fiscalYear(FiscalYear(startYear: y))
        } else {
            return nil
        }
    }

    private static func month(_ text: String) -> CalendarMonth? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return CalendarMonth(year: year, month: month)
    }
}

/// Sorted by the last day each may be, and at the same last day the more precise first: a fact
/// known only to the month comes after that month's dated facts, one known only to the 年度
/// after everything dated in that year. A list read top to bottom never puts "令和3年11月" before
/// 11月30日, which it may have followed.
extension PartialDate: Comparable {
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.lastDay, lhs.precisionRank) < (rhs.lastDay, rhs.precisionRank)
    }

    private var precisionRank: Int {
        switch self {
        case .day: 0
        case .month: 1
        case .fiscalYear: 2
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension CalendarDate {
    /// "2021-11-06" exactly, as stored.
    init?(storedISO text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
