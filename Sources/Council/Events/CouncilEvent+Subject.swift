/// Which body or issue an event is about: the id inside its stream name.
extension CouncilEvent {
    /// The body whose stream the event belongs to, for a body's own events.
    public var bodyId: String? {
        switch self {
        case .bodyEstablished(let e): e.body
        case .bodyRenamed(let e): e.body
        case .bodyPaused(let e): e.body
        case .bodyResumed(let e): e.body
        case .bodyDissolved(let e): e.body
        case .bodyPolicySet(let e): e.body
        case .memberAppointed(let e): e.body
        case .memberRetired(let e): e.body
        case .meetingRecorded(let e): e.body
        case .bodyYearReviewed(let e): e.body
        default: nil
        }
    }

    /// The issue whose stream the event belongs to, for an issue's events.
    public var issueId: String? {
        switch self {
        case .issueRaised(let e): e.issue
        case .issueAssigned(let e): e.issue
        case .issueTransferred(let e): e.issue
        case .issueAnalysed(let e): e.issue
        case .actionPlanAdopted(let e): e.issue
        case .activityLogged(let e): e.issue
        case .issueEvaluated(let e): e.issue
        case .issueClosed(let e): e.issue
        case .issueReopened(let e): e.issue
        case .issueCarriedOver(let e): e.issue
        case .caseNoteAttached(let e): e.issue
        case .caseNoteForgotten(let e): e.issue
        default: nil
        }
    }
}
