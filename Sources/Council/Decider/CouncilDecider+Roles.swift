import Calendar

extension CouncilDecider {
    /// Checks the actor of a command against the roles, when the council enforces them (a no-op
    /// otherwise). The state must hold every body, so that every seat is known. Only seats held on
    /// `day` count: the day the command is recorded, not the business date it carries, because a
    /// secretariat entering last year's meetings today does so by today's seat, and an appointment
    /// dated ahead or a retirement already past must not open or close the door today.
    public static func authorize(_ command: CouncilCommand, actor: String, on day: CalendarDate, _ state: CouncilState) throws(DomainError) {
        guard state.enforcesRoles else { return }
        if case .initialise = command { return }
        let everySeat = state.bodiesInOrder.flatMap { b in b.members.map { (body: b, seat: $0) } }.filter { $0.seat.member == actor }
        let seats = everySeat.filter { $0.seat.isHeld(on: day) }
        guard actor == state.admin || !seats.isEmpty else {
            throw everySeat.isEmpty ? .unknownActor(actor) : .noSeatOn(actor: actor, day: day)
        }
        if actor == state.admin { return }
        // The secretariat may record anything but who is who (see `Permission.administer`).
        let linksAccounts = switch command { case .linkActor, .unlinkActor: true; default: false }
        if !linksAccounts && seats.contains(where: { $0.seat.role == .secretariat }) { return }
        func member(of body: String) -> Bool { seats.contains { $0.body.id == body } }
        let rule: Permission
        switch command {
        case .initialise, .establishBody, .renameBody, .pauseBody, .resumeBody, .dissolveBody, .setBodyPolicy, .appointMember, .retireMember:
            rule = .manageBodies
        case .recordMeeting(let body, _, _, _, _, _, _, _):
            rule = .bodyRecords(body: body)
        case .recordReview(let e):
            rule = .bodyRecords(body: e.body)
        case .attachMaterial(let e):
            rule = .bodyRecords(body: MeetingReference.parts(of: e.meeting)?.body ?? e.body)
        case .setMaterialPublication(let e):
            rule = .bodyRecords(body: MeetingReference.parts(of: e.meeting)?.body ?? e.body)
        case .recordBodyActivity(let e): rule = .bodyRecords(body: e.body)
        case .planMeeting(let e): rule = .bodyRecords(body: e.body)
        case .changePlan(let e): rule = .bodyRecords(body: e.body)
        case .updateStatusReport(let e): rule = .bodyRecords(body: e.body)
        case .countMeetings(let e): rule = .bodyRecords(body: e.body)
        case .setWorkItem(let e): rule = .bodyRecords(body: e.body)
        case .recordWorkEntry(let e): rule = .bodyRecords(body: e.body)
        case .dateWorkTable(let e): rule = .bodyRecords(body: e.body)
        case .carryOverWorkItems(let body, _, _): rule = .bodyRecords(body: body)
        case .raiseIssue(let e):
            rule = .issueWork(body: e.raisedBy)
        case .assignIssue, .transferIssue:
            rule = .steering
        case .analyseIssue(let e): rule = .issueWork(body: owner(e.issue, state))
        case .planIssue(let id, _, _, _): rule = .issueWork(body: owner(id, state))
        case .logActivity(let e): rule = .issueWork(body: owner(e.issue, state))
        case .evaluateIssue(let e): rule = .issueWork(body: owner(e.issue, state))
        case .closeIssue(let e): rule = .issueWork(body: owner(e.issue, state))
        case .reopenIssue(let e): rule = .issueWork(body: owner(e.issue, state))
        case .carryOverIssue(let id, _, _, _): rule = .issueWork(body: owner(id, state))
        case .attachCaseNote(let id, _, _): rule = .issueWork(body: owner(id, state))
        case .linkActor, .unlinkActor, .adoptRules:
            rule = .administer
        case .forgetCaseNote:
            // Erasing personal data on request is the administrator's and the secretariat's.
            rule = .manageBodies
        }
        let allowed: Bool
        switch rule {
        case .manageBodies, .administer: allowed = false
        case .bodyRecords(let body), .issueWork(let body): allowed = member(of: body)
        case .steering: allowed = seats.contains { $0.body.kind == .steering }
        }
        guard allowed else { throw .notAllowed(actor: actor, rule: rule) }
    }

    /// The body an issue is with (its id when the issue is unknown: `decide` then refuses it).
    static func owner(_ issue: String, _ state: CouncilState) -> String {
        state.issues[issue]?.owner ?? ""
    }
}
