/// The words shown to municipal staff: each quotes the input and says how to write it instead.
extension CalendarError {
    /// Longer inputs are quoted by their start only, so that a pasted page does not fill the screen.
    static let quotedLength = 64

    static let firstTyped = CalendarDate(uncheckedYear: CalendarDate.typedYears.lowerBound, month: 1, day: 1)
    static let lastTyped = CalendarDate(uncheckedYear: CalendarDate.typedYears.upperBound, month: 12, day: 31)

    public func message(japanese: Bool) -> String {
        japanese ? japaneseMessage : englishMessage
    }

    var quoted: String {
        let scalars = input.unicodeScalars
        guard scalars.count > Self.quotedLength else { return "'\(input)'" }
        var start = String.UnicodeScalarView()
        start.append(contentsOf: scalars.prefix(24))
        return "'\(String(start))…'"
    }

    private var englishMessage: String {
        let noun = subject == .fiscalYear ? "a fiscal year" : "a date"
        let example = switch subject {
        case .date: "Write a date like 2020-08-06 or 令和2年8月6日."
        case .fiscalYear: "Write a fiscal year like 2020, FY2020 or 令和2年度."
        case .partialDate: "Write a date like 2020-08-06 or 令和2年8月6日, a month like 2020-08 or 令和2年8月, or a fiscal year like 令和2年度."
        }
        let notA = "\(quoted) is not \(noun)"
        switch reason {
        case .empty:
            return "\(notA): it is empty. \(example)"
        case .tooLong(let count):
            return "\(notA): it is \(count) characters long. \(example)"
        case .unreadable:
            return "\(notA). \(example)"
        case .noDay:
            return "\(quoted) gives the month but not the day; write the day as well, like 2020-08-06 or 令和2年8月6日."
        case .digitsOnly:
            return "\(notA): separate the year, month and day. \(example)"
        case .unknownEra(let name):
            return "\(notA): \(name) is not an era. Use 明治 (M), 大正 (T), 昭和 (S), 平成 (H) or 令和 (R)."
        case .eraYearZero(let era):
            return "\(notA): there is no \(era.kanji)0年; the first year is \(era.kanji)元年 (\(era.letter)1)."
        case .yearOutOfRange:
            return subject != .fiscalYear
                ? "\(quoted) is outside the dates kadai takes: from \(Self.firstTyped) (\(Self.firstTyped.wareki), when Japan adopted the Gregorian calendar) to \(Self.lastTyped)."
                : "\(quoted) is outside the fiscal years kadai takes: from \(Self.firstTyped.year) (\(FiscalYear(startYear: Self.firstTyped.year).wareki)) to \(Self.lastTyped.year)."
        case .impossibleDate(let year, let month, let day):
            guard (1...12).contains(month) else { return "\(notA): there is no month \(month). \(example)" }
            let days = CalendarDate.daysIn(month: month, year: year)
            let name = Self.monthNames[month - 1]
            return "\(notA): \(name) \(year) has \(days) days\(day < 1 ? ", counted from 1" : "")."
        case .beforeEraBegan(let era, let correction):
            return "\(quoted) is before \(era.kanji) began (\(era.firstDay)); write \(correction)."
        case .afterEraEnded(let era, let correction):
            return "\(quoted) is after \(era.kanji) ended (\(era.lastDay?.description ?? "")); write \(correction)."
        }
    }

    private var japaneseMessage: String {
        let noun = subject == .fiscalYear ? "年度" : "日付"
        let example = switch subject {
        case .date: "2020-08-06 や 令和2年8月6日 のように書いてください。"
        case .fiscalYear: "2020、FY2020、令和2年度 のように書いてください。"
        case .partialDate: "日付は 2020-08-06 や 令和2年8月6日、月までなら 2020-08 や 令和2年8月、年度だけなら 令和2年度 のように書いてください。"
        }
        let unreadable = "\(quoted) は\(noun)として読めません"
        switch reason {
        case .empty:
            return "\(quoted) は空です。\(example)"
        case .tooLong(let count):
            return "\(quoted) は\(noun)としては長すぎます（\(count)文字）。\(example)"
        case .unreadable:
            return "\(unreadable)。\(example)"
        case .noDay:
            return "\(quoted) は月までで、日がありません。2020-08-06 や 令和2年8月6日 のように日まで書いてください。"
        case .digitsOnly:
            return "\(unreadable)（年・月・日を区切ってください）。\(example)"
        case .unknownEra(let name):
            return "\(quoted) の \(name) は元号ではありません。明治 (M)・大正 (T)・昭和 (S)・平成 (H)・令和 (R) のいずれかを使ってください。"
        case .eraYearZero(let era):
            return "\(unreadable)（\(era.kanji)0年はありません。最初の年は\(era.kanji)元年 (\(era.letter)1) です）。"
        case .yearOutOfRange:
            return subject != .fiscalYear
                ? "\(quoted) は扱える日付の範囲の外です（太陽暦を採用した\(Self.firstTyped)（\(Self.firstTyped.wareki)）から\(Self.lastTyped)まで）。"
                : "\(quoted) は扱える年度の範囲の外です（\(Self.firstTyped.year)年度（\(FiscalYear(startYear: Self.firstTyped.year).wareki)）から\(Self.lastTyped.year)年度まで）。"
        case .impossibleDate(let year, let month, _):
            guard (1...12).contains(month) else { return "\(quoted) は存在しない日付です（\(month)月はありません）。\(example)" }
            return "\(quoted) は存在しない日付です（\(year)年\(month)月は\(CalendarDate.daysIn(month: month, year: year))日まで）。"
        case .beforeEraBegan(let era, let correction):
            return "\(quoted) は\(era.kanji)の始まり（\(era.firstDay)）より前です。\(correction) と書いてください。"
        case .afterEraEnded(let era, let correction):
            return "\(quoted) は\(era.kanji)の終わり（\(era.lastDay?.description ?? "")）より後です。\(correction) と書いてください。"
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
