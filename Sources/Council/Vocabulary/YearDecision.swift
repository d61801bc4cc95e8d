/// What a year-end evaluation or review decides for the next 年度.
public enum YearDecision: String, Vocabulary {
    case `continue`
    case end
}
