/// What a year's evaluation of an issue decides: carry on next 年度, or close it.
public enum EvaluationDecision: String, Vocabulary {
    case `continue`
    case close
}
