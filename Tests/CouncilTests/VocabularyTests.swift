@testable import Council
import Testing

// What users may type for a word of the domain (DESIGN §7): the English name in any case, the
// Japanese label, or a synonym councils use; and that every word has both labels, since documents
// print them and a missing one would print the raw key.

/// What a user typed for a word of a type, and the case it must be read as.
struct Typed: Sendable, CustomTestStringConvertible {
    var type: String
    var input: String
    var expected: String
    var testDescription: String { "\(type) \(input) → \(expected)" }
}

private let accepted: [Typed] = [
    Typed(type: "BodyKind", input: "workingGroup", expected: "workingGroup"),
    Typed(type: "BodyKind", input: "WORKINGGROUP", expected: "workingGroup"),
    Typed(type: "BodyKind", input: "WorkingGroup", expected: "workingGroup"),
    Typed(type: "BodyKind", input: "部会", expected: "subcommittee"),
    Typed(type: "BodyKind", input: " 部会\u{3000}", expected: "subcommittee"),
    Typed(type: "BodyKind", input: "専門部会", expected: "subcommittee"),
    Typed(type: "BodyKind", input: "幹事会", expected: "steering"),
    Typed(type: "BodyKind", input: "運営会議", expected: "steering"),
    Typed(type: "BodyKind", input: "WG", expected: "workingGroup"),
    Typed(type: "BodyKind", input: "wg", expected: "workingGroup"),
    Typed(type: "BodyKind", input: "ワーキンググループ", expected: "workingGroup"),
    Typed(type: "BodyKind", input: "ミーティング", expected: "liaison"),
    Typed(type: "BodyKind", input: "協議の場", expected: "forum"),
    Typed(type: "CouncilFunction", input: "情報機能", expected: "information"),
    Typed(type: "CouncilFunction", input: "情報", expected: "information"),
    Typed(type: "CouncilFunction", input: "調整", expected: "coordination"),
    Typed(type: "CouncilFunction", input: "開発", expected: "development"),
    Typed(type: "CouncilFunction", input: "教育", expected: "education"),
    Typed(type: "CouncilFunction", input: "権利擁護", expected: "advocacy"),
    Typed(type: "CouncilFunction", input: "評価", expected: "evaluation"),
    Typed(type: "CouncilFunction", input: "ADVOCACY", expected: "advocacy"),
    Typed(type: "MemberCategory", input: "相談支援事業者", expected: "consultationSupport"),
    Typed(type: "MemberCategory", input: "当事者", expected: "partyConcerned"),
    Typed(type: "MemberCategory", input: "民生・児童委員", expected: "welfareCommissioner"),
    // The seeds' own words for a seat.
    Typed(type: "MemberCategory", input: "就労支援機関", expected: "employmentSupport"),
    Typed(type: "MemberCategory", input: "相談支援事業所", expected: "consultationSupport"),
    Typed(type: "MemberCategory", input: "基幹相談支援センター", expected: "consultationSupport"),
    Typed(type: "MemberCategory", input: "障害福祉サービス等事業者", expected: "serviceProvider"),
    Typed(type: "MemberCategory", input: "行政職員(区市町村)", expected: "government"),
    Typed(type: "MemberCategory", input: "行政職員(都）", expected: "prefecturalGovernment"),
    Typed(type: "MemberCategory", input: "身体・知的障害者相談員", expected: "disabilityCounsellor"),
    Typed(type: "MemberCategory", input: "民生委員", expected: "welfareCommissioner"),
    Typed(type: "MemberCategory", input: "ハローワーク", expected: "employment"),
    Typed(type: "MemberRole", input: "部会長", expected: "chair"),
    Typed(type: "MemberRole", input: "副会長", expected: "viceChair"),
    Typed(type: "MeetingFormat", input: "オンライン開催", expected: "online"),
    Typed(type: "MeetingFormat", input: "オンライン", expected: "online"),
    Typed(type: "MeetingFormat", input: "書面", expected: "written"),
    Typed(type: "MeetingFormat", input: "対面", expected: "inPerson"),
    Typed(type: "MeetingFormat", input: "inperson", expected: "inPerson"),
    Typed(type: "CloseReason", input: "resolved", expected: "resolved"),
    Typed(type: "CloseReason", input: "個別支援で対応可能", expected: "individualSupport"),
    Typed(type: "EvaluationDecision", input: "継続", expected: "continue"),
    Typed(type: "EvaluationDecision", input: "Close", expected: "close"),
    Typed(type: "YearDecision", input: "終了", expected: "end"),
    Typed(type: "IssuePhase", input: "評価", expected: "evaluated"),
    Typed(type: "ActionStatus", input: "完了", expected: "done"),
]

/// (type, what the user typed): unknown words, and words of another type.
private let refused: [(String, String)] = [
    ("BodyKind", "committee"),
    ("BodyKind", ""),
    ("BodyKind", "\u{3000}"),
    ("BodyKind", "部"),
    ("BodyKind", "情報"),
    ("CouncilFunction", "情報機能x"),
    ("CouncilFunction", "調整機"),
    ("CouncilFunction", "幹事会"),
    ("MemberCategory", "教育"),
    ("MemberRole", "議長"),
    ("MeetingFormat", "zoom"),
    ("CloseReason", "resolve"),
    ("YearDecision", "close"),
    ("EvaluationDecision", "end"),
]

@Suite struct VocabularyTests {
    @Test(arguments: accepted) func accepts(_ row: Typed) {
        #expect(VocabularyType.named(row.type).parse(row.input) == row.expected)
    }

    @Test(arguments: refused) func refuses(_ type: String, _ input: String) {
        #expect(VocabularyType.named(type).parse(input) == nil)
    }

    /// Each case reads back from its name, its upper-cased name and its Japanese label.
    @Test(arguments: VocabularyType.all) func everyCaseReadsBack(_ type: VocabularyType) {
        for c in type.cases {
            #expect(type.parse(c.name) == c.name)
            #expect(type.parse(c.name.uppercased()) == c.name)
            #expect(type.parse(c.japanese) == c.name, "\(type.name).\(c.name) from \(c.japanese)")
        }
    }

    /// No case lacks a label: `label` falls back to the key, which must never be seen.
    @Test(arguments: VocabularyType.all) func everyCaseHasBothLabels(_ type: VocabularyType) {
        for c in type.cases {
            let key = "\(type.name).\(c.name)"
            #expect(Labels.table[key] != nil, "\(key) has no entry")
            #expect(c.japanese != key && !c.japanese.isEmpty, "\(key) has no Japanese label")
            #expect(c.english != key && !c.english.isEmpty, "\(key) has no English label")
        }
        #expect(Set(type.cases.map(\.japanese)).count == type.cases.count, "two cases of \(type.name) share a Japanese label")
    }

    /// The table holds labels for existing cases only (a renamed case would leave a stale key).
    @Test func noStrayLabels() {
        let keys = Set(VocabularyType.all.flatMap { t in t.cases.map { "\(t.name).\($0.name)" } })
        #expect(Set(Labels.table.keys) == keys)
    }

    /// Every synonym points at an existing case and reads back as it.
    @Test func everySynonymResolves() {
        for (word, key) in Labels.synonyms {
            let parts = key.split(separator: ".").map(String.init)
            #expect(Labels.table[key] != nil, "synonym \(word) points at \(key)")
            #expect(VocabularyType.named(parts[0]).parse(word) == parts[1], "synonym \(word)")
        }
    }

    @Test func labelsAsPrinted() {
        #expect(BodyKind.workingGroup.japanese == "ワーキング")
        #expect(BodyKind.workingGroup.english == "working group")
        #expect(CouncilFunction.advocacy.label(japanese: true) == "権利擁護機能")
        #expect(CouncilFunction.advocacy.label(japanese: false) == "advocacy")
        #expect(MeetingFormat.written.label(japanese: true) == "書面開催")
        #expect(CloseReason.transferred.japanese == "他の会議体へ移管")
        #expect(Labels.label("BodyKind.none", japanese: true) == "BodyKind.none")
        #expect(CouncilFunction.names == ["information", "coordination", "development", "education", "advocacy", "evaluation"])
    }
}

@Test func aCompositionTableListsEveryMemberCategoryOnceWithOtherLast() {
    #expect(Set(MemberCategory.displayOrder) == Set(MemberCategory.allCases) && MemberCategory.displayOrder.count == MemberCategory.allCases.count)
    #expect(MemberCategory.displayOrder.last == .other)
}
