/// Why an issue was closed (取扱い終了).
public enum CloseReason: String, Vocabulary {
    public static let typeName = "CloseReason"
    case resolved
    case individualSupport
    case transferred
    case merged
    case withdrawn
}
