/// The candidate the user most likely meant by `word`, or nil when nothing is close enough to be worth saying.
///
/// In order: a case-insensitive exact match; the only candidate that starts with `word`
/// (a unique abbreviation); else the nearest candidate within `max(1, word.count / 3)` edits,
/// counting a swap of two neighbours as one edit (optimal string alignment). Several equally
/// good candidates give nil rather than a guess. Public because the app reuses it for ids.
public func closestMatch(to word: String, among candidates: [String]) -> String? {
    let typed = Array(word.lowercased())
    guard !typed.isEmpty else { return nil }
    let lowered = candidates.map { Array($0.lowercased()) }

    if let exact = lowered.firstIndex(of: typed) {
        return candidates[exact]
    }

    // Several candidates sharing the prefix is ambiguous; guessing one would mislead.
    let abbreviated = lowered.indices.filter { lowered[$0].starts(with: typed) }
    if Set(abbreviated.map { lowered[$0] }).count == 1, let only = abbreviated.first {
        return candidates[only]
    }

    let threshold = max(1, typed.count / 3)
    let distances = lowered.map { optimalStringAlignmentDistance(typed, $0) }
    guard let nearest = distances.min(), nearest <= threshold else { return nil }
    // Two different words equally near (K-0003 between K-0001 and K-0002) is a guess, not a suggestion.
    let tied = lowered.indices.filter { distances[$0] == nearest }
    guard Set(tied.map { lowered[$0] }).count == 1, let only = tied.first else { return nil }
    return candidates[only]
}

/// Levenshtein distance where swapping two adjacent characters also costs one ("audti" → "audit").
func optimalStringAlignmentDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows suffice: the transposition step looks back two rows.
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, previous2[j - 2] + 1)
            }
            current[j] = value
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
}
