import Calendar
import Foundation
import CouncilService
import EventStore
import Testing
@testable import WebApp

/// The calendar feeds as Outlook and Google Calendar read them: RFC 5545's escaping, folding and
/// line ends; the feed behind its secret address, which renewing replaces.
@Suite struct ICalendarFeedTests {
    static let entries = [
        CalendarEntry(uid: "meeting-soudan-2024-05-10-1", day: CalendarDate(year: 2024, month: 5, day: 10)!,
                      kind: .meeting(body: "soudan", bodyName: "相談支援部会", number: 1, agenda: ["地域課題の共有; 次回, 日程", "研修\\の報告"])),
        CalendarEntry(uid: "due-K-0001-1-2", day: CalendarDate(year: 2024, month: 12, day: 31)!,
                      kind: .due(issue: "K-0001", title: String(repeating: "精神障害者が地域で暮らしにくい", count: 4), action: 2, what: "冊子を配る", who: "事務局")),
    ]

    @Test func theFeedIsRFC5545() {
        let feed = ICalendarFeed(name: "サンプル市", entries: Self.entries, japanese: true, madeAt: Timestamp(millisecondsSinceEpoch: 1_733_000_000_000)).render()
        #expect(feed.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && feed.hasSuffix("END:VCALENDAR\r\n"))
        #expect(feed.contains("DTSTART;VALUE=DATE:20240510\r\nDTEND;VALUE=DATE:20240511\r\n") && feed.contains("DTSTAMP:20241130T"))
        #expect(feed.contains("SUMMARY:相談支援部会 第1回") && feed.contains("DESCRIPTION:地域課題の共有\\; 次回\\, 日程\\n研修\\\\の報告"))
        let lines = feed.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "every line folded at 75 octets")
        let unfolded = feed.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:" + String(repeating: "精神障害者が地域で暮らしにくい", count: 4) + "\\n誰が: 事務局"), "folding splits no character")
    }
}
