import Arguments
import Calendar
import Council

/// The values given for one recording command, by field name, from any front: the command line's
/// options, an `apply` line's keys, a form's fields. Each getter reads its field into the domain's
/// type or refuses it with an `InputRefusal` naming the field and the fix.
public struct CommandInput: Sendable {
    /// The command's one positional (the body, issue or account it is about), if it takes one.
    public var positional: String
    public var values: [String: [String]]
    /// The day a date left out stands for.
    public var today: CalendarDate

    public init(positional: String = "", values: [String: [String]], today: CalendarDate) {
        self.positional = positional
        self.values = values
        self.today = today
    }

    /// The last value given.
    public func text(_ field: String) -> String? { values[field]?.last }

    /// Every value given, in order.
    public func texts(_ field: String) -> [String] { values[field] ?? [] }

    public func flag(_ field: String) -> Bool { values[field] != nil }

    // MARK: Typed values

    /// The date given, or today.
    public func date(_ field: String) throws(InputRefusal) -> CalendarDate {
        guard let text = text(field) else { return today }
        return try Self.date(text, field: field)
    }

    /// A date that may be known only to the month or the 年度 (令和3年11月, 令和3年度), or today.
    public func partialDate(_ field: String) throws(InputRefusal) -> PartialDate {
        guard let text = text(field) else { return .day(today) }
        do { return try PartialDateParser.parse(text) } catch { throw Self.refusal(error, field: field) }
    }

    public func optionalPartialDate(_ field: String) throws(InputRefusal) -> PartialDate? {
        text(field) == nil ? nil : try partialDate(field)
    }

    /// A planned entry's id (`PlanReference`) of the positional body.
    public func plan(_ field: String) throws(InputRefusal) -> (year: FiscalYear, entry: Int) {
        let id = text(field) ?? ""
        guard let parts = PlanReference.parts(of: id), parts.body == positional else {
            throw InputRefusal(field: field) { ja, name in
                ja ? "\(name): '\(id)' は会議体 '\(self.positional)' の予定の ID ではありません。「\(self.positional)-年度-p番号」（例 \(self.positional)-2021-p2）の形で書いてください。"
                   : "\(name): '\(id)' is not the id of a planned entry of '\(self.positional)'. Write it as \(self.positional)-YEAR-pN (e.g. \(self.positional)-2021-p2)."
            }
        }
        return (parts.year, parts.entry)
    }

    /// An evaluation or review belongs to its 年度: without a date it is dated the year's last day,
    /// or today while the year is still running.
    public func yearEndDate(_ field: String, year yearField: String) throws(InputRefusal) -> CalendarDate {
        if text(field) != nil { return try date(field) }
        guard let year = try fiscalYear(yearField) else { return today }
        return min(today, year.lastDay)
    }

    public static func date(_ text: String, field: String) throws(InputRefusal) -> CalendarDate {
        do { return try DateParser.parse(text) } catch { throw refusal(error, field: field) }
    }

    /// A date or fiscal year that cannot be taken, under the field that gave it.
    public static func refusal(_ error: CalendarError, field: String) -> InputRefusal {
        InputRefusal(field: field) { japanese, name in "\(name): " + error.message(japanese: japanese) }
    }

    public func fiscalYear(_ field: String) throws(InputRefusal) -> FiscalYear? {
        guard let text = text(field) else { return nil }
        return try Self.fiscalYear(text, field: field)
    }

    public static func fiscalYear(_ text: String, field: String) throws(InputRefusal) -> FiscalYear {
        do { return try FiscalYearParser.parse(text) } catch { throw refusal(error, field: field) }
    }

    public func word<V: Vocabulary>(_ field: String, _ type: V.Type) throws(InputRefusal) -> V? {
        guard let text = text(field) else { return nil }
        return try Self.word(text, type, field: field)
    }

    public static func word<V: Vocabulary>(_ text: String, _ type: V.Type, field: String) throws(InputRefusal) -> V {
        if let v = V(input: text) { return v }
        let names = V.names
        let suggestion = closestMatch(to: text, among: names + V.allCases.map(\.japanese))
        let hintJa = suggestion.map { "'\($0)' のことですか？" } ?? ""
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        let listJa = V.allCases.map { "\($0.rawValue)（\($0.japanese)）" }.joined(separator: "、")
        throw InputRefusal(field: field) { japanese, name in
            japanese ? "\(name) に '\(text)' は使えません。次のいずれかを指定してください: \(listJa)。\(hintJa)"
                : "\(name) cannot be '\(text)'. Use one of: \(names.joined(separator: ", ")).\(hintEn)"
        }
    }

    /// A word the command cannot do without (`decode` has already refused its absence).
    public func requiredWord<V: Vocabulary>(_ field: String, _ type: V.Type) throws(InputRefusal) -> V {
        guard let v = try word(field, type) else { throw Self.missing(field) }
        return v
    }

    public func requiredYear(_ field: String) throws(InputRefusal) -> FiscalYear {
        guard let year = try fiscalYear(field) else { throw Self.missing(field) }
        return year
    }

    static func missing(_ field: String) -> InputRefusal {
        InputRefusal(field: field) { japanese, name in japanese ? "\(name) を指定してください（必須です）。" : "\(name) is required." }
    }

    public func number(_ field: String) throws(InputRefusal) -> Int? {
        guard let text = text(field) else { return nil }
        guard let n = Int(text), n >= 1 else {
            throw InputRefusal(field: field) { japanese, name in
                japanese ? "\(name) には1以上の整数を指定してください（'\(text)' は使えません）。" : "\(name) needs a whole number of 1 or more, not '\(text)'."
            }
        }
        return n
    }

    /// Functions given one by one or several in one value, separated by commas (、 or ，).
    public func functions(_ field: String) throws(InputRefusal) -> [CouncilFunction] {
        try Self.functions(texts(field), field: field)
    }

    static func functions(_ texts: [String], field: String) throws(InputRefusal) -> [CouncilFunction] {
        var out: [CouncilFunction] = []
        for text in texts.flatMap({ $0.split(whereSeparator: { ",、，".contains($0) }).map(String.init) }) {
            let f = try word(text, CouncilFunction.self, field: field)
            if !out.contains(f) { out.append(f) }
        }
        return out
    }

    /// `WHO|TOWARD|WHAT|DUE|FUNCTIONS`, numbered in the order given.
    public func actions(_ field: String) throws(InputRefusal) -> [PlannedAction] {
        var out: [PlannedAction] = []
        for (i, text) in texts(field).enumerated() {
            let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard parts.count == 5 || parts.count == 4 || parts.count == 3 else {
                throw InputRefusal(field: field) { japanese, name in
                    japanese ? "\(name) '\(text)' は「誰が|誰・どこに対して|何を・どうする|いつまでに|機能」の形で、| で区切って書いてください（いつまでに・機能は空でも構いません）。"
                        : "\(name) '\(text)' must read WHO|TOWARD|WHAT|DUE|FUNCTIONS, separated by '|' (DUE and FUNCTIONS may be empty)."
                }
            }
            let due = parts.count > 3 && !parts[3].isEmpty ? try Self.date(parts[3], field: field) : nil
            // Named as the functions' own field, as everywhere a function is refused.
            let functions = parts.count > 4 ? try Self.functions([parts[4]], field: "function") : []
            out.append(PlannedAction(number: i + 1, who: parts[0], toward: parts[1], what: parts[2], due: due, functions: functions))
        }
        return out
    }

    /// `N=STATUS`.
    public func advances(_ field: String) throws(InputRefusal) -> [ActionAdvance] {
        var out: [ActionAdvance] = []
        for text in texts(field) {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let n = Int(parts[0].trimmingSpaces), n >= 1 else {
                throw InputRefusal(field: field) { japanese, name in
                    japanese ? "\(name) '\(text)' は「番号=状況」（例 1=inProgress、2=done）の形で書いてください。"
                        : "\(name) '\(text)' must read NUMBER=STATUS, e.g. 1=inProgress or 2=done."
                }
            }
            out.append(ActionAdvance(action: n, status: try Self.word(parts[1], ActionStatus.self, field: field)))
        }
        return out
    }
}
