import Calendar
import Council
import Projections

extension CouncilService {
    /// The council as the log holds it now: every body and issue.
    public func council() throws -> CouncilState {
        try exclusively {
            try store.refresh()
            return try CouncilLoader(store: store).fullState()
        }
    }

    /// One issue as it stands now, or nil when the council has no such issue.
    public func issue(_ id: String) throws -> IssueState? {
        try exclusively {
            try store.refresh()
            return try CouncilLoader(store: store).state(issues: [id]).issues[id]
        }
    }

    /// The log's head — how many events it holds and the last one's chain hash — with what other
    /// writers appended until now: whatever a read asked after this shows at least these events.
    /// The hash tells apart a head that a cut of a writer's unacknowledged batch took back and
    /// later writes brought to the same count. Case notes kept for searches whose issue has been
    /// written to since are let go here, so a forgotten note's text leaves memory at the next request.
    public func currentHead() throws -> LogHead {
        try exclusively {
            try store.refresh()
            forgetChangedCaseNotes()
            return LogHead(position: store.headPosition, hash: store.headHash)
        }
    }

    /// The council's name, from its own stream alone: what every page's heading shows.
    public func councilName() throws -> String? {
        try exclusively {
            try store.refresh()
            return try CouncilLoader(store: store).state().name
        }
    }

    /// The 年度 with a meeting, a policy, a review or issue work in them, latest first: what a
    /// list of documents offers. From the read model held at the head.
    public func activeYears() throws -> [FiscalYear] {
        try exclusively {
            let record = try record(try reader(at: .now, caseNotes: false))
            return record.model.activeYears.sorted(by: >).map(FiscalYear.init(startYear:))
        }
    }
}
