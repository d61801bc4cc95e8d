/// How a meeting was held.
public enum MeetingFormat: String, Vocabulary {
    public static let typeName = "MeetingFormat"
    case inPerson
    case online
    case written
}
