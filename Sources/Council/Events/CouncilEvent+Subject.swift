/// Which body or issue an event is about: the id inside its stream name. One switch without a
/// default, so a new event cannot be left out of its stream's fold.
extension CouncilEvent {
    public enum Subject: Equatable, Sendable {
        case council
        case body(String)
        case issue(String)
    }

    public var subject: Subject {
        switch self {
        case .councilInitialised, .actorLinked, .actorUnlinked, .recordedOnBehalf, .councilRulesAdopted: .council
        case .bodyEstablished(let e): .body(e.body)
        case .bodyRenamed(let e): .body(e.body)
        case .bodyPaused(let e): .body(e.body)
        case .bodyResumed(let e): .body(e.body)
        case .bodyDissolved(let e): .body(e.body)
        case .bodyPolicySet(let e): .body(e.body)
        case .memberAppointed(let e): .body(e.body)
        case .memberRetired(let e): .body(e.body)
        case .meetingRecorded(let e): .body(e.body)
        case .bodyYearReviewed(let e): .body(e.body)
        case .materialAttached(let e): .body(e.body)
        case .materialPublicationChanged(let e): .body(e.body)
        case .bodyActivityRecorded(let e): .body(e.body)
        case .meetingPlanned(let e): .body(e.body)
        case .meetingPlanChanged(let e): .body(e.body)
        case .statusReportUpdated(let e): .body(e.body)
        case .meetingsCounted(let e): .body(e.body)
        case .workItemSet(let e): .body(e.body)
        case .workEntryRecorded(let e): .body(e.body)
        case .workTableDated(let e): .body(e.body)
        case .issueRaised(let e): .issue(e.issue)
        case .issueAssigned(let e): .issue(e.issue)
        case .issueTransferred(let e): .issue(e.issue)
        case .issueAnalysed(let e): .issue(e.issue)
        case .actionPlanAdopted(let e): .issue(e.issue)
        case .activityLogged(let e): .issue(e.issue)
        case .issueEvaluated(let e): .issue(e.issue)
        case .issueClosed(let e): .issue(e.issue)
        case .issueReopened(let e): .issue(e.issue)
        case .issueCarriedOver(let e): .issue(e.issue)
        case .caseNoteAttached(let e): .issue(e.issue)
        case .caseNoteForgotten(let e): .issue(e.issue)
        }
    }

    /// The body whose stream the event belongs to, for a body's own events.
    public var bodyId: String? {
        if case .body(let id) = subject { id } else { nil }
    }

    /// The issue whose stream the event belongs to, for an issue's events.
    public var issueId: String? {
        if case .issue(let id) = subject { id } else { nil }
    }
}
