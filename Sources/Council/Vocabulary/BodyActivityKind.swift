/// What a body did besides meeting, belonging to no issue: a training it held (研修会), an
/// exchange of views (意見交換会), a sale of goods made at its members' workplaces (販売会) …
public enum BodyActivityKind: String, Vocabulary {
    public static let typeName = "BodyActivityKind"
    case training
    case exchange
    case sale
    case event
    case other
}
