import Calendar

/// The months of a 年度 in which something happened, in the year's order (4月 … 3月), each once.
struct MonthList {
    let months: [Int]

    init(_ dates: [CalendarDate], year: FiscalYear) {
        let order = year.months.map(\.month)
        let present = Set(dates.filter { year.contains($0) }.map(\.month))
        months = order.filter { present.contains($0) }
    }

    /// 7月、8月、11月 / Jul, Aug, Nov; a dash for none.
    func text(_ language: DocumentLanguage) -> String {
        guard !months.isEmpty else { return "―" }
        return months.map(language.month).joined(separator: language.japanese ? "、" : ", ")
    }
}
