import Calendar
import Council
import Testing
@testable import Projections

/// An issue's track is the phase and owner `IssueState` folds, at every year's end and now —
/// including late entries, events before the raise, closing and reopening. The list summary folds
/// the same rules.
struct IssueTrackTests {
    /// Every kind of issue event, in any order and on any day: what the track must fold as the domain does.
    static func randomEvents(seed: UInt64, count: Int) -> [CouncilEvent] {
        var rng = seed | 1
        func pick(_ n: Int) -> Int { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return Int(rng % UInt64(n)) }
        let id = "K-0001"
        var events: [CouncilEvent] = []
        for _ in 0..<count {
            let on = date("2019-01-01").adding(days: pick(1500))
            let body = ["soudan", "shuro", "kodomo"][pick(3)]
            switch pick(11) {
            case 0: events.append(.issueRaised(IssueRaised(issue: id, title: "t", raisedBy: body, categories: [], groups: [], on: on)))
            case 1: events.append(.issueAssigned(IssueAssigned(issue: id, to: body, on: on)))
            case 2: events.append(.issueTransferred(IssueTransferred(issue: id, from: "x", to: body, on: on)))
            case 3: events.append(.issueAnalysed(IssueAnalysed(issue: id, factors: [], focusCandidates: [], chosen: [], on: on)))
            case 4: events.append(.actionPlanAdopted(ActionPlanAdopted(issue: id, revision: 1, goal: "g", actions: [], on: on)))
            case 5: events.append(.activityLogged(ActivityLogged(issue: id, summary: "s", kind: .visit, advances: [], functions: [], on: on)))
            case 6: events.append(.issueEvaluated(IssueEvaluated(issue: id, fiscalYear: on.fiscalYear, outcome: "o", functions: [], decision: .continue, on: on)))
            case 7: events.append(.issueClosed(IssueClosed(issue: id, reason: .resolved, on: on)))
            case 8: events.append(.issueReopened(IssueReopened(issue: id, reason: "r", on: on)))
            case 9: events.append(.issueCarriedOver(IssueCarriedOver(issue: id, from: on.fiscalYear, to: on.fiscalYear.next, on: on)))
            default: events.append(.caseNoteAttached(CaseNoteAttached(issue: id, ref: "n", on: on)))
            }
        }
        return events
    }

    static func owner(after events: ArraySlice<CouncilEvent>) -> String? {
        var owner: String?
        for e in events {
            switch e {
            case .issueRaised(let r): owner = r.raisedBy
            case .issueAssigned(let a): owner = a.to
            case .issueTransferred(let t): owner = t.to
            default: break
            }
        }
        return owner
    }

    /// The track must be the fold of the events dated up to `day`, each with its owner in log order.
    static func expect(_ track: IssueTrack?, of all: [CouncilEvent], upTo day: CalendarDate, _ comment: Comment) {
        let events = all.filter { $0.on <= day }
        var state = CouncilState()
        for e in events { CouncilDecider.evolve(&state, e) }
        let issue = state.issues["K-0001"]
        #expect(track?.exists == (issue != nil), comment)
        #expect(track?.seen == !events.isEmpty, comment)
        if let issue, let track {
            #expect(track.phase == issue.phase && track.phaseOn == issue.phaseOn && track.phaseBeforeClose == issue.phaseBeforeClose, comment)
            #expect(track.owner == issue.owner && track.isClosed == issue.isClosed, comment)
        }
        let handed = events.contains { if case .issueAssigned = $0 { true } else if case .issueTransferred = $0 { true } else { false } }
        #expect(track?.handed == handed, comment)
        let last = all.lastIndex { $0.on <= day }
        #expect(track?.lastOwnerAt == last.flatMap { owner(after: all[...$0]) }, comment)
    }

    @Test(arguments: 0..<40)
    func theTracksAreTheDomainsFoldAtEveryYearsEnd(seed: Int) {
        let events = Self.randomEvents(seed: UInt64(seed) &* 7919, count: 3 + seed % 17)
        var tracks = IssueYearTracks()
        for (n, e) in events.enumerated() {
            tracks.fold(e, ownerAt: Self.owner(after: events[...n]))
        }
        Self.expect(tracks.now, of: events, upTo: .latest, "now")
        for year in 2017...2024 {
            for day in [FiscalYear(startYear: year).lastDay, CalendarDate.earliest] {
                Self.expect(tracks.track(on: day), of: events, upTo: day, "\(day)")
            }
        }
        Self.expect(tracks.track(on: .latest), of: events, upTo: .latest, "the last day")
        let middle = date("2021-09-15")
        if let track = tracks.track(on: middle) { Self.expect(track, of: events, upTo: middle, "a day within a year") }
    }

    /// Named cases, each a rule of `IssueState` the track keeps.
    @Test(arguments: [
        ("a late entry dated earlier does not turn the phase back", ["raise 2020-05-01", "plan 2020-09-01", "analyse 2020-07-01"], IssuePhase.planned),
        ("a reopened issue returns to where it stood", ["raise 2020-05-01", "analyse 2020-06-01", "close 2020-07-01", "reopen 2020-08-01"], .analysing),
        ("events before the raise change nothing", ["analyse 2020-04-01", "raise 2020-05-01"], .raised),
        ("closing holds whatever its date", ["raise 2020-05-01", "act 2020-09-01", "close 2020-06-01"], .closed),
        ("an activity after closing does not move the phase back", ["raise 2020-05-01", "close 2020-09-01", "act 2020-08-01"], .closed),
    ])
    func aRuleOfThePhase(_ rule: String, _ script: [String], _ phase: IssuePhase) {
        var events: [CouncilEvent] = []
        for line in script {
            let parts = line.split(separator: " ").map(String.init)
            let on = date(parts[1]), id = "K-0001"
            switch parts[0] {
            case "raise": events.append(.issueRaised(IssueRaised(issue: id, title: "t", raisedBy: "soudan", categories: [], groups: [], on: on)))
            case "analyse": events.append(.issueAnalysed(IssueAnalysed(issue: id, factors: [], focusCandidates: [], chosen: [], on: on)))
            case "plan": events.append(.actionPlanAdopted(ActionPlanAdopted(issue: id, revision: 1, goal: "g", actions: [], on: on)))
            case "act": events.append(.activityLogged(ActivityLogged(issue: id, summary: "s", kind: .visit, advances: [], functions: [], on: on)))
            case "close": events.append(.issueClosed(IssueClosed(issue: id, reason: .resolved, on: on)))
            default: events.append(.issueReopened(IssueReopened(issue: id, reason: "r", on: on)))
            }
        }
        var track = IssueTrack()
        var summary = CouncilSummary()
        for e in events {
            track.fold(e, ownerAt: Self.owner(after: events[...events.firstIndex(of: e)!]))
            summary.apply(e)
        }
        #expect(track.phase == phase, "\(rule)")
        #expect(summary.issues["K-0001"]?.phase == phase, "the list summary: \(rule)")
        Self.expect(track, of: events, upTo: .latest, "\(rule)")
    }
}
