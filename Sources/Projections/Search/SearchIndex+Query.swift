import Calendar

/// A few words around where a query was found, as recorded: the match itself apart, so a page
/// can mark it (each part still to be escaped), and `…` where the text goes on.
public struct SearchExcerpt: Equatable, Sendable {
    public var before: String
    public var match: String
    public var after: String

    public init(before: String, match: String, after: String) {
        self.before = before
        self.match = match
        self.after = after
    }

    public var text: String { before + match + after }
}

/// An issue a query found: how many of its terms the title holds (which ranks it first), the
/// part of the issue the excerpt is from, and the date it last moved (which ranks it next).
public struct SearchMatch: Equatable, Sendable {
    public var issue: String
    public var titleTerms: Int
    public var part: SearchIndex.Part
    public var excerpt: SearchExcerpt
    public var lastActivityOn: CalendarDate
}

extension SearchIndex {
    /// Characters of context kept before and after the match in an excerpt.
    public static let excerptContext = (before: 20, after: 40)

    /// The issues that hold every term of `query` (folded, split at spaces), each term whole
    /// within one text: the posting lists of the terms' grams are intersected, then each issue
    /// left is confirmed by finding the terms in its texts, so a term spread over two texts or
    /// two grams far apart finds nothing. Ranked by the terms the title holds, then the latest
    /// activity, then raise order; at most `limit`.
    public func search(_ query: String, limit: Int) -> [SearchMatch] {
        search(terms: SearchText.terms(query), limit: limit)
    }

    /// The same for a query already split into folded terms (`SearchText.terms`).
    public func search(terms: [[UInt32]], limit: Int) -> [SearchMatch] {
        guard !terms.isEmpty, limit > 0 else { return [] }
        // The ranking's keys copied beside each hit: a word found in most issues sorts tens of
        // thousands, and reaching into the entries from the comparison costs more than the sort.
        var found: [(n: Int, titleTerms: Int, day: Int)] = []
        for n in candidates(terms) {
            let entry = entries[Int(n)]
            guard terms.allSatisfy({ term in entry.texts.contains { SearchText.firstIndex(of: term, in: $0.folded) != nil } }) else { continue }
            let titleTerms = terms.filter { SearchText.firstIndex(of: $0, in: entry.texts.first?.folded ?? []) != nil }.count
            found.append((Int(n), titleTerms, entry.lastActivityOn.daysSinceEpoch))
        }
        found.sort { a, b in
            if a.titleTerms != b.titleTerms { return a.titleTerms > b.titleTerms }
            return a.day != b.day ? a.day > b.day : a.n < b.n
        }
        return found.prefix(limit).map { hit in
            let entry = entries[hit.n]
            let (part, excerpt) = Self.excerpt(of: entry, terms: terms)
            return SearchMatch(issue: entry.id, titleTerms: hit.titleTerms, part: part, excerpt: excerpt, lastActivityOn: entry.lastActivityOn)
        }
    }

    /// The issues whose texts hold every gram of every term, shortest posting list first.
    func candidates(_ terms: [[UInt32]]) -> [UInt32] {
        var lists: [[UInt32]] = []
        for gram in Set(terms.flatMap(SearchText.grams(ofTerm:))) {
            guard let list = postings[gram] else { return [] }
            lists.append(list)
        }
        lists.sort { $0.count < $1.count }
        guard var result = lists.first else { return [] }
        for list in lists.dropFirst() {
            result = Self.intersection(result, list)
            if result.isEmpty { break }
        }
        return result
    }

    /// Two ascending lists' common elements, walking the longer one by binary search from where
    /// the last element was found.
    static func intersection(_ short: [UInt32], _ long: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var from = 0
        for value in short {
            var (low, high) = (from, long.count)
            while low < high {
                let mid = (low + high) / 2
                if long[mid] < value { low = mid + 1 } else { high = mid }
            }
            from = low
            if from == long.count { break }
            if long[from] == value { out.append(value) }
        }
        return out
    }

    /// Where to show the issue was found: the first text after the title that holds a term (the
    /// title is shown anyway), else the title; at the earliest term in it.
    static func excerpt(of entry: Entry, terms: [[UInt32]]) -> (Part, SearchExcerpt) {
        let ordered = entry.texts.dropFirst() + entry.texts.prefix(1)
        for text in ordered {
            let hits = terms.compactMap { term in SearchText.firstIndex(of: term, in: text.folded).map { (at: $0, length: term.count) } }
            guard let first = hits.min(by: { $0.at != $1.at ? $0.at < $1.at : $0.length > $1.length }) else { continue }
            return (text.part, excerpt(text.text, at: first.at, length: first.length))
        }
        return (.title, SearchExcerpt(before: "", match: "", after: entry.texts.first?.text ?? ""))
    }

    /// Where in `text` every term is found, as an excerpt at the earliest; nil when one is not
    /// there. For texts kept out of the index (case notes), looked through one by one.
    public static func excerpt(of text: String, terms: [[UInt32]]) -> SearchExcerpt? {
        let folded = SearchText.folded(text)
        var first: (at: Int, length: Int)?
        for term in terms {
            guard let at = SearchText.firstIndex(of: term, in: folded) else { return nil }
            if first == nil || at < first!.at { first = (at, term.count) }
        }
        return first.map { excerpt(text, at: $0.at, length: $0.length) }
    }

    /// The recorded text around the folded range `at..<at+length`, line breaks as spaces.
    static func excerpt(_ text: String, at: Int, length: Int) -> SearchExcerpt {
        let scalars = Array(text.unicodeScalars)
        let origins = SearchText.fold(text).origins
        let start = origins[at]
        let end = at + length < origins.count ? origins[at + length] : scalars.count
        let from = max(0, start - excerptContext.before)
        let to = min(scalars.count, end + excerptContext.after)
        func string(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            for scalar in scalars[range] { s.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar) }
            return String(s)
        }
        return SearchExcerpt(before: (from > 0 ? "…" : "") + string(from..<start), match: string(start..<end),
                             after: string(end..<to) + (to < scalars.count ? "…" : ""))
    }
}
