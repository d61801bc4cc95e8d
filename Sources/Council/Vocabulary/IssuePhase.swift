/// Where a regional issue stands in its life (DESIGN §3).
public enum IssuePhase: String, Vocabulary {
    public static let typeName = "IssuePhase"
    case raised
    case analysing
    case planned
    case executing
    case evaluated
    case closed
}
