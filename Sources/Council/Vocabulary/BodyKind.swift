/// The kinds of meeting body (会議体) a council has.
public enum BodyKind: String, Vocabulary {
    public static let typeName = "BodyKind"
    case plenary
    case steering
    case subcommittee
    case workingGroup
    case liaison
    case forum
    case preparatory
}
