import Calendar
import CouncilService
import EventStore

/// A calendar feed in iCalendar (RFC 5545) that Outlook or Google Calendar subscribe to: each
/// entry an all-day event, text escaped as the RFC says, lines folded at 75 octets without
/// splitting a character, CRLF line ends.
public struct ICalendarFeed {
    public let name: String
    public let entries: [CalendarEntry]
    public let japanese: Bool
    /// When the feed was made (DTSTAMP).
    public let madeAt: Timestamp

    public init(name: String, entries: [CalendarEntry], japanese: Bool, madeAt: Timestamp) {
        self.name = name
        self.entries = entries
        self.japanese = japanese
        self.madeAt = madeAt
    }

    public func render() -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kadai//council calendar//\(japanese ? "JA" : "EN")", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(name), "X-WR-TIMEZONE:Asia/Tokyo"]
        let stamp = Self.stamp(madeAt)
        for entry in entries {
            lines += ["BEGIN:VEVENT", "UID:" + Self.text(entry.uid) + "@kadai", "DTSTAMP:" + stamp,
                      "DTSTART;VALUE=DATE:" + Self.day(entry.day), "DTEND;VALUE=DATE:" + Self.day(entry.day.adding(days: 1)),
                      "SUMMARY:" + Self.text(summary(entry))]
            if let description = description(entry) { lines.append("DESCRIPTION:" + Self.text(description)) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    func summary(_ entry: CalendarEntry) -> String {
        switch entry.kind {
        case .meeting(_, let bodyName, let number, _): japanese ? "\(bodyName) 第\(number)回" : "\(bodyName) meeting no. \(number)"
        case .due(let issue, _, let action, let what, _): japanese ? "期限：\(issue) 取組\(action) \(what)" : "Due: \(issue) action \(action) \(what)"
        }
    }

    func description(_ entry: CalendarEntry) -> String? {
        switch entry.kind {
        case .meeting(_, _, _, let agenda): agenda.isEmpty ? nil : agenda.joined(separator: "\n")
        case .due(_, let title, _, _, let who): "\(title)\n\(japanese ? "誰が" : "Who"): \(who)"
        }
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545 3.3.11).
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A line longer than 75 octets goes on in lines that start with a space, never inside a
    /// character's bytes (RFC 5545 3.1).
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(character)
            octets += size
        }
        return out
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func pad4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - "\(n)".count)) + "\(n)" }

    static func day(_ d: CalendarDate) -> String { pad4(d.year) + pad2(d.month) + pad2(d.day) }

    static func stamp(_ t: Timestamp) -> String {
        let c = t.components
        return pad4(c.year) + pad2(c.month) + pad2(c.day) + "T" + pad2(c.hour)
            + pad2(c.minute) + pad2(c.second) + "Z"
    }
}
