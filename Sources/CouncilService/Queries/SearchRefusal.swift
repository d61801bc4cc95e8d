import Projections

/// A search the service does not run: a query with nothing to look for, or longer than a person
/// types (DESIGN §11's `/search?q=…`). Refused before anything is read.
public enum SearchRefusal: Error, Sendable, Equatable {
    /// Empty, or spaces alone.
    case emptyQuery
    /// Over `limit` characters, a character of more than two code points (stacked with combining
    /// marks) counting as half as many, so that it cannot carry a long query.
    case queryTooLong(length: Int, limit: Int)

    /// The longest query searched, in characters.
    public static let limit = 100

    /// The query's terms, or the refusal.
    static func check(_ query: String) throws(SearchRefusal) -> [[UInt32]] {
        let length = max(query.count, (query.unicodeScalars.count + 1) / 2)
        guard length <= limit else { throw .queryTooLong(length: length, limit: limit) }
        let terms = SearchText.terms(query)
        guard !terms.isEmpty else { throw .emptyQuery }
        return terms
    }
}
