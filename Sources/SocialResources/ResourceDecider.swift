import Calendar
import Council

/// The rules of the resource registry (DESIGN §13), a ledger of its own: refusals in its own words
/// (`LedgerRefusal`), each naming the field it concerns.
public enum ResourceDecider: Decider {
    public static let initialState = ResourceState()
    static let longest = 200

    public static func streams(of command: ResourceCommand) -> [String] {
        switch command {
        case .listProvider(let p, _): [ResourceEvent.stream(p.id)]
        case .closeProvider(let p, _), .reportVacancy(let p, _, _, _): [ResourceEvent.stream(p)]
        }
    }

    public static func decide(_ command: ResourceCommand, _ state: ResourceState) throws(DomainError) -> [ResourceEvent] {
        switch command {
        case .listProvider(var p, let on):
            guard IdRule.isSafe(p.id) else {
                throw refusal("resource.invalidId", "provider", ja: "'\(p.id)' は事業所の ID に使えません。半角英数字と - _ . で書いてください（例 gh-minami）。",
                              en: "'\(p.id)' cannot be a provider's id: use ASCII letters, digits, '-', '_' and '.' (e.g. gh-minami).")
            }
            if let closed = state.providers[p.id]?.closedOn {
                throw refusal("resource.closed", "provider", ja: "'\(p.id)' は\(closed.wareki)に閉所しています。再開したときは別の ID で登録してください。",
                              en: "'\(p.id)' closed on \(closed). If it opened again, list it under another id.")
            }
            p.name = try line(p.name, "name")
            p.operatedBy = try line(p.operatedBy, "operated-by")
            p.area = try line(p.area, "area")
            p.address = try line(p.address, "address")
            p.contact = try p.contact.map { (c) throws(DomainError) in try line(c, "contact") }
            guard !p.offers.isEmpty else {
                throw refusal("resource.noService", "service", ja: "提供するサービスを1つ以上指定してください（共同生活援助、生活介護 など）。",
                              en: "Give at least one service it offers (groupHome, lifeCare …).")
            }
            var seen = Set<ServiceType>()
            for offer in p.offers {
                guard seen.insert(offer.service).inserted else {
                    throw refusal("resource.serviceTwice", "service", ja: "\(offer.service.japanese) が2回指定されています。", en: "\(offer.service.rawValue) is given twice.")
                }
                if let n = offer.places, !(0...9999).contains(n) || !offer.service.hasPlaces {
                    throw refusal("resource.places", "service", ja: "\(offer.service.japanese) の定員 \(n) は使えません。",
                                  en: "\(n) cannot be the places of \(offer.service.rawValue).")
                }
            }
            p.offers.sort { $0.service < $1.service }
            p.closedOn = nil
            if state.providers[p.id] == p { return [] }
            return [.providerListed(p, on: on)]
        case .closeProvider(let id, let on):
            let p = try open(id, state)
            if let opened = p.openedOn, on < opened {
                throw refusal("resource.closeBeforeOpen", "on", ja: "開所（\(opened.wareki)）より前には閉所できません。", en: "It cannot close before it opened (\(opened)).")
            }
            return [.providerClosed(provider: id, on: on)]
        case .reportVacancy(let id, let service, let vacancies, let on):
            let p = try open(id, state)
            guard let offer = p.offer(service), service.hasPlaces else {
                throw refusal("resource.notOffered", "service", ja: "'\(id)' は\(service.japanese)の空き数を持つサービスを提供していません。",
                              en: "'\(id)' offers no \(service.rawValue) with places to report.")
            }
            guard vacancies >= 0, offer.places.map({ vacancies <= $0 }) ?? true else {
                throw refusal("resource.vacancies", "vacancies", ja: "空き数 \(vacancies) は使えません。0〜定員（\(offer.places.map(String.init) ?? "―")）にしてください。",
                              en: "\(vacancies) cannot be the vacancies: give 0 to the places (\(offer.places.map(String.init) ?? "—")).")
            }
            if state.vacancy(.init(provider: id, service: service), on: on).map({ $0.asOf == on && $0.vacancies == vacancies }) == true { return [] }
            return [.vacancyReported(provider: id, service: service, vacancies: vacancies, on: on)]
        }
    }

    public static func evolve(_ state: inout ResourceState, _ event: ResourceEvent) {
        switch event {
        case .providerListed(let p, _):
            if state.providers[p.id] == nil { state.order.append(p.id) }
            state.providers[p.id] = p
        case .providerClosed(let id, let on):
            state.providers[id]?.closedOn = on
        case .vacancyReported(let id, let service, let n, let on):
            var reports = state.vacancies[.init(provider: id, service: service), default: []]
            reports.removeAll { $0.asOf == on }
            reports.append(.init(vacancies: n, asOf: on))
            reports.sort { $0.asOf < $1.asOf }
            state.vacancies[.init(provider: id, service: service)] = reports
        }
    }

    static func open(_ id: String, _ state: ResourceState) throws(DomainError) -> Provider {
        guard let p = state.providers[id] else {
            throw refusal("resource.unknown", "provider", ja: "事業所 '\(id)' は登録されていません。", en: "There is no provider '\(id)'.")
        }
        if let closed = p.closedOn {
            throw refusal("resource.closed", "provider", ja: "'\(id)' は\(closed.wareki)に閉所しています。", en: "'\(id)' closed on \(closed).")
        }
        return p
    }

    /// One line: trimmed, not empty, no control character, not a page.
    static func line(_ raw: String, _ field: String) throws(DomainError) -> String {
        let t = raw.trimmingSpaces
        guard !t.isEmpty else { throw refusal("resource.empty", field, ja: "\(field) が空です。", en: "The \(field) is empty.") }
        guard !t.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw refusal("resource.control", field, ja: "\(field) に改行や制御文字は使えません。", en: "The \(field) may hold no line break or control character.")
        }
        guard t.count <= longest else {
            throw refusal("resource.tooLong", field, ja: "\(field) が長すぎます（\(t.count)文字、上限\(longest)文字）。", en: "The \(field) is too long (\(t.count) characters; at most \(longest)).")
        }
        return t
    }

    static func refusal(_ code: String, _ field: String?, ja: String, en: String) -> DomainError {
        .ledger(LedgerRefusal(code, field: field, japanese: ja, english: en))
    }
}
