import Calendar
import Council

extension RefusalText {
    /// What the rules of a body's work item tables (事業項目) refuse, in plain words.
    func describeWork(_ error: DomainError) -> String {
        func record(_ key: WorkRecordKey, _ ja: Bool) -> String {
            switch key {
            case .item(let n): return ja ? "事業項目 \(n)" : "work item \(n)"
            case .asOf: return ja ? "取組状況の時点" : "the date the table is as of"
            case .entry(let item, let column, let newPlan, let n):
                let what = newPlan ? (ja ? "新規計画内容" : "new plan") : column.label(japanese: ja)
                return ja ? "事業項目 \(item) の\(what) \(n)" : "\(what) \(n) of work item \(item)"
            }
        }
        switch error {
        case .workAlreadyRecorded(let body, let year, let key):
            return text("会議体 '\(body)' の\(year.wareki)の\(record(key, true))はすでに記録されています。書き直すときは「修正」（--amend）として記録してください。前の内容も記録に残ります。"
                        + (key == .asOf ? "" : "新しく加えるときは番号を変えるか省いてください。"),
                        "\(record(key, false).prefix(1).uppercased() + record(key, false).dropFirst()) of '\(body)' for \(year) is already recorded. To change it, record it again as an amendment (--amend); the earlier one stays in the record."
                        + (key == .asOf ? "" : " To add another, change the number or leave it out."))
        case .noWorkToAmend(let body, let year, let key):
            if case .entry(_, _, _, 0) = key {
                return text("修正（--amend）するときは、書き直す記録の番号（--number）を指定してください。", "To amend an entry, give the number of the one it replaces (--number).")
            }
            return text("会議体 '\(body)' の\(year.wareki)の\(record(key, true))はまだ記録されていないため、修正できません。「修正」（--amend）を外して記録してください。",
                        "There is no \(record(key, false)) of '\(body)' for \(year) to amend yet. Record it without --amend.")
        case .unknownWorkItem(let body, let year, let item, let known):
            let list = known.map(String.init)
            return known.isEmpty
                ? text("会議体 '\(body)' の\(year.wareki)の事業項目はまだ記録されていません。先に 'kadai work item \(body) --fy \(year.startYear) --number 1 --title …' で事業項目を記録するか、前年度から引き継いでください（'kadai work carry-over \(body) --from \(year.previous.startYear)'）。",
                       "'\(body)' has no work items for \(year) yet. Record one first ('kadai work item \(body) --fy \(year.startYear) --number 1 --title …'), or carry last year's over ('kadai work carry-over \(body) --from \(year.previous.startYear)').")
                : text("会議体 '\(body)' の\(year.wareki)に事業項目 \(item) はありません（記録済み: \(list.joined(separator: "、"))）。",
                       "'\(body)' has no work item \(item) for \(year). Known: \(list.joined(separator: ", ")).")
        case .noWorkItems(let body, let year):
            return text("会議体 '\(body)' の\(year.wareki)には事業項目がないため、引き継げません。引き継ぐ元の年度を確かめてください。",
                        "'\(body)' has no work items for \(year) to carry over. Check the year to carry from.")
        case .invalidWorkNumber(let n):
            return text("番号 \(n) は使えません。1以上にしてください。", "The number \(n) cannot be used; use 1 or more.")
        case .notInWorkColumn(let field, let column):
            return field == "on"
                ? text("日付は取組状況にだけ付けられます（\(column.japanese)には付けられません）。日付を外してください。",
                       "Only progress entries take dates, not \(column.english). Leave the date out.")
                : text("新規計画内容（--new）は次年度の計画にだけ書けます（\(column.japanese)には書けません）。",
                       "New plan content (--new) belongs to the next year's plan, not to \(column.english).")
        case .workDateOutsideYear(let date, let year, _):
            return text("\(date.wareki)は\(year.wareki)のうちではありません。\(year.wareki)（\(year.firstDay.wareki)〜\(year.lastDay.wareki)）の日付にするか、年度（--fy）を確かめてください。",
                        "\(date) is not in \(year). Give a date in \(year) (\(year.firstDay) to \(year.lastDay)), or check the year (--fy).")
        default:
            return ""
        }
    }
}
