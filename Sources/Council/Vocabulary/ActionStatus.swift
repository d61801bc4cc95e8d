/// How far one action of a plan has come.
public enum ActionStatus: String, Vocabulary {
    public static let typeName = "ActionStatus"
    case notStarted
    case inProgress
    case done
    case dropped
}
