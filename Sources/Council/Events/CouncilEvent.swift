import Calendar
import JSON

/// Everything that can happen in a council, in the past tense. Each case is stored as one record
/// of the log: its type name, its stream (the council, one body, or one issue) and its data.
public enum CouncilEvent: Equatable, Sendable {
    case councilInitialised(CouncilInitialised)
    case bodyEstablished(BodyEstablished)
    case bodyRenamed(BodyRenamed)
    case bodyPaused(BodyPaused)
    case bodyResumed(BodyResumed)
    case bodyDissolved(BodyDissolved)
    case bodyPolicySet(BodyPolicySet)
    case memberAppointed(MemberAppointed)
    case memberRetired(MemberRetired)
    case meetingRecorded(MeetingRecorded)
    case bodyYearReviewed(BodyYearReviewed)
    case issueRaised(IssueRaised)
    case issueAssigned(IssueAssigned)
    case issueTransferred(IssueTransferred)
    case issueAnalysed(IssueAnalysed)
    case actionPlanAdopted(ActionPlanAdopted)
    case activityLogged(ActivityLogged)
    case issueEvaluated(IssueEvaluated)
    case issueClosed(IssueClosed)
    case issueReopened(IssueReopened)
    case issueCarriedOver(IssueCarriedOver)
    case caseNoteAttached(CaseNoteAttached)
    case caseNoteForgotten(CaseNoteForgotten)
    case materialAttached(MaterialAttached)
    case materialPublicationChanged(MaterialPublicationChanged)
    case actorLinked(ActorLinked)
    case actorUnlinked(ActorUnlinked)
    case recordedOnBehalf(RecordedOnBehalf)
    case councilRulesAdopted(CouncilRulesAdopted)
    case bodyActivityRecorded(BodyActivityRecorded)
    case meetingPlanned(MeetingPlanned)
    case meetingPlanChanged(MeetingPlanChanged)
    case statusReportUpdated(StatusReportUpdated)
    case meetingsCounted(MeetingsCounted)
    case workItemSet(WorkItemSet)
    case workEntryRecorded(WorkEntryRecorded)
    case workTableDated(WorkTableDated)

    var payload: any CouncilEventPayload {
        switch self {
        case .councilInitialised(let e): e
        case .bodyEstablished(let e): e
        case .bodyRenamed(let e): e
        case .bodyPaused(let e): e
        case .bodyResumed(let e): e
        case .bodyDissolved(let e): e
        case .bodyPolicySet(let e): e
        case .memberAppointed(let e): e
        case .memberRetired(let e): e
        case .meetingRecorded(let e): e
        case .bodyYearReviewed(let e): e
        case .issueRaised(let e): e
        case .issueAssigned(let e): e
        case .issueTransferred(let e): e
        case .issueAnalysed(let e): e
        case .actionPlanAdopted(let e): e
        case .activityLogged(let e): e
        case .issueEvaluated(let e): e
        case .issueClosed(let e): e
        case .issueReopened(let e): e
        case .issueCarriedOver(let e): e
        case .caseNoteAttached(let e): e
        case .caseNoteForgotten(let e): e
        case .materialAttached(let e): e
        case .materialPublicationChanged(let e): e
        case .actorLinked(let e): e
        case .actorUnlinked(let e): e
        case .recordedOnBehalf(let e): e
        case .councilRulesAdopted(let e): e
        case .bodyActivityRecorded(let e): e
        case .meetingPlanned(let e): e
        case .meetingPlanChanged(let e): e
        case .statusReportUpdated(let e): e
        case .meetingsCounted(let e): e
        case .workItemSet(let e): e
        case .workEntryRecorded(let e): e
        case .workTableDated(let e): e
        }
    }

    /// The type name stored in the log.
    public var typeName: String { type(of: payload).typeName }
    /// The stream the event belongs to: `council`, `body-ID` or `issue-ID`.
    public var stream: String { payload.stream }
    /// The business date it happened on, for order and `--as-of`; a day only as precise as
    /// `when` may be the last day of a month or 年度, so print `when`, never this.
    public var on: CalendarDate { payload.on }
    /// When it happened, as precisely as it was recorded.
    public var when: PartialDate { payload.when }
    /// The day it makes its issue's last activity at most: `.earliest`, which moves nothing, for
    /// a fact known only to its month or 年度, whose day would be invented.
    public var activityDay: CalendarDate { when.day ?? .earliest }
    /// The event's data as stored.
    public var data: JSONObject { payload.data }

    /// Every event type with its decoder, by stored type name.
    static let decoders: [String: @Sendable (EventData) throws(EventDataError) -> CouncilEvent] = [
        CouncilInitialised.typeName: { d throws(EventDataError) in .councilInitialised(try .init(d)) },
        BodyEstablished.typeName: { d throws(EventDataError) in .bodyEstablished(try .init(d)) },
        BodyRenamed.typeName: { d throws(EventDataError) in .bodyRenamed(try .init(d)) },
        BodyPaused.typeName: { d throws(EventDataError) in .bodyPaused(try .init(d)) },
        BodyResumed.typeName: { d throws(EventDataError) in .bodyResumed(try .init(d)) },
        BodyDissolved.typeName: { d throws(EventDataError) in .bodyDissolved(try .init(d)) },
        BodyPolicySet.typeName: { d throws(EventDataError) in .bodyPolicySet(try .init(d)) },
        MemberAppointed.typeName: { d throws(EventDataError) in .memberAppointed(try .init(d)) },
        MemberRetired.typeName: { d throws(EventDataError) in .memberRetired(try .init(d)) },
        MeetingRecorded.typeName: { d throws(EventDataError) in .meetingRecorded(try .init(d)) },
        BodyYearReviewed.typeName: { d throws(EventDataError) in .bodyYearReviewed(try .init(d)) },
        IssueRaised.typeName: { d throws(EventDataError) in .issueRaised(try .init(d)) },
        IssueAssigned.typeName: { d throws(EventDataError) in .issueAssigned(try .init(d)) },
        IssueTransferred.typeName: { d throws(EventDataError) in .issueTransferred(try .init(d)) },
        IssueAnalysed.typeName: { d throws(EventDataError) in .issueAnalysed(try .init(d)) },
        ActionPlanAdopted.typeName: { d throws(EventDataError) in .actionPlanAdopted(try .init(d)) },
        ActivityLogged.typeName: { d throws(EventDataError) in .activityLogged(try .init(d)) },
        IssueEvaluated.typeName: { d throws(EventDataError) in .issueEvaluated(try .init(d)) },
        IssueClosed.typeName: { d throws(EventDataError) in .issueClosed(try .init(d)) },
        IssueReopened.typeName: { d throws(EventDataError) in .issueReopened(try .init(d)) },
        IssueCarriedOver.typeName: { d throws(EventDataError) in .issueCarriedOver(try .init(d)) },
        CaseNoteAttached.typeName: { d throws(EventDataError) in .caseNoteAttached(try .init(d)) },
        CaseNoteForgotten.typeName: { d throws(EventDataError) in .caseNoteForgotten(try .init(d)) },
        MaterialAttached.typeName: { d throws(EventDataError) in .materialAttached(try .init(d)) },
        MaterialPublicationChanged.typeName: { d throws(EventDataError) in .materialPublicationChanged(try .init(d)) },
        ActorLinked.typeName: { d throws(EventDataError) in .actorLinked(try .init(d)) },
        ActorUnlinked.typeName: { d throws(EventDataError) in .actorUnlinked(try .init(d)) },
        RecordedOnBehalf.typeName: { d throws(EventDataError) in .recordedOnBehalf(try .init(d)) },
        CouncilRulesAdopted.typeName: { d throws(EventDataError) in .councilRulesAdopted(try .init(d)) },
        BodyActivityRecorded.typeName: { d throws(EventDataError) in .bodyActivityRecorded(try .init(d)) },
        MeetingPlanned.typeName: { d throws(EventDataError) in .meetingPlanned(try .init(d)) },
        MeetingPlanChanged.typeName: { d throws(EventDataError) in .meetingPlanChanged(try .init(d)) },
        StatusReportUpdated.typeName: { d throws(EventDataError) in .statusReportUpdated(try .init(d)) },
        MeetingsCounted.typeName: { d throws(EventDataError) in .meetingsCounted(try .init(d)) },
        WorkItemSet.typeName: { d throws(EventDataError) in .workItemSet(try .init(d)) },
        WorkEntryRecorded.typeName: { d throws(EventDataError) in .workEntryRecorded(try .init(d)) },
        WorkTableDated.typeName: { d throws(EventDataError) in .workTableDated(try .init(d)) },
    ]

    /// The type name of every event this domain reads, so a test can hold each to an example.
    public static var typeNames: Set<String> { Set(decoders.keys) }

    /// Reads a stored event back from its data's JSON bytes; nil for a type this domain does not
    /// know (it is skipped). This is what replaying the log runs for every record.
    public static func decode(type: String, data: UnsafeRawBufferPointer) throws(EventDataError) -> CouncilEvent? {
        guard let decoder = decoders[type] else { return nil }
        let view: JSONObjectView
        do { view = try JSONObjectView(data) } catch { throw EventDataError(type: type, field: "data") }
        return try decoder(EventData(type: type, view: view))
    }

    /// The same from data already parsed (a record read whole, or lifted by an upcaster).
    public static func decode(type: String, data: JSONObject) throws(EventDataError) -> CouncilEvent? {
        guard decoders[type] != nil else { return nil }
        var bytes: [UInt8] = []
        JSONValue.object(data).serialize(into: &bytes)
        let decoded = bytes.withUnsafeBytes { b in Result { () throws(EventDataError) in try decode(type: type, data: b) } }
        return try decoded.get()
    }
}

/// What every event record carries besides its own fields.
protocol CouncilEventPayload: Sendable {
    static var typeName: String { get }
    var stream: String { get }
    var on: CalendarDate { get }
    var when: PartialDate { get }
    var data: JSONObject { get }
}

extension CouncilEventPayload {
    /// Every event but an activity is known to the day.
    var when: PartialDate { .day(on) }
}

/// Stream names: one per body and one per issue, so each has its own version for appends.
public enum Streams {
    public static let council = "council"
    public static func body(_ id: String) -> String { "body-" + id }
    public static func issue(_ id: String) -> String { "issue-" + id }
}
