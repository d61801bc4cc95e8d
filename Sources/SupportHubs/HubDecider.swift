import Calendar
import Council

/// The rules of the 拠点 ledger (DESIGN §13), a ledger of its own beside the council's: its
/// refusals are `LedgerRefusal`s in its own words, so the council's enums never grow for it.
public enum HubDecider: Decider {
    public static let initialState = HubState()

    /// The longest line a table cell takes; a pasted page is refused rather than printed.
    static let longest = 2000

    public static func streams(of command: HubCommand) -> [String] { [HubEvent.stream] }

    public static func decide(_ command: HubCommand, _ state: HubState) throws(DomainError) -> [HubEvent] {
        switch command {
        case .setProvision(let function, let year, let lines, let on):
            let lines = try lines.map { (l) throws(DomainError) in try text(l, field: "line") }
            guard !lines.isEmpty else { throw refusal("hub.noProvision", field: "line", ja: "拠点機能を1行以上書いてください（例：●相談支援事業所（９箇所））。",
                                                      en: "Give at least one line of the city's provision (e.g. ●相談支援事業所（９箇所）).") }
            if state.row(function, in: year).provision == lines { return [] }
            return [.provisionSet(function: function, fiscalYear: year, lines: lines, on: on)]
        case .recordEntry(var entry, let on):
            entry.text = try text(entry.text, field: "text")
            if let when = entry.when, when.fiscalYear != entry.fiscalYear {
                throw refusal("hub.entryOutsideYear", field: "when",
                              ja: "\(when.wareki) は\(entry.fiscalYear.wareki)の記録の日付にできません。その年度の中の日付にしてください。",
                              en: "\(when) is not within \(entry.fiscalYear); give a date within the year.")
            }
            return [.entryRecorded(entry, on: on)]
        case .registerProvider(let provider, let name, let functions, let on):
            guard IdRule.isSafe(provider) else {
                throw refusal("hub.invalidProvider", field: "provider", ja: "'\(provider)' は事業所の ID に使えません。半角英数字と - _ . で書いてください（例 sodan-minami）。",
                              en: "'\(provider)' cannot be a provider's id: use ASCII letters, digits, '-', '_' and '.' (e.g. sodan-minami).")
            }
            if let current = state.current(provider) {
                throw refusal("hub.alreadyRegistered", field: "provider",
                              ja: "'\(provider)' は\(current.registeredOn.wareki)から拠点として登録されています。",
                              en: "'\(provider)' is registered as a 拠点 since \(current.registeredOn).")
            }
            guard !functions.isEmpty else {
                throw refusal("hub.noFunction", field: "function", ja: "担う機能を1つ以上指定してください（相談、緊急時の受け入れ・対応 など）。",
                              en: "Give at least one function it carries (consultation, emergency …).")
            }
            return [.providerRegistered(provider: provider, name: try text(name, field: "name"), functions: unique(functions), on: on)]
        case .endRegistration(let provider, let on):
            guard let current = state.current(provider) else {
                throw refusal("hub.notRegistered", field: "provider", ja: "'\(provider)' は拠点として登録されていません。",
                              en: "'\(provider)' is not registered as a 拠点.")
            }
            guard on >= current.registeredOn else {
                throw refusal("hub.endBeforeRegistration", field: "on", ja: "登録（\(current.registeredOn.wareki)）より前には終了できません。",
                              en: "A registration cannot end before it began (\(current.registeredOn)).")
            }
            return [.registrationEnded(provider: provider, on: on)]
        case .verifyYear(let year, let on):
            if let done = state.verified[year] {
                throw refusal("hub.alreadyVerified", field: "fy", ja: "\(year.wareki)の検証は\(done.wareki)に記録されています。",
                              en: "The verification of \(year) is recorded already (\(done)).")
            }
            return [.yearVerified(fiscalYear: year, on: on)]
        }
    }

    public static func evolve(_ state: inout HubState, _ event: HubEvent) {
        switch event {
        case .provisionSet(let function, let year, let lines, _):
            state.rows[year, default: [:]][function, default: HubState.Row()].provision = lines
        case .entryRecorded(let entry, _):
            state.rows[entry.fiscalYear, default: [:]][entry.function, default: HubState.Row()].entries.append(entry)
        case .providerRegistered(let provider, let name, let functions, let on):
            state.registrations.append(HubState.Registration(provider: provider, name: name, functions: functions, registeredOn: on))
        case .registrationEnded(let provider, let on):
            if let i = state.registrations.lastIndex(where: { $0.provider == provider && $0.endedOn == nil }) { state.registrations[i].endedOn = on }
        case .yearVerified(let year, let on):
            state.verified[year] = on
        }
    }

    /// Trimmed, not empty, no control character but a line break, not a page.
    static func text(_ raw: String, field: String) throws(DomainError) -> String {
        let t = raw.trimmingSpaces
        guard !t.isEmpty else { throw refusal("hub.empty", field: field, ja: "\(field) が空です。内容を書いてください。", en: "The \(field) is empty. Write something in it.") }
        guard !t.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
            throw refusal("hub.control", field: field, ja: "\(field) に制御文字が含まれています。取り除いてください。", en: "The \(field) holds a control character. Remove it.")
        }
        guard t.count <= longest else {
            throw refusal("hub.tooLong", field: field, ja: "\(field) が長すぎます（\(t.count)文字、上限\(longest)文字）。", en: "The \(field) is too long (\(t.count) characters; at most \(longest)).")
        }
        return t
    }

    static func refusal(_ code: String, field: String?, ja: String, en: String) -> DomainError {
        .ledger(LedgerRefusal(code, field: field, japanese: ja, english: en))
    }

    static func unique(_ functions: [HubFunction]) -> [HubFunction] { Array(Set(functions)).sorted() }
}
