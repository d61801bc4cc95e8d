import Calendar
import Council
import JSON
import Projections

/// 全体スケジュール: every body active in the 年度 against its twelve months (4月 … 3月), the days
/// it met in each cell (one under the other), counted from the recorded meetings.
public struct Schedule: DocumentBuilder {
    public var record: CouncilRecord
    public var year: FiscalYear
    public var language: DocumentLanguage

    public init(record: CouncilRecord, year: FiscalYear, language: DocumentLanguage) {
        self.record = record
        self.year = year
        self.language = language
    }

    /// Bodies that existed during some of the year, in the order they were set up, each 連絡会 or
    /// working group right under the body it belongs to, with its depth there.
    var bodies: [(body: BodyState, depth: Int)] {
        let alive = record.state.bodiesInOrder.filter { b in
            b.establishedOn <= year.lastDay && (b.dissolution?.on ?? .latest) > year.firstDay
        }
        let ids = Set(alive.map(\.id))
        var out: [(body: BodyState, depth: Int)] = []
        func add(_ b: BodyState, _ depth: Int) {
            // A parent's cycle cannot be recorded, but a depth bound keeps a damaged log from looping.
            guard depth < 8, !out.contains(where: { $0.body.id == b.id }) else { return }
            out.append((b, depth))
            for child in alive where child.parent == b.id { add(child, depth + 1) }
        }
        for b in alive where b.parent.map({ !ids.contains($0) }) ?? true { add(b, 0) }
        for b in alive where !out.contains(where: { $0.body.id == b.id }) { add(b, 0) }
        return out
    }

    /// What the body did besides meeting, in a month cell: 7月31日⏎（研修会）, or 7月⏎（研修会） when
    /// only the month is known.
    func day(_ a: BodyActivityRecorded) -> String {
        let when: String
        switch a.when {
        case .day(let d): when = language.japanese ? "\(language.month(d.month))\(d.day)日" : "\(language.month(d.month)) \(d.day)"
        case .month(let m): when = language.month(m.month)
        case .fiscalYear: when = ""
        }
        let kind = a.kind.label(japanese: language.japanese)
        return when + "\n" + (language.japanese ? "（\(kind)）" : "(\(kind))")
    }

    /// 8月6日 / Aug 6, as the councils' own schedules write it, with the format unless the meeting
    /// was held in person, as the other documents mark it: 12月16日⏎（書面開催）. On a line of its
    /// own, so the grid's unbroken cells stay narrow enough for twelve months on a page.
    func day(_ m: MeetingRecorded) -> String {
        let day = language.japanese ? "\(language.month(m.on.month))\(m.on.day)日" : "\(language.month(m.on.month)) \(m.on.day)"
        guard m.format != .inPerson else { return day }
        let format = m.format.label(japanese: language.japanese)
        return day + "\n" + (language.japanese ? "（\(format)）" : "(\(format))")
    }

    public func document() -> Document {
        let months = year.months
        var rows: [[String]] = []
        var factRows: [JSONValue] = []
        for (body, depth) in bodies {
            let meetings = record.meetings(of: body.id, in: year)
            let activities = body.activities(in: year)
            var cells: [String] = []
            var monthFacts: [JSONValue] = []
            for (y, m) in months {
                let held = meetings.filter { $0.meeting.on.year == y && $0.meeting.on.month == m }
                let done = activities.filter { a in
                    switch a.when {
                    case .day(let d): d.year == y && d.month == m
                    case .month(let month): month.year == y && month.month == m
                    case .fiscalYear: false
                    }
                }
                if held.isEmpty && done.isEmpty {
                    // A month the body spent paused, or before it was set up or after it ended, says so.
                    let last = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))!
                    let first = CalendarDate(year: y, month: m, day: 1)!
                    if body.isPaused(on: first) && body.isPaused(on: last) {
                        cells.append(t("schedule.paused"))
                    } else if last < body.establishedOn || (body.dissolution.map { $0.on <= first } ?? false) {
                        cells.append("―")
                    } else {
                        cells.append("")
                    }
                } else {
                    cells.append((held.map { day($0.meeting) } + done.map(day)).joined(separator: "\n"))
                    monthFacts.append(.object(["month": .int(Int64(m)), "days": .array(held.map { .int(Int64($0.meeting.on.day)) }),
                                               "formats": .array(held.map { .string($0.meeting.format.rawValue) }),
                                               "positions": .array(held.map { .int(Int64($0.position)) })]))
                }
            }
            let indent = String(repeating: language.japanese ? "　" : "  ", count: depth)
            rows.append([indent + BodyName.on(year.lastDay, of: body)] + cells + [MeetingCount.text(body, recorded: meetings.count, in: year, japanese: language.japanese)])
            factRows.append(.object(["body": .string(body.id), "meetingCount": .int(Int64(MeetingCount.number(body, recorded: meetings.count, in: year))), "months": .array(monthFacts)]))
        }
        let header = [t("schedule.body")] + months.map { language.month($0.month) } + [t("schedule.total")]
        let table = Table(header: header, rows: rows)
        let title = "\(language.fiscalYear(year)) \(record.state.name ?? "") \(t("schedule.title"))"
        return Document(kind: "schedule", title: title, blocks: [.table(table)],
                        facts: ["fiscalYear": .int(Int64(year.startYear)), "bodies": .array(factRows)], language: language.rawValue)
    }
}
