/// What a body plans for its year (年間活動計画): its own meetings (第N回), and what it does besides.
public enum PlannedKind: String, Vocabulary {
    public static let typeName = "PlannedKind"
    case meeting
    case training
    case exchange
    case sale
    case event
    case other
}
