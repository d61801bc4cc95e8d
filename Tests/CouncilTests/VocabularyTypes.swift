@testable import Council

// Every Vocabulary type behind one shape, so tables can name a type by its name and the label
// checks can walk them all. (@testable: Labels.table and Labels.synonyms are internal.)

struct VocabularyType: Sendable, CustomStringConvertible {
    var name: String
    /// The case `init?(input:)` finds, as its English name.
    var parse: @Sendable (String) -> String?
    var cases: [(name: String, japanese: String, english: String)]
    var description: String { name }

    init<V: Vocabulary>(_ type: V.Type) {
        name = String(describing: V.self)
        parse = { V(input: $0)?.rawValue }
        cases = V.allCases.map { ($0.rawValue, $0.japanese, $0.english) }
    }

    static let all: [VocabularyType] = [
        VocabularyType(BodyKind.self), VocabularyType(BodyStatus.self), VocabularyType(MemberCategory.self),
        VocabularyType(MemberRole.self), VocabularyType(MeetingFormat.self), VocabularyType(CouncilFunction.self),
        VocabularyType(IssuePhase.self), VocabularyType(ActivityKind.self), VocabularyType(BodyActivityKind.self), VocabularyType(PlannedKind.self), VocabularyType(PlanChange.self), VocabularyType(ActionStatus.self),
        VocabularyType(CloseReason.self), VocabularyType(EvaluationDecision.self), VocabularyType(YearDecision.self),
        VocabularyType(WorkColumn.self),
        VocabularyType(MaterialKind.self),
    ]

    static func named(_ name: String) -> VocabularyType { all.first { $0.name == name }! }
}
