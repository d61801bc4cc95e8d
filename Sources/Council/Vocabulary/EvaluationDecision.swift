/// What a year's evaluation of an issue decides: carry on next 年度, or close it.
public enum EvaluationDecision: String, Vocabulary {
    public static let typeName = "EvaluationDecision"
    case `continue`
    case close
}
