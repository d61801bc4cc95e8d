import Calendar

/// What a user asks of the council, in the imperative. Most carry the event they propose; `decide`
/// checks it against the state and completes what the state knows (previous names, revision
/// numbers, meeting numbers, the next issue id).
public enum CouncilCommand: Sendable {
    case initialise(CouncilInitialised)
    case establishBody(BodyEstablished)
    case renameBody(body: String, name: String, reason: String? = nil, on: CalendarDate)
    case pauseBody(BodyPaused)
    case resumeBody(BodyResumed)
    case dissolveBody(BodyDissolved)
    case setBodyPolicy(BodyPolicySet)
    case appointMember(MemberAppointed)
    case retireMember(MemberRetired)
    /// `number` nil: the next number of the body's meetings in that 年度.
    case recordMeeting(body: String, on: CalendarDate, number: Int?, format: MeetingFormat, agenda: [String], issues: [String], decisions: [String], note: String? = nil)
    case recordReview(BodyYearReviewed)
    /// An empty `issue` id: the next free one (K-0001, K-0002 …).
    case raiseIssue(IssueRaised)
    case assignIssue(IssueAssigned)
    case transferIssue(issue: String, to: String, reason: String?, on: CalendarDate)
    case analyseIssue(IssueAnalysed)
    case planIssue(issue: String, goal: String, actions: [PlannedAction], on: CalendarDate)
    case logActivity(ActivityLogged)
    case evaluateIssue(IssueEvaluated)
    case closeIssue(IssueClosed)
    case reopenIssue(IssueReopened)
    /// `to`: the 年度 carried into, the one after the day's when not given.
    case carryOverIssue(issue: String, note: String?, on: CalendarDate, to: FiscalYear? = nil)
    /// The vault already holds the text under `ref`; this records that it belongs to the issue.
    case attachCaseNote(issue: String, ref: String, on: CalendarDate)
    case forgetCaseNote(issue: String, ref: String, on: CalendarDate)
    /// The file is already kept under `sha256`; this records that it belongs to the meeting. The
    /// body is the meeting's, the media type the file name's, and no issues the meeting's own.
    case attachMaterial(MaterialAttached)
    /// `sha256`: the file's hash, or its first eight or more hex digits.
    case setMaterialPublication(MaterialPublicationChanged)
    /// Only where roles are enforced; the administrator's alone.
    case linkActor(ActorLinked)
    case unlinkActor(account: Account, on: CalendarDate)
    case adoptRules(CouncilRulesAdopted)
    case recordBodyActivity(BodyActivityRecorded)
    case planMeeting(MeetingPlanned)
    case changePlan(MeetingPlanChanged)
    case updateStatusReport(StatusReportUpdated)
    case countMeetings(MeetingsCounted)
    /// A work item (事業項目) of a body's 年度.
    case setWorkItem(WorkItemSet)
    /// `number` 0: the next of its column (new plan content numbered apart).
    case recordWorkEntry(WorkEntryRecorded)
    /// The 時点 of a body's work item table.
    case dateWorkTable(WorkTableDated)
    /// The items of `from` recorded again for the next 年度, those it has not got.
    case carryOverWorkItems(body: String, from: FiscalYear, on: CalendarDate)
}
