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

    /// How many events the log holds, with what other writers appended until now: whatever a
    /// read asked after this shows at least these events.
    public func headPosition() throws -> UInt64 {
        try exclusively {
            try store.refresh()
            return store.headPosition
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
