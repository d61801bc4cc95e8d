extension CouncilCommand {
    /// The command that records `event`, so an event read back from a history can be decided again
    /// (`CouncilDecider.admit`). What `decide` fills in from the state — a body's previous name, an
    /// issue's previous owner, a plan's revision, the actor an account reached — is left for it to
    /// fill in again. Nil for `RecordedOnBehalf`, which no command records: the writer puts it
    /// before a batch the administrator makes in another actor's name.
    public init?(recording event: CouncilEvent) {
        switch event {
        case .councilInitialised(let e): self = .initialise(e)
        case .bodyEstablished(let e): self = .establishBody(e)
        case .bodyRenamed(let e): self = .renameBody(body: e.body, name: e.name, reason: e.reason, on: e.on)
        case .bodyPaused(let e): self = .pauseBody(e)
        case .bodyResumed(let e): self = .resumeBody(e)
        case .bodyDissolved(let e): self = .dissolveBody(e)
        case .bodyPolicySet(let e): self = .setBodyPolicy(e)
        case .memberAppointed(let e): self = .appointMember(e)
        case .memberRetired(let e): self = .retireMember(e)
        case .meetingRecorded(let e):
            self = .recordMeeting(body: e.body, on: e.on, number: e.number, format: e.format, agenda: e.agenda, issues: e.issues, decisions: e.decisions, note: e.note)
        case .bodyYearReviewed(let e): self = .recordReview(e)
        case .issueRaised(let e): self = .raiseIssue(e)
        case .issueAssigned(let e): self = .assignIssue(e)
        case .issueTransferred(let e): self = .transferIssue(issue: e.issue, to: e.to, reason: e.reason, on: e.on)
        case .issueAnalysed(let e): self = .analyseIssue(e)
        case .actionPlanAdopted(let e): self = .planIssue(issue: e.issue, goal: e.goal, actions: e.actions, on: e.on)
        case .activityLogged(let e): self = .logActivity(e)
        case .issueEvaluated(let e): self = .evaluateIssue(e)
        case .issueClosed(let e): self = .closeIssue(e)
        case .issueReopened(let e): self = .reopenIssue(e)
        case .issueCarriedOver(let e): // Only a carry-over into its day's own 年度 was said so; any other is the default, decided again.
            self = .carryOverIssue(issue: e.issue, note: e.note, on: e.on, to: e.to == e.on.fiscalYear ? e.to : nil)
        case .caseNoteAttached(let e): self = .attachCaseNote(issue: e.issue, ref: e.ref, on: e.on)
        case .caseNoteForgotten(let e): self = .forgetCaseNote(issue: e.issue, ref: e.ref, on: e.on)
        case .materialAttached(let e): self = .attachMaterial(e)
        case .materialPublicationChanged(let e): self = .setMaterialPublication(e)
        case .actorLinked(let e): self = .linkActor(e)
        case .actorUnlinked(let e): self = .unlinkActor(account: e.account, on: e.on)
        case .councilRulesAdopted(let e): self = .adoptRules(e)
        case .bodyActivityRecorded(let e): self = .recordBodyActivity(e)
        case .meetingPlanned(let e): self = .planMeeting(e)
        case .meetingPlanChanged(let e): self = .changePlan(e)
        case .statusReportUpdated(let e): self = .updateStatusReport(e)
        case .meetingsCounted(let e): self = .countMeetings(e)
        case .workItemSet(let e): self = .setWorkItem(e)
        case .workEntryRecorded(let e): self = .recordWorkEntry(e)
        case .workTableDated(let e): self = .dateWorkTable(e)
        case .recordedOnBehalf: return nil
        }
    }
}
