import Council

extension DomainError {
    /// The declared field a refusal concerns, so a form can show it beside that field; nil for a
    /// refusal about the command as a whole. Only where the field is certain.
    public var field: String? {
        switch self {
        case .unknownMeeting: "meeting"
        case .meetingOutOfOrder, .duplicateMeetingNumber, .invalidMeetingNumber: "number"
        case .reviewAlreadyRecorded, .noReviewToAmend: "amend"
        case .carryOverYear: "to-fy"
        case .ledger(let refusal): refusal.field
        case .unknownPlan: "plan"
        case .invalidPeople: "people"
        case .invalidMeetingCount: "count"
        case .planWithoutDate: "date"
        case .planOutsideYear(_, _, let field): field
        case .planIsAMeeting: "plan"
        case .planEndsBeforeItBegins: "until"
        case .duplicatePlannedNumber: "number"
        case .workAlreadyRecorded, .noWorkToAmend: "amend"
        case .unknownWorkItem(_, _, _, _): "item"
        case .noWorkItems: "from"
        case .invalidWorkNumber: "number"
        case .notInWorkColumn(let field, _): field
        case .workDateOutsideYear(_, _, let field): field
        default: nil
        }
    }
}
