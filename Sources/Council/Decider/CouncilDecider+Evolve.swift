import Calendar

extension CouncilDecider {
    /// Folds one event into the state. It only records what happened — every rule was checked by
    /// `decide` before the event was written, so old events are never refused here.
    public static func evolve(_ state: inout CouncilState, _ event: CouncilEvent) {
        switch event {
        case .councilInitialised(let e):
            state.name = e.name
            state.enforcesRoles = e.enforceRoles
            state.admin = e.admin
            state.rules = e.rules
            state.councilVersion += 1
        case .actorLinked(let e):
            state.accounts[e.account] = e.actor
            state.councilVersion += 1
        case .actorUnlinked(let e):
            state.accounts[e.account] = nil
            state.councilVersion += 1
        case .recordedOnBehalf:
            state.councilVersion += 1
        case .councilRulesAdopted(let e):
            state.rules = e.rules
            state.councilVersion += 1
        case .bodyEstablished(let e):
            if state.bodies[e.body] == nil { state.bodyOrder.append(e.body) }
            state.bodies[e.body] = BodyState(id: e.body, name: e.name, kind: e.kind, parent: e.parent, establishedOn: e.on)
            state.bodies[e.body]?.version = 1
        default:
            switch event.subject {
            case .council: break
            case .body(let body):
                guard state.bodies[body] != nil else { return }
                evolveBody(&state.bodies[body]!, event)
            case .issue(let issue):
                evolveIssue(&state, issue, event)
            }
        }
    }

    private static func evolveBody(_ b: inout BodyState, _ event: CouncilEvent) {
        b.version += 1
        switch event {
        case .bodyRenamed(let e):
            b.renames.append(e)
            b.name = e.name
        case .bodyPaused(let e):
            b.pauses.append(BodyPause(from: e.on, until: nil, reason: e.reason))
            b.status = .paused
        case .bodyResumed(let e):
            if let last = b.pauses.indices.last { b.pauses[last].until = e.on }
            b.status = .active
        case .bodyDissolved(let e):
            b.dissolution = e
            b.status = .dissolved
        case .bodyPolicySet(let e):
            b.policies[e.fiscalYear] = e
        case .memberAppointed(let e):
            b.members.append(Membership(member: e.member, affiliation: e.affiliation, category: e.category, role: e.role,
                                        partyConcerned: e.partyConcerned, people: e.people ?? 1, appointedOn: e.on, retiredOn: nil))
        case .memberRetired(let e):
            if let i = b.members.lastIndex(where: { $0.member == e.member && $0.retiredOn == nil }) { b.members[i].retiredOn = e.on }
        case .meetingRecorded(let e):
            b.meetings.append(e)
        case .bodyYearReviewed(let e):
            b.reviews[e.fiscalYear] = e
        case .materialAttached(let e):
            b.materials.append(e)
        case .materialPublicationChanged(let e):
            if let i = b.materials.firstIndex(where: { $0.meeting == e.meeting && $0.sha256 == e.sha256 }) { b.materials[i].isPublic = e.isPublic }
        case .bodyActivityRecorded(let e):
            b.activities.append(e)
        case .meetingPlanned(let e):
            b.plans[e.fiscalYear, default: []].append(PlannedEntry(planned: e))
        case .statusReportUpdated(let e):
            b.statusUpdates[e.fiscalYear] = e
        case .meetingsCounted(let e):
            b.meetingCounts[e.fiscalYear] = e
        case .meetingPlanChanged(let e):
            if let i = b.plans[e.fiscalYear]?.firstIndex(where: { $0.planned.entry == e.entry }) { b.plans[e.fiscalYear]![i].changes.append(e) }
        case .workItemSet(let e): b.workTables[e.fiscalYear, default: WorkTable()].fold(event)
        case .workEntryRecorded(let e): b.workTables[e.fiscalYear, default: WorkTable()].fold(event)
        case .workTableDated(let e): b.workTables[e.fiscalYear, default: WorkTable()].fold(event)
        // Folded above, or another subject's: listed, so that a new body event must be decided here.
        case .bodyEstablished, .councilInitialised, .actorLinked, .actorUnlinked, .recordedOnBehalf, .councilRulesAdopted, .issueRaised, .issueAssigned,
             .issueTransferred, .issueAnalysed, .actionPlanAdopted, .activityLogged, .issueEvaluated, .issueClosed, .issueReopened,
             .issueCarriedOver, .caseNoteAttached, .caseNoteForgotten:
            break
        }
    }

    private static func evolveIssue(_ state: inout CouncilState, _ id: String, _ event: CouncilEvent) {
        if case .issueRaised(let e) = event {
            if state.issues[id] == nil { state.issueOrder.append(id) }
            state.issues[id] = IssueState(raised: e)
            state.issues[id]?.version = 1
            return
        }
        // Changed in place through the values view: no copy of the arrays inside, and no move of
        // the whole state out of the dictionary and back, which a replay would pay for nearly
        // every event.
        if let index = state.issues.index(forKey: id) { state.issues.values[index].evolve(event) }
    }
}

extension IssueState {
    fileprivate mutating func evolve(_ event: CouncilEvent) {
        version += 1
        lastActivityOn = max(lastActivityOn, event.activityDay)
        switch event {
        case .issueAssigned(let e):
            ownership.append(IssueTransferred(issue: e.issue, from: owner, to: e.to, reason: e.reason, on: e.on))
            owner = e.to
        case .issueTransferred(let e):
            ownership.append(e)
            owner = e.to
        case .issueAnalysed(let e):
            analyses.append(e)
            advance(to: .analysing, on: e.on)
        case .actionPlanAdopted(let e):
            plans.append(e)
            // Actions kept from the previous revision keep their status; new ones start.
            var statuses: [Int: ActionStatus] = [:]
            for a in e.actions { statuses[a.number] = self.actionStatus[a.number] ?? .notStarted }
            actionStatus = statuses
            advance(to: .planned, on: e.on)
        case .activityLogged(let e):
            activities.append(e)
            for step in e.advances { actionStatus[step.action] = step.status }
            // From its first possible day: one known only to its 年度 must not hold back an
            // evaluation dated inside that 年度.
            advance(to: .executing, on: e.when.firstDay)
        case .issueEvaluated(let e):
            evaluations.append(e)
            advance(to: .evaluated, on: e.on)
        case .issueClosed(let e):
            // Closing and reopening are deliberate acts: they hold whatever their date.
            phaseBeforeClose = phase
            closure = e
            phase = .closed
            phaseOn = max(phaseOn, e.on)
        case .issueReopened(let e):
            reopenings.append(e)
            phase = phaseBeforeClose ?? .raised
            closure = nil
        case .issueCarriedOver(let e):
            carryOvers.append(e)
        case .caseNoteAttached(let e):
            caseNotes.append(e)
        case .caseNoteForgotten(let e):
            forgottenNotes.insert(e.ref)
        // Folded by the caller, or another subject's: listed, so that a new issue event must be decided here.
        case .issueRaised, .councilInitialised, .actorLinked, .actorUnlinked, .recordedOnBehalf, .councilRulesAdopted, .bodyEstablished, .bodyRenamed,
             .bodyPaused, .bodyResumed, .bodyDissolved, .bodyPolicySet, .memberAppointed, .memberRetired, .meetingRecorded, .bodyYearReviewed,
             .bodyActivityRecorded, .meetingPlanned, .meetingPlanChanged, .statusReportUpdated, .meetingsCounted,
             .workItemSet, .workEntryRecorded, .workTableDated,
             .materialAttached, .materialPublicationChanged:
            break
        }
    }
}
