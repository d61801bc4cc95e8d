import Calendar
import JSON
import SupportHubs

/// The providers registered as 拠点 on a day (Kodama: 「令和６年３月末時点で、相談支援事業所が４件、
/// 短期入所等のサービス事業所が４件登録済み」): each with the functions it carries and since when,
/// then how many carry each function; a registration ended by then is listed apart.
public struct HubRegistrationList: DocumentBuilder {
    public var state: HubState
    public var day: CalendarDate
    public var language: DocumentLanguage

    public init(state: HubState, day: CalendarDate, language: DocumentLanguage) {
        self.state = state
        self.day = day
        self.language = language
    }

    public func document() -> Document {
        let ja = language.japanese
        let active = state.registrations.filter { $0.isActive(on: day) }
        let ended = state.registrations.filter { r in r.endedOn.map { $0 <= day } ?? false }
        func functions(_ r: HubState.Registration) -> String { r.functions.map { $0.label(japanese: ja) }.joined(separator: ja ? "・" : ", ") }
        var blocks: [Block] = [active.isEmpty ? .paragraph(t("hubList.none"))
            : .table(Table(header: [t("hubList.provider"), t("hubList.functions"), t("hubList.since")],
                           rows: active.map { [$0.name, functions($0), language.date($0.registeredOn)] }))]
        blocks.append(.fields(HubFunction.allCases.map { f in
            Field(f.label(japanese: ja), String(active.filter { $0.functions.contains(f) }.count) + t("hubList.unit"))
        }))
        if !ended.isEmpty {
            blocks.append(.heading(t("hubList.ended")))
            blocks.append(.table(Table(header: [t("hubList.provider"), t("hubList.functions"), t("hubList.since"), t("hubList.until")],
                                       rows: ended.map { [$0.name, functions($0), language.date($0.registeredOn), $0.endedOn.map(language.date) ?? ""] })))
        }
        let title = ja ? "地域生活支援拠点等の登録事業所（\(language.date(day))時点）" : "Providers registered as hubs on \(language.date(day))"
        return Document(kind: "hub-registrations", title: title, blocks: blocks,
                        facts: ["on": .string(day.description), "active": .array(active.map { .string($0.provider) })], language: language.rawValue)
    }
}
