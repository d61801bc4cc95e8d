/// How far one action of a plan has come.
public enum ActionStatus: String, Vocabulary {
    case notStarted
    case inProgress
    case done
    case dropped
}
