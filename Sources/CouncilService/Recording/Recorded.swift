import Council

/// What a recording use-case wrote: the events in order and where they landed (nil when there was
/// nothing to record: it was already so).
public struct Recorded: Sendable {
    public var events: [CouncilEvent]
    public var positions: ClosedRange<UInt64>?
    /// The same request was recorded before (its idempotency key was used): `positions` are the
    /// first write's, and nothing was written now.
    public var repeated = false
    /// For each event, the place in the batch of the command that decided it (nil for what the
    /// service added, such as a record of writing on another's behalf); empty for a repeated write.
    public var commandOf: [Int?] = []
    /// What was recorded but deserves a second look (two meetings of a body on one day).
    public var notes: [Bilingual] = []

    public init(events: [CouncilEvent], positions: ClosedRange<UInt64>?, repeated: Bool = false, commandOf: [Int?] = [], notes: [Bilingual] = []) {
        self.events = events
        self.positions = positions
        self.repeated = repeated
        self.commandOf = commandOf
        self.notes = notes
    }

    /// A meeting recorded on a day the body already met: legitimate (a morning and an afternoon
    /// session), but more often the same meeting entered twice. `state` is the state after the
    /// batch, which holds the meeting itself: another number on its day is another meeting.
    static func notes(on events: [CouncilEvent], in state: CouncilState) -> [Bilingual] {
        events.compactMap { event in
            guard case .meetingRecorded(let m) = event,
                  let other = state.bodies[m.body]?.meetings.first(where: { $0.on == m.on && $0.number != m.number }) else { return nil }
            return Bilingual(ja: "注意：同じ日（\(m.on.wareki)）に第\(other.number)回も記録されています。同じ会議を二度記録していないか確かめてください。",
                             en: "Note: no. \(other.number) is recorded on the same day (\(m.on)). Check that the same meeting was not entered twice.")
        }
    }

    /// The ids of the meetings this recorded (`MeetingReference`), in order: what an activity names
    /// its meeting by.
    public var recordedMeetings: [String] {
        events.compactMap { if case .meetingRecorded(let m) = $0 { MeetingReference.id(of: m) } else { nil } }
    }

    /// The ids of the entries this planned (`PlanReference`), in order.
    public var plannedEntries: [String] {
        events.compactMap { if case .meetingPlanned(let e) = $0 { PlanReference.id(body: e.body, year: e.fiscalYear, entry: e.entry) } else { nil } }
    }

    /// The ids of the issues this raised, in order.
    public var raisedIssues: [String] {
        events.compactMap { if case .issueRaised(let e) = $0 { e.issue } else { nil } }
    }
}

/// The council's rules refused the command at `index` of a batch (0 for a single command; one past
/// the caller's commands is the attachment of its case note): nothing was written.
public struct Refusal: Error, Sendable {
    public var index: Int
    public var error: DomainError
}
