import Calendar
import JSON
import SocialResources

/// 空き情報: the month's vacancies for consultation offices (Kodama 004), one row per provider and
/// service with places — area, provider, service, 定員, 空き, and the change since the month
/// before — as of the month's last day, each figure the latest reported by then.
public struct VacancyTable: DocumentBuilder {
    public var state: ResourceState
    public var month: CalendarMonth
    public var language: DocumentLanguage

    public init(state: ResourceState, month: CalendarMonth, language: DocumentLanguage) {
        self.state = state
        self.month = month
        self.language = language
    }

    public func document() -> Document {
        let ja = language.japanese
        let asOf = month.lastDay
        let before = month.firstDay.adding(days: -1)
        var rows: [[String]] = []
        var facts: [JSONValue] = []
        let providers = state.order.compactMap { state.providers[$0] }.filter { $0.isOpen(on: asOf) }
            .sorted { ($0.area, $0.name) < ($1.area, $1.name) }
        for p in providers {
            for offer in p.offers where offer.service.hasPlaces {
                let key = ResourceState.Key(provider: p.id, service: offer.service)
                // A month with no report says so: last month's figure is not this month's.
                let now = state.vacancy(key, on: asOf).flatMap { $0.asOf >= month.firstDay ? $0.vacancies : nil }
                let then = state.vacancy(key, on: before)?.vacancies
                let change = now.flatMap { n in then.map { n == $0 ? "±0" : (n > $0 ? "+" : "") + String(n - $0) } } ?? ""
                rows.append([p.area, p.name, ja ? offer.service.japanese : offer.service.rawValue, offer.places.map(String.init) ?? "",
                             now.map(String.init) ?? t("vacancy.notReported"), change])
                facts.append(.object(["provider": .string(p.id), "service": .string(offer.service.rawValue),
                                      "vacancies": now.map { .int(Int64($0)) } ?? .null]))
            }
        }
        let title = ja ? "空き情報（\(month.wareki)末現在）" : "Vacancies at the end of \(month)"
        let blocks: [Block] = rows.isEmpty ? [.paragraph(t("vacancy.none"))]
            : [.table(Table(header: [t("vacancy.area"), t("vacancy.provider"), t("vacancy.service"), t("vacancy.places"), t("vacancy.vacancies"), t("vacancy.change")], rows: rows)),
               .note(t("vacancy.note"))]
        return Document(kind: "vacancies", title: title, blocks: blocks,
                        facts: ["month": .string(month.description), "rows": .array(facts)], language: language.rawValue)
    }
}
