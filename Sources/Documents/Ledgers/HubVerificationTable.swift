import Calendar
import JSON
import SupportHubs

/// 地域生活支援拠点等の運用状況の検証及び検討について, as Kokubunji files it (seed 003): a row per
/// national function — 主な機能, 国が示す機能, the city's 拠点機能 and 運用状況, 課題, 特記事項 — for a
/// 年度, dated the day the council verified it.
public struct HubVerificationTable: DocumentBuilder {
    public var state: HubState
    public var year: FiscalYear
    /// The city the table speaks for (国分寺市), which heads two of its columns.
    public var municipality: String
    public var language: DocumentLanguage

    public init(state: HubState, year: FiscalYear, municipality: String, language: DocumentLanguage) {
        self.state = state
        self.year = year
        self.municipality = municipality
        self.language = language
    }

    public func document() -> Document {
        let ja = language.japanese
        let city = municipality.isEmpty ? (ja ? "市" : "the city") : municipality
        let header = [t("hub.function"), t("hub.national"),
                      ja ? "\(city)の拠点機能" : "Provision in \(city)", ja ? "\(city)の運用状況" : "Operation in \(city)",
                      t("hub.challenge"), t("hub.note")]
        let rows = HubFunction.allCases.map { f -> [String] in
            let row = state.row(f, in: year)
            func lines(_ column: HubEntry.Column) -> String {
                row.entries(column).map { e in e.text + (e.when.map { language.paren(language.date($0)) } ?? "") }.joined(separator: "\n")
            }
            return [f.label(japanese: ja), ja ? f.nationalDescription : f.english, row.provision.joined(separator: "\n"),
                    lines(.operation), lines(.challenge), lines(.note)]
        }
        let verified = state.verified[year]
        let facts: JSONObject = ["fiscalYear": .int(Int64(year.startYear)), "verifiedOn": verified.map { .string($0.description) } ?? .null,
                                 "functions": .array(HubFunction.allCases.map { .string($0.rawValue) })]
        return Document(kind: "hubs", title: t("hub.title"), byline: verified.map { [language.date($0)] } ?? [t("hub.notVerified")],
                        blocks: [.table(Table(header: header, rows: rows))], facts: facts, language: language.rawValue)
    }
}
