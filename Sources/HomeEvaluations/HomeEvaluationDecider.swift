import Calendar
import Council

/// What a secretariat records of a home's evaluation.
public enum HomeEvaluationCommand: Sendable {
    case receiveReport(home: String, name: String, fiscalYear: FiscalYear, summary: String, on: CalendarDate)
    case evaluate(HomeEvaluation, on: CalendarDate)

    /// The command that records `event` again, so a history read back can be decided anew.
    public init(recording event: HomeEvaluationEvent) {
        switch event {
        case .reportReceived(let h, let n, let y, let s, let on): self = .receiveReport(home: h, name: n, fiscalYear: y, summary: s, on: on)
        case .evaluated(let e, let on): self = .evaluate(e, on: on)
        }
    }
}

/// Each home's years as recorded: the report received, then its evaluation.
public struct HomeEvaluationState: Equatable, Sendable {
    public struct Year: Equatable, Sendable {
        public var name: String
        public var summary: String
        public var receivedOn: CalendarDate
        public var evaluation: HomeEvaluation?
        public var evaluatedOn: CalendarDate?
    }

    public var years: [String: [FiscalYear: Year]] = [:]
    public init() {}
}

/// The rules of the evaluations the council owes the prefecture (DESIGN §13): a home is evaluated
/// once a year, on the report it sent, at a council meeting held after the report came.
public enum HomeEvaluationDecider: Decider {
    public static let initialState = HomeEvaluationState()

    public static func streams(of command: HomeEvaluationCommand) -> [String] {
        switch command {
        case .receiveReport(let home, _, _, _, _): [HomeEvaluationEvent.stream(home)]
        case .evaluate(let e, _): [HomeEvaluationEvent.stream(e.home)]
        }
    }

    public static func decide(_ command: HomeEvaluationCommand, _ state: HomeEvaluationState) throws(DomainError) -> [HomeEvaluationEvent] {
        switch command {
        case .receiveReport(let home, let name, let year, let summary, let on):
            guard IdRule.isSafe(home) else {
                throw refusal("home.invalidId", "home", ja: "'\(home)' はグループホームの ID に使えません。半角英数字と - _ . で書いてください。",
                              en: "'\(home)' cannot be a home's id: use ASCII letters, digits, '-', '_' and '.'.")
            }
            if let got = state.years[home]?[year] {
                throw refusal("home.reportTwice", "fy", ja: "\(year.wareki)の報告は\(got.receivedOn.wareki)に受け付けています。",
                              en: "The report of \(year) was received on \(got.receivedOn).")
            }
            return [.reportReceived(home: home, name: try text(name, "name"), fiscalYear: year, summary: try text(summary, "summary"), on: on)]
        case .evaluate(var e, let on):
            guard let year = state.years[e.home]?[e.fiscalYear] else {
                throw refusal("home.noReport", "fy", ja: "'\(e.home)' の\(e.fiscalYear.wareki)の報告がまだ受け付けられていません。先に報告を記録してください。",
                              en: "No report of '\(e.home)' for \(e.fiscalYear) is received yet. Record the report first.")
            }
            if let done = year.evaluatedOn {
                throw refusal("home.evaluatedTwice", "fy", ja: "\(e.fiscalYear.wareki)の評価は\(done.wareki)に記録されています。",
                              en: "The evaluation of \(e.fiscalYear) is recorded already (\(done)).")
            }
            guard e.meetingOn >= year.receivedOn else {
                throw refusal("home.meetingBeforeReport", "meeting-on", ja: "評価した会議（\(e.meetingOn.wareki)）が報告の受付（\(year.receivedOn.wareki)）より前です。",
                              en: "The meeting that evaluated it (\(e.meetingOn)) is before the report came (\(year.receivedOn)).")
            }
            guard !e.items.isEmpty else {
                throw refusal("home.noItems", "item", ja: "評価の項目を1つ以上書いてください。", en: "Give at least one item evaluated.")
            }
            e.items = try e.items.map { (i) throws(DomainError) in HomeEvaluation.Item(item: try text(i.item, "item"), finding: try text(i.finding, "finding")) }
            e.opinion = try text(e.opinion, "opinion")
            return [.evaluated(e, on: on)]
        }
    }

    public static func evolve(_ state: inout HomeEvaluationState, _ event: HomeEvaluationEvent) {
        switch event {
        case .reportReceived(let home, let name, let year, let summary, let on):
            state.years[home, default: [:]][year] = .init(name: name, summary: summary, receivedOn: on)
        case .evaluated(let e, let on):
            state.years[e.home]?[e.fiscalYear]?.evaluation = e
            state.years[e.home]?[e.fiscalYear]?.evaluatedOn = on
        }
    }

    static func text(_ raw: String, _ field: String) throws(DomainError) -> String {
        let t = raw.trimmingSpaces
        guard !t.isEmpty else { throw refusal("home.empty", field, ja: "\(field) が空です。", en: "The \(field) is empty.") }
        guard !t.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
            throw refusal("home.control", field, ja: "\(field) に制御文字が含まれています。", en: "The \(field) holds a control character.")
        }
        return t
    }

    static func refusal(_ code: String, _ field: String, ja: String, en: String) -> DomainError {
        .ledger(LedgerRefusal(code, field: field, japanese: ja, english: en))
    }
}
