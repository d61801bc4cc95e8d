import Calendar
import Council
import Testing
@testable import Documents

/// With `--lang en` every label a document prints — headings, column heads, field names, notes —
/// is English; only what was recorded (names, titles, comments) stays as written.
@Suite struct EnglishLabelTests {
    static func documents(_ language: DocumentLanguage) -> [Document] {
        let record = SampleCouncil.nagaoka.record
        let soudan = record.body("soudan")!
        let issue = record.state.issues["K-0001"]!
        return [
            ReviewSheet(record: record, body: soudan, year: fy(2020), language: language).document(),
            StatusReport(record: record, body: soudan, year: fy(2020), language: language).document(),
            ActionPlanSheet(record: record, issue: issue, language: language).document(),
            ActivityReport(record: record, year: fy(2020), language: language).document(),
            ActivityReport(record: record, year: fy(2020), body: "soudan", language: language).document(),
            AnnualReport(record: record, body: soudan, year: fy(2020), language: language, today: date("2026-12-07")).document(),
            Schedule(record: record, year: fy(2020), language: language).document(),
            Scorecard(record: record, year: fy(2020), language: language).document(),
            SteeringAgenda(record: record, on: date("2021-06-01"), language: language).document(),
            Composition(record: record, on: date("2020-04-01"), language: language).document(),
            AuditTrail(record: record, issue: issue, language: language).document(),
        ]
    }

    /// The words a document chose itself, not the ones it copied from the record.
    static func labels(_ d: Document) -> [String] {
        d.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let h): [h]
            case .note(let n): [n]
            case .fields(let fields): fields.map(\.label)
            case .table(let t): t.header
            case .links(let links): links.map(\.text)
            case .chart(let c): [c.title, c.unit, c.alternative]
            case .paragraph, .bullets: []
            }
        }
    }

    /// Every table cell and field value, every line of it.
    static func cells(_ d: Document) -> [String] {
        d.blocks.flatMap { block -> [String] in
            switch block {
            case .fields(let fields): fields.map(\.value)
            case .table(let t): t.rows.flatMap { $0 }
            case .bullets(let items): items
            default: []
            }
        }.flatMap { $0.split(separator: "\n").map(String.init) }
    }

    static func japanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    @Test func everyLabelIsEnglishInEnglish() {
        let names = Set(SampleCouncil.nagaoka.state.bodiesInOrder.map(\.name))
        for d in Self.documents(.en) {
            // Body names head the composition's columns: recorded names, not labels.
            let japanese = Self.labels(d).filter { Self.japanese($0) && !names.contains($0) }
            #expect(japanese.isEmpty, "\(d.kind): \(japanese)")
            #expect(d.language == "en")
            // Nor Japanese punctuation around what it prints.
            let ours = ([d.title] + d.byline + Self.cells(d)).filter { $0.contains("（") || $0.contains("：") || $0.hasPrefix("・") }
            #expect(ours.isEmpty, "\(d.kind): \(ours)")
        }
    }

    @Test func everyLabelIsJapaneseInJapanese() {
        for d in Self.documents(.ja) {
            let labels = Self.labels(d).filter { !$0.isEmpty && $0.contains { $0.isLetter } }
            let english = labels.filter { !Self.japanese($0) }
            #expect(english.isEmpty, "\(d.kind): \(english)")
        }
    }
}
