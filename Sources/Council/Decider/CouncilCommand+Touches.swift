/// The streams a command's rules read and its events are expected to leave unchanged until they
/// are written: the bodies and issues it names. A switch, so a new command cannot be forgotten.
extension CouncilCommand {
    public var touches: (bodies: [String], issues: [String]) {
        switch self {
        case .initialise, .linkActor, .unlinkActor, .adoptRules: ([], [])
        case .establishBody(let e): ([e.body] + (e.parent.map { [$0] } ?? []), [])
        case .renameBody(let id, _, _, _): ([id], [])
        case .pauseBody(let e): ([e.body], [])
        case .resumeBody(let e): ([e.body], [])
        case .dissolveBody(let e): ([e.body] + (e.successor.map { [$0] } ?? []), [])
        case .setBodyPolicy(let e): ([e.body], [])
        case .appointMember(let e): ([e.body], [])
        case .retireMember(let e): ([e.body], [])
        case .recordMeeting(let id, _, _, _, _, let linked, _, _): ([id], linked)
        case .recordReview(let e): ([e.body], [])
        case .recordBodyActivity(let e): ([e.body], [])
        case .planMeeting(let e): ([e.body], [])
        case .changePlan(let e): ([e.body], [])
        case .updateStatusReport(let e): ([e.body], [])
        case .countMeetings(let e): ([e.body], [])
        case .setWorkItem(let e): ([e.body], [])
        case .recordWorkEntry(let e): ([e.body], [])
        case .dateWorkTable(let e): ([e.body], [])
        case .carryOverWorkItems(let body, _, _): ([body], [])
        case .raiseIssue(let e): ([e.raisedBy], [e.issue])
        case .assignIssue(let e): ([e.to], [e.issue])
        case .transferIssue(let id, let to, _, _): ([to], [id])
        case .analyseIssue(let e): ([], [e.issue])
        case .planIssue(let id, _, _, _): ([], [id])
        // The meeting it names is looked up in that meeting's body (rules 2).
        case .logActivity(let e): (e.meeting.flatMap(MeetingReference.body(of:)).map { [$0] } ?? [], [e.issue])
        case .evaluateIssue(let e): ([], [e.issue])
        case .closeIssue(let e): ([], [e.issue])
        case .reopenIssue(let e): ([], [e.issue])
        case .carryOverIssue(let id, _, _, _): ([], [id])
        case .attachCaseNote(let id, _, _): ([], [id])
        case .forgetCaseNote(let id, _, _): ([], [id])
        // The body is read from the meeting's id: the command may not name it yet.
        case .attachMaterial(let e): ([MeetingReference.parts(of: e.meeting)?.body ?? e.body], e.issues)
        case .setMaterialPublication(let e): ([MeetingReference.parts(of: e.meeting)?.body ?? e.body], [])
        }
    }
}
