/// What a file attached to a meeting is: its minutes (議事録) or a material (資料) handed out or shown.
public enum MaterialKind: String, Vocabulary {
    public static let typeName = "MaterialKind"
    case minutes
    case material
}
