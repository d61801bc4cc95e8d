/// A refusal of a ledger other than the council's own (拠点, resources, evaluations): its words in
/// both languages and the field it concerns, so that a new ledger brings its refusals with it and
/// the council's `DomainError` never grows a case per ledger.
public struct LedgerRefusal: Error, Equatable, Sendable {
    /// A stable name for tests and logs, e.g. `hub.unknownProvider`.
    public var code: String
    /// The declared field it concerns, for a form to show it beside; nil for the whole command.
    public var field: String?
    public var japanese: String
    public var english: String

    public init(_ code: String, field: String? = nil, japanese: String, english: String) {
        self.code = code
        self.field = field
        self.japanese = japanese
        self.english = english
    }
}
