import Calendar

/// One entry of a body's year plan, with its postponements and cancellation in order.
public struct PlannedEntry: Equatable, Sendable {
    public var planned: MeetingPlanned
    public var changes: [MeetingPlanChanged] = []

    public init(planned: MeetingPlanned) {
        self.planned = planned
    }

    public var id: String { PlanReference.id(body: planned.body, year: planned.fiscalYear, entry: planned.entry) }

    /// Cancelled by its latest change.
    public var isCancelled: Bool { changes.last?.change == .cancelled }

    /// The date it is planned for now: the latest postponement's, or the first.
    public var date: PartialDate? {
        changes.last(where: { $0.change == .postponed && $0.to != nil })?.to ?? planned.date
    }

    /// What carried it out by `day`: the body's meeting of its number (or, unnumbered, on its
    /// day), or an activity recorded for it; nil while nothing has — a meeting dated after `day`
    /// is still to come, whatever was entered ahead, so it is never shown as held.
    public func heldOn(by day: CalendarDate, in body: BodyState) -> PartialDate? {
        let year = planned.fiscalYear
        if planned.kind == .meeting {
            let meeting = body.meetings(in: year).first { m in
                if let n = planned.number { return m.number == n }
                return date?.day == m.on
            }
            return meeting.flatMap { $0.on <= day ? .day($0.on) : nil }
        }
        let activity = body.activities.first { $0.plan == id }
        return activity.flatMap { $0.when.firstDay <= day ? $0.when : nil }
    }
}
