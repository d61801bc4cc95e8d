import Calendar

/// The language of a document's labels and dates: Japanese (和暦 dates, the default) or English
/// (ISO dates).
public enum DocumentLanguage: String, Sendable, CaseIterable {
    case ja, en

    var japanese: Bool { self == .ja }

    func date(_ d: CalendarDate) -> String { japanese ? d.wareki : d.description }
    /// As precisely as recorded: 令和3年11月6日, 令和3年11月 or 令和3年度 (2021-11-06, 2021-11, FY2021).
    func date(_ d: PartialDate) -> String { japanese ? d.wareki : d.description }
    func fiscalYear(_ y: FiscalYear) -> String { japanese ? y.wareki : y.description }
    /// A month as written in tables: 8月 / Aug.
    func month(_ m: Int) -> String {
        japanese ? "\(m)月" : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    }
    /// Punctuation: （…）, ：, ・ in Japanese; ( … ), ": ", "- " in English.
    func paren(_ text: String) -> String { japanese ? "（\(text)）" : " (\(text))" }
    var colon: String { japanese ? "：" : ": " }
    var bullet: String { japanese ? "・" : "- " }

    /// A count with its unit: 4回 / 4.
    func times(_ n: Int) -> String { japanese ? "\(n)回" : "\(n)" }
}
