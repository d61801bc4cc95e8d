/// The role (役職) a member holds on a body.
public enum MemberRole: String, Vocabulary {
    public static let typeName = "MemberRole"
    case chair
    case viceChair
    case member
    case secretariat
    case adviser
}
