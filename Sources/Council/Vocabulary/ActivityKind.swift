/// What kind of activity carried an issue forward.
public enum ActivityKind: String, Vocabulary {
    public static let typeName = "ActivityKind"
    case meeting
    case training
    case survey
    case visit
    case deliverable
    case other
}
