/// Issue ids kadai gives: K-0001, K-0002 … (four digits at least), one more than the highest
/// K-number in use, so numbers follow on from those already given. The one place the rule is
/// written, for the decider and for a writer numbering a batch from the store's streams.
extension CouncilDecider {
    /// The K-number of an id kadai gave (K-0042 → 42); nil for an id given by hand in another form.
    public static func issueNumber(_ id: String) -> Int? {
        id.hasPrefix("K-") ? Int(id.dropFirst(2)) : nil
    }

    /// The highest K-number among `ids` (0 for none).
    public static func highestIssueNumber<S: Sequence<String>>(_ ids: S) -> Int {
        ids.compactMap(issueNumber).max() ?? 0
    }

    public static func issueId(number: Int) -> String {
        let digits = String(number)
        return "K-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// One more than the highest K-number in use.
    static func nextIssueId(_ state: CouncilState) -> String {
        issueId(number: highestIssueNumber(state.issueOrder) + 1)
    }
}
