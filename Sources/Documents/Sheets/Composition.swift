import Calendar
import Council
import JSON
import Projections

/// 委員構成 (as in Kodaira's report): the seats of each body on a date by member category, with
/// those sitting as a party concerned (当事者) in brackets, and the totals.
public struct Composition: DocumentBuilder {
    public var record: CouncilRecord
    public var on: CalendarDate
    public var language: DocumentLanguage

    public init(record: CouncilRecord, on: CalendarDate, language: DocumentLanguage) {
        self.record = record
        self.on = on
        self.language = language
    }

    public func document() -> Document {
        let ja = language.japanese
        let bodies = record.state.bodiesInOrder.filter { $0.establishedOn <= on && ($0.dissolution?.on ?? .latest) > on }
        func seated(_ b: BodyState) -> [Membership] { b.members.filter { $0.appointedOn <= on && ($0.retiredOn ?? .latest) > on } }
        func cell(_ seats: [Membership]) -> String {
            let concerned = seats.filter(\.partyConcerned).count
            return concerned > 0 ? "\(seats.count)" + language.paren("\(concerned)") : "\(seats.count)"
        }
        var rows: [[String]] = MemberCategory.displayOrder.map { category in
            [category.label(japanese: ja)] + bodies.map { cell(seated($0).filter { $0.category == category }) }
                + [cell(bodies.flatMap { seated($0).filter { $0.category == category } })]
        }
        rows.append([t("composition.total")] + bodies.map { cell(seated($0)) } + [cell(bodies.flatMap(seated))])
        // The appointment behind each seat, for the positions of every count.
        func appointments(_ b: BodyState) -> [JSONValue] {
            let seats = seated(b)
            return record.model.appointments(of: b.id).compactMap { p, a -> JSONValue? in
                guard seats.contains(where: { $0.member == a.member && $0.appointedOn == a.on }) else { return nil }
                return .int(Int64(p))
            }
        }
        let header = [t("composition.category")] + bodies.map { BodyName.on(on, of: $0) } + [t("composition.total")]
        let facts: JSONObject = [
            "on": .string(on.description),
            "bodies": .array(bodies.map { b in
                .object(["body": .string(b.id), "members": .int(Int64(seated(b).count)),
                         "partyConcerned": .int(Int64(seated(b).filter(\.partyConcerned).count)),
                         "positions": .array(appointments(b)),
                         "byCategory": .object(JSONObject(MemberCategory.displayOrder.compactMap { c in
                             let n = seated(b).filter { $0.category == c }.count
                             return n > 0 ? (c.rawValue, .int(Int64(n))) : nil
                         }))])
            }),
        ]
        return Document(kind: "composition", title: "\(record.state.name ?? "") \(t("composition.title"))", byline: [language.date(on)],
                        blocks: [.table(Table(header: header, rows: rows)), .note(t("composition.note"))], facts: facts, language: language.rawValue)
    }
}
