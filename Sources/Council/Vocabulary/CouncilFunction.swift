/// The six functions (協議会の機能) every review sheet asks about.
public enum CouncilFunction: String, Vocabulary {
    public static let typeName = "CouncilFunction"
    case information
    case coordination
    case development
    case education
    case advocacy
    case evaluation
}
