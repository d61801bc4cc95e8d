/// The role (役職) a member holds on a body.
public enum MemberRole: String, Vocabulary {
    case chair
    case viceChair
    case member
    case secretariat
    case adviser
}
