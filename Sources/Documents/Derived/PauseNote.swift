import Calendar
import Council

/// The line a year's documents carry when the body was paused (休止) during it, or ended in it,
/// so an empty form reads as what it is.
enum PauseNote {
    /// A pause is shown to its last day, the day before the body resumed; a successor by its name.
    static func block(_ body: BodyState, in year: FiscalYear, _ language: DocumentLanguage, name: (String) -> String) -> Block? {
        let ja = language.japanese
        var lines: [String] = body.pauses.compactMap { p in
            let until = p.until ?? .latest
            guard p.from <= year.lastDay, until > year.firstDay else { return nil }
            let to = p.until.map { language.date($0.adding(days: -1)) } ?? ""
            return ja ? "休止期間：\(language.date(p.from))〜\(to)" : "Paused: \(language.date(p.from)) – \(to)"
        }
        if let end = body.dissolution, year.contains(end.on) {
            let successor = end.successor.map { id in ja ? "（後継：\(name(id))）" : " (successor: \(name(id)))" } ?? ""
            lines.append((ja ? "終了：" : "Dissolved: ") + language.date(end.on) + successor)
        }
        return lines.isEmpty ? nil : .note(lines.joined(separator: "\n"))
    }
}
