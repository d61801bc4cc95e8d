import Calendar
import Council
import JSON
import Projections

/// 検討状況報告書: one body's year as the Nagaoka status reports set it out — members, policy and
/// planned work, each meeting as 【第N回】 with what was discussed, the direction from here and what
/// goes to the steering meeting. Updated as of the body's latest event in the year.
public struct StatusReport: DocumentBuilder {
    public var record: CouncilRecord
    public var body: BodyState
    public var year: FiscalYear
    /// Leaves out the seats' ids (kept for internal readers to trace members).
    public var isPublic: Bool
    public var language: DocumentLanguage

    public init(record: CouncilRecord, body: BodyState, year: FiscalYear, isPublic: Bool = false, language: DocumentLanguage) {
        self.record = record
        self.body = body
        self.year = year
        self.isPublic = isPublic
        self.language = language
    }

    /// What the report reads besides the read model's core: the issues its meetings took up.
    public static let parts = CouncilReadModel.Parts(issues: true)

    public func document() -> Document {
        let meetings = record.meetings(of: body.id, in: year)
        let policy = record.policy(of: body.id, in: year)
        let review = record.review(of: body.id, in: year)
        let members = body.members.filter { $0.appointedOn <= year.lastDay && ($0.retiredOn ?? .latest) >= year.firstDay }
        let ja = language.japanese

        let memberText = members.map { m -> String in
            let role = m.role == .member || m.role == .secretariat ? "" : (ja ? "（\(RoleName.of(m.role, in: body.kind, language))）" : " (\(m.role.english))")
            return m.affiliation + m.peopleNote(japanese: ja) + role + (m.role == .secretariat ? (ja ? "※事" : " (secretariat)") : "")
        }.joined(separator: ja ? "、" : ", ")
        var blocks: [Block] = [.fields([
            Field(ja ? membersLabel : t("status.members"), memberText.isEmpty ? "―" : memberText),
            Field(t("status.policy"), policy?.policy.policy ?? ""),
            Field(t("status.plan"), policy?.policy.plan ?? ""),
        ])]
        if ja, members.contains(where: { $0.role == .secretariat }) { blocks.append(.note(t("status.secretariat"))) }
        if let paused = PauseNote.block(body, in: year, language, name: { record.bodyName($0) }) { blocks.append(paused) }
        if meetings.isEmpty {
            blocks.append(.paragraph(t("status.noMeetings")))
        } else {
            blocks.append(.table(Table(header: [t("status.date"), t("status.discussed")], rows: meetings.map { row($0.meeting) })))
        }
        blocks.append(.fields([
            Field(t("status.direction"), body.statusUpdates[year]?.direction ?? direction(review?.review)),
            Field(t("status.toSteering"), review?.review.toSteering ?? ""),
        ]))

        // The day the secretariat gave, or else the latest day anything of the year was recorded for.
        let updated = body.statusUpdates[year]?.on ?? record.model.eventDates(of: body.id).filter(year.contains).max()
        var facts: JSONObject = [
            "body": .string(body.id), "bodyName": .string(BodyName.on(year.lastDay, of: body)), "fiscalYear": .int(Int64(year.startYear)),
            "updated": updated.map { .string($0.description) } ?? .null,
            "members": .array(members.map { .string($0.member) }),
            "meetingCount": .int(Int64(meetings.count)),
            "meetings": .array(meetings.map { .object(["number": .int(Int64($0.meeting.number)), "on": .string($0.meeting.on.description),
                                                       "position": .int(Int64($0.position))]) }),
            "policyPosition": policy.map { .int(Int64($0.position)) } ?? .null,
            "reviewPosition": review.map { .int(Int64($0.position)) } ?? .null,
        ]
        if isPublic { facts["members"] = nil }
        let title = "\(language.fiscalYear(year)) \(BodyName.on(year.lastDay, of: body)) \(t("status.title"))"
        let byline = updated.map { [ja ? "\(language.date($0)) \(t("status.updated"))" : "Updated \(language.date($0))"] } ?? []
        return Document(kind: "status", title: title, byline: byline, blocks: blocks, facts: facts, language: language.rawValue)
    }

    /// 【第1回】⏎令和2年7月9日 | ・議題 … ・決定 …
    func row(_ m: MeetingRecorded) -> [String] {
        let ja = language.japanese
        var when = (ja ? "【第\(m.number)回】\n" : "No. \(m.number)\n") + language.date(m.on)
        if m.format != .inPerson { when += ja ? "\n（\(m.format.japanese)）" : " (\(m.format.english))" }
        var lines = m.agenda.map { language.bullet + $0 }
        lines += m.decisions.map { language.bullet + (ja ? "（決定）" : "Decided: ") + $0 }
        let titles = m.issues.map { id in record.issue(id).map { "\(id) \($0.title)" } ?? id }
        if !titles.isEmpty { lines.append(language.bullet + (ja ? "関連する地域課題：" : "Issues: ") + titles.joined(separator: ja ? "、" : ", ")) }
        if let note = m.note { lines.append((ja ? "※" : "Note: ") + note) }
        return [when, lines.joined(separator: "\n")]
    }

    /// 部会員 of a 部会, 構成員 of a working group, liaison or 準備会, 委員 of the others.
    var membersLabel: String {
        switch body.kind {
        case .subcommittee: "部会員"
        case .workingGroup, .liaison, .preparatory: "構成員"
        default: "委員"
        }
    }

    func direction(_ review: BodyYearReviewed?) -> String {
        guard let review else { return "" }
        switch review.next {
        case .continue: return ([t("status.continues")] + [review.nextPolicy, review.nextPlan].compactMap { $0 }).joined(separator: "\n")
        case .end: return ([t("status.ends")] + [review.reason].compactMap { $0 }).joined(separator: "\n")
        }
    }
}
