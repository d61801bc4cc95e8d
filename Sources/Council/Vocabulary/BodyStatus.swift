/// Where a body stands: meeting, paused (休止) or dissolved (終了).
public enum BodyStatus: String, Vocabulary {
    public static let typeName = "BodyStatus"
    case active
    case paused
    case dissolved
}
