/// Where a body stands: meeting, paused (休止) or dissolved (終了).
public enum BodyStatus: String, Vocabulary {
    case active
    case paused
    case dissolved
}
