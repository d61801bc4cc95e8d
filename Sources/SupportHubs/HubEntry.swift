import Calendar

/// A line of a function's row in the verification table: what runs now (運用状況), what is still
/// to be done (課題), or a dated remark (特記事項, 「…に位置付け（令和３年11月）」).
public struct HubEntry: Equatable, Sendable {
    public enum Column: String, CaseIterable, Sendable {
        case operation
        case challenge
        case note

        public var japanese: String {
            switch self {
            case .operation: "運用状況"
            case .challenge: "課題"
            case .note: "特記事項"
            }
        }
    }

    public var function: HubFunction
    public var fiscalYear: FiscalYear
    public var column: Column
    public var text: String
    /// When it happened, as precisely as known; printed after the text in brackets.
    public var when: PartialDate?

    public init(function: HubFunction, fiscalYear: FiscalYear, column: Column, text: String, when: PartialDate? = nil) {
        self.function = function
        self.fiscalYear = fiscalYear
        self.column = column
        self.text = text
        self.when = when
    }
}
