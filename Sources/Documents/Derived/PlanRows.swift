import Calendar
import Council
import Projections

/// The rows of a body's 年間活動報告書・計画書 tables (日にち | 内容 | 備考) as Kokubunji sets them
/// out: each meeting (第1回 7月21日), each activity of its own (研修会 7月31日) and of its issues, and
/// a block per 連絡会 or working group under it, with all its dates; in the plan, what is planned
/// beside what is already held (第1回（実施済）), what was postponed or cancelled, and rhythms
/// (毎月1回開催). A day after `today` is never held, whatever was entered ahead of it.
struct PlanRows {
    var record: CouncilRecord
    var body: BodyState
    var language: DocumentLanguage
    var today: CalendarDate

    var ja: Bool { language.japanese }
    func t(_ key: String) -> String { DocumentLabels.text(key, language) }

    /// 7月21日, 12月予定 / 12月, 年度内: the year is the document's own, so the day column leaves it out.
    func day(_ d: PartialDate, planned: Bool) -> String {
        switch d {
        case .day(let day): return ja ? "\(day.month)月\(day.day)日" : "\(language.month(day.month)) \(day.day)"
        case .month(let m): return language.month(m.month) + (planned ? t("annual.due") : "")
        case .fiscalYear: return t("annual.withinYear") + (planned ? t("annual.due") : "")
        }
    }

    func span(_ from: PartialDate?, _ until: PartialDate?, planned: Bool) -> String {
        guard let from else { return "" }
        guard let until else { return day(from, planned: planned) }
        return day(from, planned: false) + (ja ? "～" : "–") + day(until, planned: planned)
    }

    func format(_ f: MeetingFormat) -> [String] { f == .inPerson ? [] : [f.label(japanese: ja)] }

    // MARK: What was held

    /// The year's rows as the seed orders them: the meetings (and the work of its issues) by date,
    /// then what the body did besides, then a block per body under it.
    func held(in year: FiscalYear) -> [[String]] {
        Self.byDate(ownRows(in: year)) + Self.byDate(ownActivities(in: year)) + children(in: year).compactMap { heldBlock($0, in: year) }
    }

    /// By date; on one day, in the order given (a meeting before what was done at it).
    static func byDate(_ rows: [(PartialDate, [String])]) -> [[String]] {
        rows.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// 第1回 | ・議題 … | オンライン開催, and each activity of the body's issues in the year. An activity
    /// done at one of these meetings (its meeting id, `MeetingReference`) is a line under that meeting,
    /// not a row of its own beside it: listed twice, the day reads as two events.
    func ownRows(in year: FiscalYear) -> [(PartialDate, [String])] {
        let meetings = record.meetings(of: body.id, in: year).filter { $0.meeting.on <= today }
        let ids = Set(meetings.map { MeetingReference.id(of: $0.meeting) })
        var atMeeting: [String: [(position: UInt64, line: String)]] = [:]
        var activities: [(PartialDate, [String])] = []
        for issue in record.issues(of: body.id, in: year) {
            for e in record.issueEvents(of: issue.id, in: year) where e.ownerAt == body.id {
                guard let a = e.activity, a.when.countsFrom <= today else { continue }
                if let meeting = a.meeting, ids.contains(meeting) {
                    let kind = a.kind.label(japanese: ja)
                    let line = ja ? "（\(kind)）\(a.summary)（\(issue.id)）" : "\(kind.prefix(1).uppercased() + kind.dropFirst()): \(a.summary) (\(issue.id))"
                    atMeeting[meeting, default: []].append((e.position, language.bullet + line))
                } else {
                    activities.append((a.when, ["\(a.kind.label(japanese: ja)) \(day(a.when, planned: false))", a.summary, issue.id]))
                }
            }
        }
        return meetings.map { p in
            let m = p.meeting
            let done = (atMeeting[MeetingReference.id(of: m)] ?? []).sorted { $0.position < $1.position }.map(\.line)
            return (.day(m.on), [number(m.number) + " " + day(.day(m.on), planned: false), Self.lines(content(of: m) + done),
                                 (format(m.format) + [m.note].compactMap { $0 }).joined(separator: ja ? "、" : ", ")])
        } + activities
    }

    /// 研修会 7月31日 | 名称、内容、講師：… | 備考.
    func ownActivities(in year: FiscalYear) -> [(PartialDate, [String])] {
        body.activities(in: year).filter { $0.when.countsFrom <= today }.map { a in
            (a.when, [a.kind.label(japanese: ja) + " " + day(a.when, planned: false), Self.lines(describe(a)),
                      (format(a.format) + [a.note].compactMap { $0 }).joined(separator: ja ? "、" : ", ")])
        }
    }

    func describe(_ a: BodyActivityRecorded) -> [String] {
        [a.title] + [a.summary].compactMap { $0 } + a.lecturers.map { t("annual.lecturer") + $0 }
    }

    func number(_ n: Int) -> String { ja ? "第\(n)回" : "No. \(n)" }

    func content(of m: MeetingRecorded) -> [String] {
        m.agenda.map { language.bullet + $0 } + m.decisions.map { language.bullet + t("annual.decided") + $0 }
    }

    /// The 連絡会 and working groups under the body that were alive in the year, in their order.
    func children(in year: FiscalYear) -> [BodyState] {
        record.state.bodiesInOrder.filter { b in
            b.parent == body.id && b.establishedOn <= year.lastDay && (b.dissolution?.on ?? .latest) > year.firstDay
        }
    }

    /// 相談支援事業所連絡会 06月19日 … | its topics, each once | オンライン開催（6，7，1，2月）.
    func heldBlock(_ child: BodyState, in year: FiscalYear) -> [String]? {
        let meetings = record.meetings(of: child.id, in: year).map(\.meeting).filter { $0.on <= today }
        let activities = child.activities(in: year).filter { $0.when.countsFrom <= today }
        guard !meetings.isEmpty || !activities.isEmpty else { return nil }
        let name = BodyName.on(year.lastDay, of: child)
        let dates = (meetings.map { PartialDate.day($0.on) } + activities.map(\.when)).sorted().map { day($0, planned: false) }
        let topics = Self.once(meetings.flatMap(\.agenda) + activities.map(\.title)).map { language.bullet + $0 }
        let online = meetings.filter { $0.format != .inPerson }
        var remarks: [String] = []
        for f in MeetingFormat.allCases where f != .inPerson {
            let these = online.filter { $0.format == f }
            guard !these.isEmpty else { continue }
            let months = these.count == meetings.count ? "" : (ja ? "（\(Self.once(these.map { "\($0.on.month)" }).joined(separator: "，"))月）"
                                                                 : " (\(Self.once(these.map { language.month($0.on.month) }).joined(separator: ", ")))")
            remarks.append(f.label(japanese: ja) + months)
        }
        return [([name] + dates).joined(separator: "\n"), topics.joined(separator: "\n"), remarks.joined(separator: "\n")]
    }

    // MARK: What is planned

    /// The plan of the year: each entry beside what carried it out, what was held without an entry,
    /// then a block per body under it.
    func planned(in year: FiscalYear) -> [[String]] {
        var rows: [(PartialDate, [String])] = [], activities: [(PartialDate, [String])] = []
        let entries = body.plans[year] ?? []
        var matched = Set<Int>()
        for entry in entries {
            let held = entry.heldOn(by: today, in: body)
            let meeting = entry.meeting(in: body)
            if let meeting { matched.insert(meeting.number) }
            let what = entry.planned.kind == .meeting
                ? (entry.planned.number ?? meeting?.number).map(number) ?? entry.planned.kind.label(japanese: ja)
                : entry.planned.kind.label(japanese: ja)
            let mark = held != nil ? language.paren(t("annual.held")) : ""
            let when = held.map { day($0, planned: false) } ?? span(entry.date, entry.planned.until, planned: true)
            let topics = (held != nil ? meeting.map(content(of:)) : nil) ?? entry.planned.topics.map { language.bullet + $0 }
            var remarks = [entry.planned.rhythm, entry.planned.note].compactMap { $0 }
            if held == nil, let change = entry.changes.last {
                remarks.append(change.change.label(japanese: ja) + (change.reason.map { language.paren($0) } ?? ""))
            }
            let row = (held ?? entry.date ?? .fiscalYear(year), [what + mark + (when.isEmpty ? "" : " " + when), Self.lines(topics), Self.lines(remarks)])
            if entry.planned.kind == .meeting { rows.append(row) } else { activities.append(row) }
        }
        // Held, or entered ahead, with no entry of the plan.
        for m in record.meetings(of: body.id, in: year).map(\.meeting) where !matched.contains(m.number) {
            let held = m.on <= today
            rows.append((.day(m.on), [number(m.number) + (held ? language.paren(t("annual.held")) : "") + " " + day(.day(m.on), planned: !held),
                                      Self.lines(content(of: m)), Self.lines(format(m.format))]))
        }
        return Self.byDate(rows) + Self.byDate(activities) + children(in: year).compactMap { plannedBlock($0, in: year) }
    }

    /// 相談支援事業所連絡会（一部実施済） 4月15日 … | topics | ・毎月1回開催.
    func plannedBlock(_ child: BodyState, in year: FiscalYear) -> [String]? {
        let entries = child.plans[year] ?? []
        let meetings = record.meetings(of: child.id, in: year).map(\.meeting)
        guard !entries.isEmpty || !meetings.isEmpty else { return nil }
        let live = entries.filter { !$0.isCancelled }
        let held = live.filter { $0.heldOn(by: today, in: child) != nil }.count
        let carriedOut = Set(live.compactMap { $0.meeting(in: child)?.number })
        let heldUnplanned = meetings.filter { $0.on <= today && !carriedOut.contains($0.number) }
        let mark = held + heldUnplanned.count == 0 ? "" : held == live.count ? t("annual.held") : t("annual.partlyHeld")
        let name = BodyName.on(year.lastDay, of: child) + (mark.isEmpty ? "" : language.paren(mark))
        let planned = live.compactMap { e in e.date.map { ($0, span(e.date, e.planned.until, planned: false)) } }
        let dates = (planned + heldUnplanned.map { (PartialDate.day($0.on), day(.day($0.on), planned: false)) }).sorted { $0.0 < $1.0 }.map(\.1)
        let topics = Self.once(entries.flatMap(\.planned.topics) + heldUnplanned.flatMap(\.agenda)).map { language.bullet + $0 }
        let remarks = Self.once(entries.compactMap(\.planned.rhythm) + entries.compactMap(\.planned.note)).map { language.bullet + $0 }
        return [([name] + dates).joined(separator: "\n"), topics.joined(separator: "\n"), remarks.joined(separator: "\n")]
    }

    static func lines(_ items: [String]) -> String { items.joined(separator: "\n") }

    /// Each item once, in first-seen order.
    static func once(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
