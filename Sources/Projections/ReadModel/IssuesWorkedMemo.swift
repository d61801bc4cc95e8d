import Synchronization

/// The issues each body worked on in a 年度 (`CouncilReadModel.issuesWorked(in:)`), once worked
/// out for a model at its position: every issue is looked at to find them, and a long-running
/// server asks again for every document until the next event moves the position. Copies of a
/// model share it; an answer is only taken for the position it was made at.
final class IssuesWorkedMemo: Sendable {
    private let answers = Mutex<[Int: (position: UInt64, worked: [String: [String]])]>([:])

    func worked(in year: Int, at position: UInt64, _ make: () -> [String: [String]]) -> [String: [String]] {
        if let kept = answers.withLock({ $0[year] }), kept.position == position { return kept.worked }
        let worked = make()
        answers.withLock { $0[year] = (position, worked) }
        return worked
    }
}
