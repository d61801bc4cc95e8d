import Calendar

extension MeetingReference {
    /// The body, 年度 and number a meeting id names (`shuro-wg-2024-3` → `shuro-wg`, 令和6年度, 3),
    /// read from its end, since a body id may hold hyphens itself; nil for what is no meeting id.
    public static func parts(of id: String) -> (body: String, year: FiscalYear, number: Int)? {
        let pieces = id.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count >= 3, let number = Int(pieces[pieces.count - 1]), number >= 1,
              pieces[pieces.count - 2].count == 4, let year = Int(pieces[pieces.count - 2]) else { return nil }
        let body = pieces.dropLast(2).joined(separator: "-")
        guard !body.isEmpty else { return nil }
        return (body, FiscalYear(startYear: year), number)
    }

    /// The meeting an id names, as the state holds it.
    public static func meeting(_ id: String, in state: CouncilState) -> MeetingRecorded? {
        guard let parts = parts(of: id), let body = state.bodies[parts.body] else { return nil }
        return body.meetings.first { Self.id(of: $0) == id }
    }

    /// Every meeting id of the state's bodies, for "did you mean".
    public static func ids(in state: CouncilState) -> [String] {
        state.bodiesInOrder.flatMap { $0.meetings.map(Self.id(of:)) }
    }
}
