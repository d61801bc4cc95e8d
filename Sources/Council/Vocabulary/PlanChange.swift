/// What became of a planned meeting or activity that was not held as planned.
public enum PlanChange: String, Vocabulary {
    public static let typeName = "PlanChange"
    case postponed
    case cancelled
}
