import Calendar
import Council
import Projections

extension CouncilService {
    /// Whether `actor` may read the case notes of issue `id`: whoever the council's rules let
    /// attach one to it (the owning body's members, the secretariat, the administrator). In a
    /// store without roles everyone who may write may. Called inside `exclusively`.
    func mayReadCaseNotes(of id: String, as actor: String) throws -> Bool {
        try readableCaseNotes(of: [id], as: actor).contains(id)
    }

    /// Which of the issues `ids` `actor` may read the case notes of, the bodies read once for all.
    /// Called inside `exclusively`.
    func readableCaseNotes(of ids: [String], as actor: String) throws -> [String] {
        // The council's own stream says whether roles are enforced: without them no body is read,
        // on a page served many times a second.
        guard !ids.isEmpty, try CouncilLoader(store: store).state().enforcesRoles else { return ids }
        let bodies = store.streamNames.filter { $0.hasPrefix(Streams.body("")) }.map { String($0.dropFirst(Streams.body("").count)) }
        let state = try CouncilLoader(store: store).state(bodies: bodies, issues: ids)
        return ids.filter { id in
            (try? CouncilDecider.authorize(.attachCaseNote(issue: id, ref: "", on: .todayInJapan), actor: actor, on: .todayInJapan, state)) != nil
        }
    }
}
