/// Where a regional issue stands in its life (DESIGN §3).
public enum IssuePhase: String, Vocabulary {
    case raised
    case analysing
    case planned
    case executing
    case evaluated
    case closed
}
