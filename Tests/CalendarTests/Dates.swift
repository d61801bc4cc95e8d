import Calendar

/// ISO dates are built directly, so that tests can name any day a record may hold (0001-01-01),
/// not only those that can be typed; other forms go through the parser.
func date(_ text: String) -> CalendarDate {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    if parts.count == 3, let day = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) { return day }
    return try! DateParser.parse(text)
}
