import Calendar
import Council

/// How a work item table (事業項目) writes its pieces, as Kodama's table does: numbered entries
/// (１．２．), the days an entry was done in brackets (R5.9.21、R5.12.19), the 時点 (令和6年3月末時点),
/// and 【新規計画内容】 with its ○ headings and → lines. Shared by the table and the audit lines.
enum WorkItemText {
    /// "１．" in Japanese (full-width digits, as the seeds number), "1. " in English.
    static func mark(_ n: Int, _ language: DocumentLanguage) -> String {
        guard language.japanese else { return "\(n). " }
        let digits = String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) }
        return String(digits) + "．"
    }

    /// A day as the seeds write it in brackets (R5.9.21), a month or 年度 in full (令和6年1月, 令和5年度).
    static func date(_ d: PartialDate, _ language: DocumentLanguage) -> String {
        guard language.japanese else { return d.description }
        if case .day(let day) = d { return day.warekiShort }
        return d.wareki
    }

    /// 令和6年3月末時点, 令和6年3月31日時点, 令和5年度末時点 (as of 2024-03-31, as of the end of 2024-03 …).
    static func asOf(_ d: PartialDate, _ language: DocumentLanguage) -> String {
        switch d {
        case .day(let day): language.japanese ? day.wareki + "時点" : "as of \(day)"
        case .month, .fiscalYear: language.japanese ? d.wareki + "末時点" : "as of the end of \(d)"
        }
    }

    /// An entry as its cell prints it: its number, its text, and the days it was done in brackets
    /// after its first line (before that line's full stop).
    static func entry(_ e: WorkEntryRecorded, _ language: DocumentLanguage) -> String {
        var lines = e.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !e.dates.isEmpty {
            let dates = e.dates.map { date($0, language) }.joined(separator: language.japanese ? "、" : ", ")
            let stop = lines[0].hasSuffix("。") ? "。" : lines[0].hasSuffix(".") ? "." : ""
            lines[0] = String(lines[0].dropLast(stop.count)) + language.paren(dates) + stop
        }
        return mark(e.number, language) + lines.joined(separator: "\n")
    }

    /// New plan content: ○ its heading, → its text.
    static func newPlan(_ e: WorkEntryRecorded) -> String {
        "○" + (e.heading ?? "") + "\n→" + e.text
    }

    /// One line for histories: which record of which table.
    static func label(_ event: CouncilEvent, japanese ja: Bool) -> String {
        let language: DocumentLanguage = ja ? .ja : .en
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        func amended(_ amends: Bool) -> String { amends ? t("（修正）", " (amended)") : "" }
        switch event {
        case .workItemSet(let e):
            let carried = e.carriedFrom.map { t("（\($0.wareki)から継続）", " (carried from \($0))") } ?? ""
            return t("事業項目（\(e.fiscalYear.wareki)）\(e.number)：\(e.title)", "work item \(e.number) of \(e.fiscalYear): \(e.title)") + carried + amended(e.amends)
        case .workEntryRecorded(let e):
            let column = e.isNewPlan ? t("新規計画内容", "new plan") : e.column.label(japanese: ja)
            let first = (e.heading ?? e.text).split(separator: "\n").first.map(String.init) ?? ""
            let number = e.isNewPlan ? "○" : mark(e.number, language)
            return t("\(column)（\(e.fiscalYear.wareki)・事業項目\(e.item)）：\(number)\(first)", "\(column) for \(e.fiscalYear), work item \(e.item): \(number)\(first)") + amended(e.amends)
        case .workTableDated(let e):
            return t("事業項目の時点（\(e.fiscalYear.wareki)）：\(asOf(e.asOf, language))", "work items of \(e.fiscalYear) \(asOf(e.asOf, language))") + amended(e.amends)
        default:
            return ""
        }
    }
}
