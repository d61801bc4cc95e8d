/// What a year-end evaluation or review decides for the next 年度.
public enum YearDecision: String, Vocabulary {
    public static let typeName = "YearDecision"
    case `continue`
    case end
}
