import Calendar

/// A query that names something the council does not have, asks for what cannot be shown, or a
/// store that cannot give what is asked of it. A refusal about the input names its field, so
/// each front words it around how it names the field (`--fy` on the command line).
public enum QueryRefusal: Error, Sendable, Equatable {
    case unknownStream(String, suggestion: String?)
    /// A record whose type no writer of kadai stores, which no file may be named after.
    case unnamableType(String, position: UInt64)
    /// `audit diff` of an id that is neither an issue nor a body.
    case noIssueOrBody(String)
    /// A document of a body's year before the body was set up.
    case bodyNotSetUpYet(String, on: CalendarDate, year: FiscalYear, field: String)
    /// A document of a body's year after the body was dissolved.
    case bodyDissolvedBefore(String, on: CalendarDate, year: FiscalYear, field: String)
    /// A document about a day before any body or issue was recorded.
    case nothingRecordedYet(on: CalendarDate, field: String)
    /// A published site of a 年度 that has not begun.
    case yearNotBegun(FiscalYear, field: String)
    /// A page of the site that links to no page: a bug of kadai's, never published.
    case brokenSiteLink(page: String, href: String)
    /// A page name made from ids in the log that cannot be a file name: the log was altered.
    case unnamablePage(String)

    /// The field of the input the refusal is about, if it is about the input rather than the store.
    public var field: String? {
        switch self {
        case .bodyNotSetUpYet(_, _, _, let field), .bodyDissolvedBefore(_, _, _, let field), .nothingRecordedYet(_, let field),
             .yearNotBegun(_, let field): field
        default: nil
        }
    }
}
