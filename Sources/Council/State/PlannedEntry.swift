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

    /// The body's meeting that carries out this planned meeting: the one of its number in its
    /// 年度 (or, unnumbered, on its day); none for a cancelled entry, whose number a later entry
    /// may take.
    public func meeting(in body: BodyState) -> MeetingRecorded? {
        guard planned.kind == .meeting, !isCancelled else { return nil }
        return body.meetings(in: planned.fiscalYear).first { m in
            if let n = planned.number { return m.number == n }
            return date?.day == m.on
        }
    }

    /// What carried it out by `day`: its meeting, or an activity recorded for it; nil while
    /// nothing has. A meeting dated after `day` is still to come, whatever was entered ahead, and
    /// an activity known only to its month counts once the month is over, as in `--as-of` views.
    public func heldOn(by day: CalendarDate, in body: BodyState) -> PartialDate? {
        guard !isCancelled else { return nil }
        if planned.kind == .meeting {
            return meeting(in: body).flatMap { $0.on <= day ? .day($0.on) : nil }
        }
        let activity = body.activities.first { $0.plan == id }
        return activity.flatMap { $0.when.countsFrom <= day ? $0.when : nil }
    }
}
