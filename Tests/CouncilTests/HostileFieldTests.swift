import Calendar
import Council
import JSON
import Testing

// Every string a command can bring, refused when it carries what the text rule or the id rule
// refuses (issue 11, findings 9, 10 and 14). The fields are not listed by hand: each accepted
// example's event is serialised, every string in its data — nested ones too — is replaced in turn,
// the event is read back and turned into the command that would record it, and `decide` must
// refuse it. A new field is walked as soon as an event writes it; a new command or event does not
// compile here until it has an example.

struct Example: Sendable, CustomTestStringConvertible {
    var name: String
    var given: [CouncilCommand]
    var command: CouncilCommand
    var testDescription: String { name }

    init(_ name: String, given: [CouncilCommand], _ command: CouncilCommand) {
        self.name = name
        self.given = given
        self.command = command
    }
}

/// One of each kind of command: adding a `CouncilCommand` case breaks `init` until it is named here.
enum CommandKind: CaseIterable {
    case initialise, establishBody, renameBody, pauseBody, resumeBody, dissolveBody, setBodyPolicy, appointMember, retireMember
    case recordMeeting, recordReview, raiseIssue, assignIssue, transferIssue, analyseIssue, planIssue, logActivity, evaluateIssue
    case closeIssue, reopenIssue, carryOverIssue, attachCaseNote, forgetCaseNote, linkActor, unlinkActor, adoptRules
    case recordBodyActivity, planMeeting, changePlan, updateStatusReport, countMeetings
    case setWorkItem, recordWorkEntry, dateWorkTable, carryOverWorkItems
    case attachMaterial, setMaterialPublication

    init(_ command: CouncilCommand) {
        switch command {
        case .initialise: self = .initialise
        case .establishBody: self = .establishBody
        case .renameBody: self = .renameBody
        case .pauseBody: self = .pauseBody
        case .resumeBody: self = .resumeBody
        case .dissolveBody: self = .dissolveBody
        case .setBodyPolicy: self = .setBodyPolicy
        case .appointMember: self = .appointMember
        case .retireMember: self = .retireMember
        case .recordMeeting: self = .recordMeeting
        case .recordReview: self = .recordReview
        case .raiseIssue: self = .raiseIssue
        case .assignIssue: self = .assignIssue
        case .transferIssue: self = .transferIssue
        case .analyseIssue: self = .analyseIssue
        case .planIssue: self = .planIssue
        case .logActivity: self = .logActivity
        case .evaluateIssue: self = .evaluateIssue
        case .closeIssue: self = .closeIssue
        case .reopenIssue: self = .reopenIssue
        case .carryOverIssue: self = .carryOverIssue
        case .attachCaseNote: self = .attachCaseNote
        case .forgetCaseNote: self = .forgetCaseNote
        case .linkActor: self = .linkActor
        case .unlinkActor: self = .unlinkActor
        case .adoptRules: self = .adoptRules
        case .recordBodyActivity: self = .recordBodyActivity
        case .planMeeting: self = .planMeeting
        case .changePlan: self = .changePlan
        case .updateStatusReport: self = .updateStatusReport
        case .countMeetings: self = .countMeetings
        case .setWorkItem: self = .setWorkItem
        case .recordWorkEntry: self = .recordWorkEntry
        case .dateWorkTable: self = .dateWorkTable
        case .carryOverWorkItems: self = .carryOverWorkItems
        case .attachMaterial: self = .attachMaterial
        case .setMaterialPublication: self = .setMaterialPublication
        }
    }
}

private let day = date("2021-01-15")
private let base = Fixture.withIssue
private let ref = "N-0123456789ab"

/// `base` where roles are enforced: minami sits on sodan, and the account tanaka reaches the administrator.
private let enforced: [CouncilCommand] = [.initialise(CouncilInitialised(name: "協議会", enforceRoles: true, admin: "admin", on: day))]
    + Array(base.dropFirst())
    + [.appointMember(MemberAppointed(body: "sodan", member: "minami", affiliation: "市", category: .government, role: .member,
                                      partyConcerned: false, on: date("2020-04-01"))),
       .linkActor(ActorLinked(actor: "admin", account: .operatingSystem("tanaka"), on: day))]

let examples: [Example] = [
    Example("initialise", given: [], .initialise(CouncilInitialised(name: "協議会", enforceRoles: true, admin: "admin", on: day))),
    Example("establish", given: base, .establishBody(BodyEstablished(body: "wg", name: "就労WG", kind: .workingGroup, parent: "sodan", on: day))),
    Example("rename", given: base, .renameBody(body: "kurashi", name: "暮らし部会", on: day)),
    Example("pause", given: base, .pauseBody(BodyPaused(body: "sodan", reason: "感染症対策", on: day))),
    Example("resume", given: base + [.pauseBody(BodyPaused(body: "sodan", on: date("2020-12-01")))], .resumeBody(BodyResumed(body: "sodan", on: day))),
    Example("dissolve", given: base, .dissolveBody(BodyDissolved(body: "kurashi", successor: "sodan", reason: "再編", on: day))),
    Example("policy", given: base, .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2020), policy: "方針", plan: "取組", on: day))),
    Example("appoint", given: base, .appointMember(MemberAppointed(body: "sodan", member: "m2", affiliation: "育成会", category: .partyConcerned,
                                                                  role: .member, partyConcerned: true, on: day))),
    Example("retire", given: base + [.appointMember(MemberAppointed(body: "sodan", member: "m1", affiliation: "市", category: .government,
                                                                   role: .member, partyConcerned: false, on: date("2020-04-01")))],
            .retireMember(MemberRetired(body: "sodan", member: "m1", on: day))),
    Example("meeting", given: base, .recordMeeting(body: "sodan", on: day, number: nil, format: .online, agenda: ["報告", "協議"], issues: ["K-0001"],
                                                   decisions: ["承認"])),
    Example("review", given: base, .recordReview(BodyYearReviewed(body: "sodan", fiscalYear: fy(2020), summary: "概要", comments: ["感想"],
                                                                  functions: [.information], next: .end, nextPolicy: "方針案", nextPlan: "取組案",
                                                                  handover: "引き継ぎ", reason: "目的達成", toSteering: "伝達事項", on: day))),
    Example("raise", given: base, .raiseIssue(IssueRaised(issue: "K-0002", title: "題", raisedBy: "sodan", source: "アンケート", categories: ["就労支援"],
                                                         groups: ["知的", "精神"], area: "中之島", summary: "概要", on: day))),
    Example("assign", given: base, .assignIssue(IssueAssigned(issue: "K-0001", to: "kurashi", reason: "理由", on: day))),
    Example("transfer", given: base, .transferIssue(issue: "K-0001", to: "kurashi", reason: "移管", on: day)),
    Example("analyse", given: base, .analyseIssue(IssueAnalysed(issue: "K-0001", factors: ["要因"], focusCandidates: ["医療", "保健師"], chosen: ["医療"],
                                                               evidence: "事例", on: day))),
    Example("plan", given: base, .planIssue(issue: "K-0001", goal: "目指すべき姿", actions: [
        PlannedAction(number: 1, who: "部会", toward: "医療機関", what: "訪問する", due: date("2021-03-31"), functions: [.coordination]),
        PlannedAction(number: 2, who: "事務局", toward: "市民", what: "冊子を作る"),
    ], on: day)),
    Example("act", given: base + [Fixture.plan([1, 2]), .recordMeeting(body: "sodan", on: day, number: 3, format: .inPerson, agenda: ["議題"], issues: [], decisions: [])], .logActivity(ActivityLogged(issue: "K-0001", summary: "冊子を配布", kind: .deliverable,
                                                                                  meeting: "sodan-2020-3", advances: [ActionAdvance(action: 2, status: .done)],
                                                                                  functions: [.development], on: day))),
    Example("evaluate", given: base, .evaluateIssue(IssueEvaluated(issue: "K-0001", fiscalYear: fy(2020), outcome: "成果", functions: [.evaluation],
                                                                   decision: .continue, next: "次", reason: "理由", on: day))),
    Example("close", given: base, .closeIssue(IssueClosed(issue: "K-0001", reason: .merged, note: "K-0002へ統合", on: day))),
    Example("reopen", given: base + [Fixture.close(on: "2020-12-01")], .reopenIssue(IssueReopened(issue: "K-0001", reason: "再燃", on: day))),
    Example("carry over", given: base, .carryOverIssue(issue: "K-0001", note: "継続", on: day)),
    Example("attach a case note", given: base, .attachCaseNote(issue: "K-0001", ref: ref, on: day)),
    Example("forget a case note", given: base + [.attachCaseNote(issue: "K-0001", ref: ref, on: date("2020-12-01"))],
            .forgetCaseNote(issue: "K-0001", ref: ref, on: day)),
    Example("attach minutes", given: base + [Fixture.meeting(on: "2020-12-01", issues: ["K-0001"])],
            .attachMaterial(MaterialAttached(body: "", meeting: "sodan-2020-1", kind: .minutes, title: "第1回議事録", file: "第1回議事録.pdf", mediaType: "",
                                             size: 10, sha256: String(repeating: "ab", count: 32), isPublic: true, issues: ["K-0001"], on: day))),
    Example("withdraw minutes", given: base + [Fixture.meeting(on: "2020-12-01"),
                                               .attachMaterial(MaterialAttached(body: "", meeting: "sodan-2020-1", kind: .minutes, title: "議事録", file: "a.pdf",
                                                                                mediaType: "", size: 10, sha256: String(repeating: "ab", count: 32),
                                                                                isPublic: true, issues: [], on: day))],
            .setMaterialPublication(MaterialPublicationChanged(body: "", meeting: "sodan-2020-1", sha256: String(repeating: "ab", count: 32), isPublic: false,
                                                               reason: "個人名", on: day))),
    Example("link an account", given: enforced, .linkActor(ActorLinked(actor: "minami", account: .operatingSystem("suzuki"), on: day))),
    Example("unlink an account", given: enforced + [.linkActor(ActorLinked(actor: "minami", account: .operatingSystem("suzuki"), on: day))],
            .unlinkActor(account: .operatingSystem("suzuki"), on: day)),
    Example("record a body's activity", given: base, .recordBodyActivity(BodyActivityRecorded(body: "sodan", kind: .training, title: "研修会", summary: "内容",
                                                                                        lecturers: ["市内病院 看護師"], note: "備考", when: .day(day)))),
    Example("plan a meeting", given: base, .planMeeting(MeetingPlanned(body: "sodan", fiscalYear: fy(2020), kind: .meeting, number: 2, date: .day(day),
                                                                      rhythm: "毎月1回開催", topics: ["議題"], note: "備考", on: day))),
    Example("postpone a planned meeting", given: base + [.planMeeting(MeetingPlanned(body: "sodan", fiscalYear: fy(2020), kind: .meeting, date: .day(day), on: day))],
            .changePlan(MeetingPlanChanged(body: "sodan", fiscalYear: fy(2020), entry: 1, change: .postponed, reason: "延期の理由", on: day))),
    Example("update the status report", given: base, .updateStatusReport(StatusReportUpdated(body: "sodan", fiscalYear: fy(2020), direction: "方向性", on: day))),
    Example("count a year's meetings", given: base, .countMeetings(MeetingsCounted(body: "sodan", fiscalYear: fy(2020), count: 7, note: "出典", on: day))),
    Example("adopt the rules' current edition", given: Fixture.firstEdition(base), .adoptRules(CouncilRulesAdopted(on: day))),
    Example("work item", given: base, .setWorkItem(WorkItemSet(body: "sodan", fiscalYear: fy(2020), number: 1, title: "地域の障害福祉の資源の把握", on: day))),
    Example("work plan", given: base + [workItem], .recordWorkEntry(WorkEntryRecorded(body: "sodan", fiscalYear: fy(2020), item: 1, column: .plan, text: "要件を整理する。",
                                                                                       heading: "児童発達支援センターについて", on: day))),
    Example("work as-of", given: base, .dateWorkTable(WorkTableDated(body: "sodan", fiscalYear: fy(2020), asOf: .month(CalendarMonth(year: 2021, month: 3)!), on: day))),
    Example("work carry-over", given: base + [workItem], .carryOverWorkItems(body: "sodan", from: fy(2020), on: date("2021-04-01"))),
]

private let workItem = CouncilCommand.setWorkItem(WorkItemSet(body: "sodan", fiscalYear: fy(2020), number: 1, title: "地域の障害福祉の資源の把握", on: day))

/// What no field may hold, put inside a value (not at its ends, where spaces are trimmed).
private let hostile: [(name: String, text: String)] = [
    ("an OSC sequence (ESC ] … BEL)", "\u{1B}]0;x\u{07}"), ("BEL", "\u{07}"), ("NUL", "\u{0}"), ("DEL", "\u{7F}"),
    ("C1 CSI", "\u{9B}31m"), ("a CR alone", "\r"), ("a right-to-left override", "\u{202E}"), ("an embedding", "\u{202A}"),
    ("an isolate", "\u{2066}"), ("a pop isolate", "\u{2069}"), ("ten thousand combining marks", String(repeating: "\u{301}", count: 10_000)),
]

/// What a one-line field (and an id) refuses besides.
private let breaks: [(name: String, text: String)] = [("a line feed", "\n"), ("a tab", "\t"), ("a CRLF", "\r\n")]
private let oneLine: Set<String> = ["name", "affiliation", "title", "source", "categories", "groups", "area", "factors", "focusCandidates",
                                    "chosen", "who", "toward", "heading", "file"]

/// The keys that name a body, an issue, a seat, a meeting or a case note.
private let ids: Set<String> = ["body", "issue", "issues", "to", "by", "parent", "successor", "member", "admin", "meeting", "ref", "actor", "account"]

/// Filled in by `decide` from the state, not brought by the command.
private let fromTheState: Set<String> = ["BodyRenamed.previousName", "IssueTransferred.from", "ActorUnlinked.actor", "MaterialAttached.body",
                                         "MaterialAttached.mediaType", "MaterialPublicationChanged.body"]

/// Each way of putting one changed string into `value`, with the path to it (`actions[0].who`).
func replacements(in value: JSONValue, path: String, _ change: (String) -> String) -> [(path: String, value: JSONValue)] {
    switch value {
    case .string(let s):
        return [(path, .string(change(s)))]
    case .array(let items):
        return items.indices.flatMap { i in
            replacements(in: items[i], path: "\(path)[\(i)]", change).map { r in
                var copy = items
                copy[i] = r.value
                return (r.path, JSONValue.array(copy))
            }
        }
    case .object(let o):
        return o.keys.flatMap { k in
            replacements(in: o[k]!, path: path.isEmpty ? k : "\(path).\(k)", change).map { r in
                var copy = o
                copy[k] = r.value
                return (r.path, JSONValue.object(copy))
            }
        }
    default:
        return []
    }
}

@Suite struct HostileFieldTests {
    @Test func everyKindOfCommandHasAnExample() {
        #expect(Set(examples.map { CommandKind($0.command) }) == Set(CommandKind.allCases))
    }

    @Test(arguments: examples) func everyStringOfTheCommandRefusesWhatTheRulesRefuse(_ example: Example) throws {
        let state = run(example.given).state
        let events = try CouncilDecider.decide(example.command, state)
        let event = try #require(events.first, "the example records nothing")
        var walked = 0
        for (name, text) in hostile + breaks {
            for r in replacements(in: .object(event.data), path: "", { $0 + text + "x" }) {
                let field = String(r.path.split(separator: ".").last ?? "").split(separator: "[").first.map(String.init) ?? ""
                if fromTheState.contains("\(event.typeName).\(field)") { continue }
                if breaks.contains(where: { $0.name == name }), !oneLine.contains(field), !ids.contains(field) { continue }
                // A date, a fiscal year or a word of the vocabulary does not read back: refused before the rules.
                guard case .object(let data) = r.value, let back = try? CouncilEvent.decode(type: event.typeName, data: data) else { continue }
                walked += 1
                switch Result(catching: { () throws(DomainError) in try CouncilDecider.decide(CouncilCommand(recording: back)!, state) }) {
                case .success: Issue.record("\(example.name): \(r.path) with \(name) was accepted")
                case .failure(let error): #expect(Self.refusesTheValue(error), "\(example.name): \(r.path) with \(name): \(error)")
                }
            }
        }
        // Adopting the rules carries no text at all.
        if case .adoptRules = example.command { return }
        #expect(walked > 0, "\(example.name): no string was walked")
    }

    /// A refusal of the value itself (its text, its id, or an id that names nothing), not of something else.
    static func refusesTheValue(_ error: DomainError) -> Bool {
        switch error {
        case .controlCharacter, .controlCharacterInText, .directionControl, .tooManyCodePoints, .invalidId, .reservedId,
             .unknownBody, .unknownIssue, .unknownMember, .unknownCaseNote, .invalidAccount, .unknownActorToLink, .noSuchLink,
             .unknownMeeting, .unknownMaterial: true
        default: false
        }
    }

}
