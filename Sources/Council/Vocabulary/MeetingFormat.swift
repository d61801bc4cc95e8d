/// How a meeting was held.
public enum MeetingFormat: String, Vocabulary {
    case inPerson
    case online
    case written
}
