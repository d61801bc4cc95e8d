import Calendar

/// Every refusal of the council's rules, carrying the input it refuses. Unknown ids carry the
/// known ones, so the front can suggest the closest.
public enum DomainError: Error, Equatable, Sendable {
    case notInitialised
    case alreadyInitialised(name: String)
    case emptyText(field: String)
    /// Another ledger's refusal, in its own words (`LedgerRefusal`).
    case ledger(LedgerRefusal)
    case textTooLong(field: String, limit: Int, length: Int)
    /// More Unicode scalars than the text rule allows: characters stacked with combining marks.
    case tooManyCodePoints(field: String, limit: Int, count: Int)
    /// A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
    case directionControl(field: String)
    /// Not in the safe set of `IdRule`.
    case invalidId(field: String, id: String)
    /// A Windows device name (CON, NUL, COM1 …), in any case.
    case reservedId(field: String, id: String)
    case duplicateBody(String)
    case unknownBody(String, known: [String])
    case duplicateIssue(String)
    case unknownIssue(String, known: [String])
    case parentIsItself(String)
    case bodyDissolved(String, on: CalendarDate)
    case bodyAlreadyPaused(String, since: CalendarDate)
    case bodyNotPaused(String)
    case resumeBeforePause(body: String, date: CalendarDate, pausedSince: CalendarDate)
    case meetingBeforeEstablished(body: String, date: CalendarDate, established: CalendarDate)
    case meetingAfterDissolution(body: String, date: CalendarDate, dissolved: CalendarDate)
    case meetingWhilePaused(body: String, date: CalendarDate, pausedSince: CalendarDate)
    case duplicateMeetingNumber(body: String, number: Int, year: FiscalYear)
    case invalidMeetingNumber(Int)
    case duplicateMember(body: String, member: String)
    case unknownMember(body: String, member: String, known: [String])
    case issueClosed(String, on: CalendarDate)
    case issueNotClosed(String)
    case sameOwner(issue: String, body: String)
    case noPlan(String)
    /// A carry-over into a 年度 other than that of its day or the next.
    case carryOverYear(issue: String, to: FiscalYear, on: CalendarDate)
    case unknownAction(issue: String, number: Int, known: [Int])
    case invalidActionNumber(Int)
    case duplicateActionNumber(Int)
    case noActions
    case reasonNeeded(field: String)
    case controlCharacter(field: String)
    case bodyNotYetEstablished(body: String, date: CalendarDate, established: CalendarDate)
    case adminNeeded
    /// A control character other than a line break or tab in longer text.
    case controlCharacterInText(field: String)
    case unknownCaseNote(String)
    case caseNoteAlreadyForgotten(String)
    /// Roles are enforced and the actor holds no seat and is not the administrator.
    case unknownActor(String)
    /// Roles are enforced and the rule does not let the actor do this.
    case notAllowed(actor: String, rule: Permission)
    /// Roles are enforced and the actor's seats all begin after `day` or ended by it.
    case noSeatOn(actor: String, day: CalendarDate)
    /// Accounts are linked only where roles are enforced: elsewhere `--as` names the actor.
    case rolesNotEnforced
    case invalidAccount(String)
    /// An account may be linked only to the administrator or to an id that has held a seat.
    case unknownActorToLink(String, known: [String])
    /// Roles are enforced and the account that is writing reaches no actor.
    case accountNotLinked(Account)
    /// There is no link of this account to end; `known` are the linked accounts of its kind.
    case noSuchLink(Account, known: [String])
    /// Roles are enforced and the operating system gives the writing account no name.
    case accountWithoutName
    /// Only an account linked to the administrator may write in another actor's name.
    case actingAsNeedsAdmin(account: Account, linked: String, named: String)
    /// The change would leave no account linked to the administrator, and no one could link again.
    case lastAdministratorAccount(Account)
    /// An event read back from a history is not what kadai writes: at `field` (a key of its data,
    /// `actions[0].who`, or of its record) it holds `recorded` where kadai writes `written` (JSON
    /// text; nil where nothing is written). Someone other than kadai wrote it.
    case notAsWritten(field: String, recorded: String?, written: String?)
    /// An event read back from a history changes nothing (a link already in place): kadai writes no
    /// such record.
    case changesNothing
    /// `CouncilInitialised` names an edition of the rules this kadai does not know.
    case unknownRules(Int)
    /// A year's meeting count must be 1 to 999.
    case invalidMeetingCount(Int)
    /// The people on one seat must be 1 to 99.
    case invalidPeople(Int)
    /// No planned entry of the body has this id (`PlanReference`).
    case unknownPlan(String, known: [String])
    /// A planned entry gives neither a date nor a rhythm.
    case planWithoutDate
    /// A planned date outside the plan's 年度, given in `field`.
    case planOutsideYear(year: FiscalYear, date: PartialDate, field: String)
    /// `body activity --plan` names a planned meeting, which its meeting record carries out.
    case planIsAMeeting(String)
    case planEndsBeforeItBegins(from: PartialDate, until: PartialDate)
    /// 第N回 planned twice in a year.
    case duplicatePlannedNumber(body: String, number: Int, year: FiscalYear)
    /// An activity names a meeting that is not recorded (rules 2).
    case unknownMeeting(String, known: [String])
    /// The body's review of the year is recorded already; a second must say it amends it (rules 2).
    case reviewAlreadyRecorded(body: String, year: FiscalYear, on: CalendarDate)
    /// `--amend` with no review of the year to amend.
    case noReviewToAmend(body: String, year: FiscalYear)
    /// A meeting left for kadai to number is dated before `later`, numbered already (rules 2).
    case meetingOutOfOrder(body: String, date: CalendarDate, later: Int, laterOn: CalendarDate)
    /// The work item table of the body's 年度 has this record already; a second must say it amends it.
    case workAlreadyRecorded(body: String, year: FiscalYear, key: WorkRecordKey)
    /// `--amend` with nothing of that number (or no 時点) to amend.
    case noWorkToAmend(body: String, year: FiscalYear, key: WorkRecordKey)
    /// An entry names an item the body's table for the 年度 does not have; `known` are its numbers.
    case unknownWorkItem(body: String, year: FiscalYear, item: Int, known: [Int])
    /// A carry-over from a 年度 whose table has no items.
    case noWorkItems(body: String, year: FiscalYear)
    /// A work item or entry number below 1.
    case invalidWorkNumber(Int)
    /// Dates belong to 取組状況 and a ○ heading to the next year's plan: `field` was given in `column`.
    case notInWorkColumn(field: String, column: WorkColumn)
    /// A 取組状況 date outside the table's 年度, or a 時点 neither in it nor in the next.
    case workDateOutsideYear(date: PartialDate, year: FiscalYear, field: String)
    /// A file's name with a folder in it, or only dots.
    case invalidFileName(String)
    /// The same file (by SHA-256) is already attached to the meeting.
    case duplicateMaterial(meeting: String, sha256: String, title: String)
    /// No file attached to the meeting has this hash, or the hex digits given begin more than one.
    case unknownMaterial(meeting: String, sha256: String, known: [String])
}
