import Calendar

/// The council's rules as plain functions (Chassaing's Decider): `decide` turns a command into the
/// events it causes, or refuses it; `evolve` folds events into state. No I/O: time, actor and ids
/// arrive in the command.
public enum CouncilDecider {
    public static let initialState = CouncilState()

    public static func decide(_ command: CouncilCommand, _ state: CouncilState) throws(DomainError) -> [CouncilEvent] {
        try decide(command, state, ids: .ascii)
    }

    /// `ids`: the letters an id may be made of — ASCII for new input, any script for an event
    /// already recorded (see `admit`).
    static func decide(_ command: CouncilCommand, _ state: CouncilState, ids: IdRule.Letters) throws(DomainError) -> [CouncilEvent] {
        if case .initialise(let e) = command {
            if let name = state.name { throw .alreadyInitialised(name: name) }
            if e.enforceRoles {
                guard let admin = e.admin else { throw .adminNeeded }
                try validId(admin, "administrator id", ids)
            }
            guard CouncilRules.editions.contains(e.rules) else { throw .unknownRules(e.rules) }
            return [.councilInitialised(CouncilInitialised(name: try line(e.name, "council name"), enforceRoles: e.enforceRoles,
                                                           admin: e.enforceRoles ? e.admin : nil, rules: e.rules, on: e.on))]
        }
        guard state.name != nil else { throw .notInitialised }
        switch command {
        case .initialise:
            return []
        case .establishBody(var e):
            try validId(e.body, "body id", ids)
            guard state.bodies[e.body] == nil else { throw .duplicateBody(e.body) }
            e.name = try line(e.name, "name")
            if let parent = e.parent {
                guard parent != e.body else { throw .parentIsItself(parent) }
                _ = try liveBody(parent, state)
            }
            return [.bodyEstablished(e)]
        case .renameBody(let id, let name, let reason, let on):
            let b = try liveBody(id, state)
            return [.bodyRenamed(BodyRenamed(body: id, name: try line(name, "name"), previousName: b.name, reason: try optionalText(reason, "reason"), on: on))]
        case .pauseBody(var e):
            let b = try liveBody(e.body, state)
            if b.status == .paused, let since = b.pauses.last?.from { throw .bodyAlreadyPaused(e.body, since: since) }
            e.reason = try optionalText(e.reason, "reason")
            return [.bodyPaused(e)]
        case .resumeBody(let e):
            let b = try liveBody(e.body, state)
            guard b.status == .paused, let since = b.pauses.last?.from else { throw .bodyNotPaused(e.body) }
            guard e.on >= since else { throw .resumeBeforePause(body: e.body, date: e.on, pausedSince: since) }
            return [.bodyResumed(e)]
        case .dissolveBody(var e):
            _ = try liveBody(e.body, state)
            if let successor = e.successor {
                guard successor != e.body else { throw .parentIsItself(successor) }
                _ = try body(successor, state)
            }
            e.reason = try optionalText(e.reason, "reason")
            return [.bodyDissolved(e)]
        case .setBodyPolicy(var e):
            _ = try liveBody(e.body, state)
            e.policy = try text(e.policy, "policy")
            e.other = try texts(e.other, "other")
            e.history = try texts(e.history, "history")
            e.plan = try optionalText(e.plan, "plan")
            return [.bodyPolicySet(e)]
        case .appointMember(var e):
            let b = try liveBody(e.body, state)
            try validId(e.member, "member id", ids)
            guard !b.currentMembers.contains(where: { $0.member == e.member }) else { throw .duplicateMember(body: e.body, member: e.member) }
            e.affiliation = try line(e.affiliation, "affiliation")
            if let n = e.people {
                guard (1...99).contains(n) else { throw .invalidPeople(n) }
                if n == 1 { e.people = nil }
            }
            return [.memberAppointed(e)]
        case .retireMember(let e):
            let b = try body(e.body, state)
            guard b.currentMembers.contains(where: { $0.member == e.member }) else {
                throw .unknownMember(body: e.body, member: e.member, known: b.currentMembers.map(\.member))
            }
            return [.memberRetired(e)]
        case .recordMeeting(let id, let on, let number, let format, let agenda, let issues, let decisions, let note):
            var m = try meeting(id, on, number, format, agenda, issues, decisions, state)
            m.note = try optionalText(note, "note")
            return [.meetingRecorded(m)]
        case .recordReview(var e):
            _ = try body(e.body, state)
            e.summary = try optionalText(e.summary, "summary")
            e.comments = try e.comments.map { (c) throws(DomainError) in try text(c, "comment") }
            e.nextPolicy = try optionalText(e.nextPolicy, "next policy")
            e.nextPlan = try optionalText(e.nextPlan, "next plan")
            e.handover = try optionalText(e.handover, "handover")
            e.reason = try optionalText(e.reason, "reason")
            e.toSteering = try optionalText(e.toSteering, "note to the steering meeting")
            if e.next == .end, e.reason == nil { throw .reasonNeeded(field: "reason") }
            let earlier = state.bodies[e.body]?.reviews[e.fiscalYear]
            if e.amends {
                guard let earlier else { throw .noReviewToAmend(body: e.body, year: e.fiscalYear) }
                e.changed = e.changes(from: earlier)
                guard !e.changed.isEmpty else { throw .changesNothing }
            } else if let earlier, state.rules >= 2 {
                throw .reviewAlreadyRecorded(body: e.body, year: e.fiscalYear, on: earlier.on)
            }
            return [.bodyYearReviewed(e)]
        case .recordBodyActivity(var e):
            let b = try liveBody(e.body, state)
            try established(b, by: e.when.lastDay)
            e.title = try line(e.title, "title")
            e.summary = try optionalText(e.summary, "summary")
            e.lecturers = try lines(e.lecturers, "lecturer")
            e.note = try optionalText(e.note, "note")
            if let plan = e.plan {
                // Kept as the entry's own id, however it was typed (p3, p03), so it is found again.
                let entry = try plannedEntry(plan, of: b)
                guard entry.planned.kind != .meeting else { throw .planIsAMeeting(entry.id) }
                e.plan = entry.id
            }
            return [.bodyActivityRecorded(e)]
        case .planMeeting(var e):
            let b = try liveBody(e.body, state)
            let entries = b.plans[e.fiscalYear] ?? []
            e.entry = entries.count + 1
            if let n = e.number {
                guard n >= 1 else { throw .invalidMeetingNumber(n) }
                if entries.contains(where: { $0.planned.kind == e.kind && $0.planned.number == n && !$0.isCancelled }) {
                    throw .duplicatePlannedNumber(body: e.body, number: n, year: e.fiscalYear)
                }
            }
            guard e.date != nil || e.rhythm != nil else { throw .planWithoutDate }
            for (date, field) in [(e.date, "date"), (e.until, "until")] {
                if let date, date.fiscalYear != e.fiscalYear { throw .planOutsideYear(year: e.fiscalYear, date: date, field: field) }
            }
            if let from = e.date, let until = e.until, until < from { throw .planEndsBeforeItBegins(from: from, until: until) }
            e.rhythm = try optionalLine(e.rhythm, "rhythm")
            e.topics = try texts(e.topics, "topic")
            e.note = try optionalText(e.note, "note")
            return [.meetingPlanned(e)]
        case .changePlan(var e):
            let b = try liveBody(e.body, state)
            let entry = try plannedEntry(PlanReference.id(body: e.body, year: e.fiscalYear, entry: e.entry), of: b)
            if e.change == .cancelled {
                if entry.isCancelled { return [] }
                e.to = nil
            } else if let to = e.to, to.fiscalYear != e.fiscalYear {
                // Meetings are numbered afresh each 年度: one moved into the next is planned there.
                throw .planOutsideYear(year: e.fiscalYear, date: to, field: "to")
            }
            e.reason = try optionalText(e.reason, "reason")
            return [.meetingPlanChanged(e)]
        case .updateStatusReport(var e):
            _ = try body(e.body, state)
            e.direction = try optionalText(e.direction, "direction")
            return [.statusReportUpdated(e)]
        case .countMeetings(var e):
            _ = try body(e.body, state)
            guard (1...999).contains(e.count) else { throw .invalidMeetingCount(e.count) }
            e.note = try optionalText(e.note, "note")
            return [.meetingsCounted(e)]
        case .raiseIssue(var e):
            if e.issue.isEmpty { e.issue = nextIssueId(state) }
            try validId(e.issue, "issue id", ids)
            guard state.issues[e.issue] == nil else { throw .duplicateIssue(e.issue) }
            e.title = try line(e.title, "title")
            try established(try liveBody(e.raisedBy, state), by: e.on)
            e.source = try optionalLine(e.source, "source")
            e.categories = try lines(e.categories, "category")
            e.groups = try lines(e.groups, "group")
            e.area = try optionalLine(e.area, "area")
            e.summary = try optionalText(e.summary, "summary")
            return [.issueRaised(e)]
        case .assignIssue(var e):
            let i = try openIssue(e.issue, state)
            try established(try liveBody(e.to, state), by: e.on)
            guard i.owner != e.to else { throw .sameOwner(issue: e.issue, body: e.to) }
            e.reason = try optionalText(e.reason, "reason")
            return [.issueAssigned(e)]
        case .transferIssue(let id, let to, let reason, let on):
            let i = try openIssue(id, state)
            try established(try liveBody(to, state), by: on)
            guard i.owner != to else { throw .sameOwner(issue: id, body: to) }
            return [.issueTransferred(IssueTransferred(issue: id, from: i.owner, to: to, reason: try optionalText(reason, "reason"), on: on))]
        case .analyseIssue(var e):
            _ = try openIssue(e.issue, state)
            e.factors = try lines(e.factors, "factor")
            e.focusCandidates = try lines(e.focusCandidates, "focus")
            e.chosen = try lines(e.chosen, "chosen focus")
            e.evidence = try optionalText(e.evidence, "evidence")
            return [.issueAnalysed(e)]
        case .planIssue(let id, let goal, let actions, let on):
            let i = try openIssue(id, state)
            guard !actions.isEmpty else { throw .noActions }
            var seen = Set<Int>()
            var checked: [PlannedAction] = []
            for var a in actions {
                guard a.number >= 1 else { throw .invalidActionNumber(a.number) }
                guard seen.insert(a.number).inserted else { throw .duplicateActionNumber(a.number) }
                a.who = try line(a.who, "who")
                a.toward = try line(a.toward, "toward")
                a.what = try text(a.what, "what")
                checked.append(a)
            }
            return [.actionPlanAdopted(ActionPlanAdopted(issue: id, revision: i.plans.count + 1, goal: try text(goal, "goal"), actions: checked, on: on))]
        case .logActivity(var e):
            let i = try openIssue(e.issue, state)
            e.summary = try text(e.summary, "summary")
            if let meeting = e.meeting {
                try validId(meeting, "meeting id", ids)
                if state.rules >= 2 { try recordedMeeting(meeting, state) }
            }
            if !e.advances.isEmpty {
                guard let plan = i.currentPlan else { throw .noPlan(e.issue) }
                let known = plan.actions.map(\.number)
                for a in e.advances where !known.contains(a.action) { throw .unknownAction(issue: e.issue, number: a.action, known: known) }
            }
            return [.activityLogged(e)]
        case .evaluateIssue(var e):
            _ = try openIssue(e.issue, state)
            e.outcome = try text(e.outcome, "outcome")
            e.next = try optionalText(e.next, "next")
            e.reason = try optionalText(e.reason, "reason")
            return [.issueEvaluated(e)]
        case .closeIssue(var e):
            _ = try openIssue(e.issue, state)
            e.note = try optionalText(e.note, "note")
            return [.issueClosed(e)]
        case .reopenIssue(var e):
            let i = try issue(e.issue, state)
            guard i.isClosed else { throw .issueNotClosed(e.issue) }
            e.reason = try text(e.reason, "reason")
            return [.issueReopened(e)]
        case .carryOverIssue(let id, let note, let on, let to):
            _ = try openIssue(id, state)
            // Recorded in the year it ends or after the next has begun, it carries into the next
            // year either way; never further, never back.
            let year = on.fiscalYear
            if let to, to != year && to != year.next { throw .carryOverYear(issue: id, to: to, on: on) }
            let from = to == year ? year.previous : year
            return [.issueCarriedOver(IssueCarriedOver(issue: id, from: from, to: to ?? year.next, note: try optionalText(note, "note"), on: on))]
        case .attachCaseNote(let id, let ref, let on):
            _ = try issue(id, state)
            try validId(ref, "case note reference", ids)
            return [.caseNoteAttached(CaseNoteAttached(issue: id, ref: ref, on: on))]
        case .attachMaterial(let e):
            return try attach(e, state, ids: ids)
        case .setMaterialPublication(let e):
            return try setPublication(e, state)
        case .adoptRules(let e):
            guard CouncilRules.editions.contains(e.rules) else { throw .unknownRules(e.rules) }
            // Kept already (a council begun under it): nothing to record, as for any "already so".
            return e.rules > state.rules ? [.councilRulesAdopted(e)] : []
        case .linkActor(let e):
            return try link(e, state, ids: ids)
        case .unlinkActor(let account, let on):
            return try unlink(account, on: on, state)
        case .setWorkItem(let e):
            return try workItem(e, state)
        case .recordWorkEntry(let e):
            return try workEntry(e, state)
        case .dateWorkTable(let e):
            return try workTableDate(e, state)
        case .carryOverWorkItems(let body, let from, let on):
            return try carryOverWorkItems(body, from: from, on: on, state)
        case .forgetCaseNote(let id, let ref, let on):
            guard let i = state.issues[id], i.caseNotes.contains(where: { $0.ref == ref }) else { throw .unknownCaseNote(ref) }
            guard !i.forgottenNotes.contains(ref) else { throw .caseNoteAlreadyForgotten(ref) }
            return [.caseNoteForgotten(CaseNoteForgotten(issue: i.id, ref: ref, on: on))]
        }
    }

    // MARK: Rules shared by several commands

    static func meeting(_ id: String, _ on: CalendarDate, _ number: Int?, _ format: MeetingFormat, _ agenda: [String],
                        _ issues: [String], _ decisions: [String], _ state: CouncilState) throws(DomainError) -> MeetingRecorded {
        let b = try body(id, state)
        guard on >= b.establishedOn else { throw .meetingBeforeEstablished(body: id, date: on, established: b.establishedOn) }
        if let dissolved = b.dissolution, on >= dissolved.on { throw .meetingAfterDissolution(body: id, date: on, dissolved: dissolved.on) }
        if b.isPaused(on: on), let pause = b.pauses.last(where: { $0.from <= on }) {
            throw .meetingWhilePaused(body: id, date: on, pausedSince: pause.from)
        }
        let year = on.fiscalYear
        let held = b.meetings(in: year)
        let n = number ?? (held.map(\.number).max() ?? 0) + 1
        guard n >= 1 else { throw .invalidMeetingNumber(n) }
        if number == nil, state.rules >= 2, let later = held.filter({ $0.on > on }).min(by: { $0.number < $1.number }) {
            // Numbering it after a later meeting would print 第3回 before 第2回 without a word.
            throw .meetingOutOfOrder(body: id, date: on, later: later.number, laterOn: later.on)
        }
        guard !held.contains(where: { $0.number == n }) else { throw .duplicateMeetingNumber(body: id, number: n, year: year) }
        for issue in issues where state.issues[issue] == nil { throw .unknownIssue(issue, known: state.issueOrder) }
        return MeetingRecorded(body: id, on: on, number: n, format: format, agenda: try texts(agenda, "agenda"),
                               issues: issues, decisions: try texts(decisions, "decision"))
    }

    /// An activity's meeting must be recorded. The refusal offers that body's meetings, the
    /// latest first (only the body the id names is read: see `touches`).
    static func recordedMeeting(_ id: String, _ state: CouncilState) throws(DomainError) {
        let meetings = MeetingReference.body(of: id).flatMap { state.bodies[$0]?.meetings } ?? []
        if meetings.contains(where: { MeetingReference.id(of: $0) == id }) { return }
        throw .unknownMeeting(id, known: meetings.sorted { ($0.on, $0.number) > ($1.on, $1.number) }.map(MeetingReference.id(of:)))
    }

    /// The body's planned entry `id` names (`PlanReference`).
    @discardableResult
    static func plannedEntry(_ id: String, of b: BodyState) throws(DomainError) -> PlannedEntry {
        let known = b.plans.keys.sorted().flatMap { b.plans[$0]!.map(\.id) }
        guard let parts = PlanReference.parts(of: id), parts.body == b.id,
              let entry = b.plans[parts.year]?.first(where: { $0.planned.entry == parts.entry }) else { throw .unknownPlan(id, known: known) }
        return entry
    }

    static func body(_ id: String, _ state: CouncilState) throws(DomainError) -> BodyState {
        guard let b = state.bodies[id] else { throw .unknownBody(id, known: state.bodyOrder) }
        return b
    }

    /// A body that has not been dissolved.
    static func liveBody(_ id: String, _ state: CouncilState) throws(DomainError) -> BodyState {
        let b = try body(id, state)
        if let d = b.dissolution { throw .bodyDissolved(id, on: d.on) }
        return b
    }

    /// A body can take an issue only from the day it was established.
    static func established(_ b: BodyState, by date: CalendarDate) throws(DomainError) {
        guard date >= b.establishedOn else { throw .bodyNotYetEstablished(body: b.id, date: date, established: b.establishedOn) }
    }

    static func issue(_ id: String, _ state: CouncilState) throws(DomainError) -> IssueState {
        guard let i = state.issues[id] else { throw .unknownIssue(id, known: state.issueOrder) }
        return i
    }

    /// An issue that is not closed.
    static func openIssue(_ id: String, _ state: CouncilState) throws(DomainError) -> IssueState {
        let i = try issue(id, state)
        if let closure = i.closure { throw .issueClosed(id, on: closure.on) }
        return i
    }

    // The text rule of every field, by shape (`TextRule`), and the id rule (`IdRule`).

    static func line(_ value: String, _ field: String) throws(DomainError) -> String { try TextRule.line.check(value, field) }
    static func optionalLine(_ value: String?, _ field: String) throws(DomainError) -> String? { try TextRule.line.check(optional: value, field) }
    static func lines(_ values: [String], _ field: String) throws(DomainError) -> [String] { try TextRule.line.check(each: values, field) }
    static func text(_ value: String, _ field: String) throws(DomainError) -> String { try TextRule.text.check(value, field) }
    static func optionalText(_ value: String?, _ field: String) throws(DomainError) -> String? { try TextRule.text.check(optional: value, field) }
    static func texts(_ values: [String], _ field: String) throws(DomainError) -> [String] { try TextRule.text.check(each: values, field) }
    static func validId(_ id: String, _ field: String, _ letters: IdRule.Letters) throws(DomainError) { try IdRule.check(id, field, letters: letters) }
}
