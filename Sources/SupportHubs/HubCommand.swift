import Calendar

/// What a secretariat records in the 拠点 ledger; each is decided by `HubDecider`.
public enum HubCommand: Sendable {
    case setProvision(function: HubFunction, fiscalYear: FiscalYear, lines: [String], on: CalendarDate)
    case recordEntry(HubEntry, on: CalendarDate)
    case registerProvider(provider: String, name: String, functions: [HubFunction], on: CalendarDate)
    case endRegistration(provider: String, on: CalendarDate)
    case verifyYear(fiscalYear: FiscalYear, on: CalendarDate)
}

extension HubCommand {
    /// The command that records `event` again, so a history read back can be decided anew.
    public init(recording event: HubEvent) {
        switch event {
        case .provisionSet(let f, let y, let lines, let on): self = .setProvision(function: f, fiscalYear: y, lines: lines, on: on)
        case .entryRecorded(let entry, let on): self = .recordEntry(entry, on: on)
        case .providerRegistered(let p, let name, let functions, let on): self = .registerProvider(provider: p, name: name, functions: functions, on: on)
        case .registrationEnded(let p, let on): self = .endRegistration(provider: p, on: on)
        case .yearVerified(let y, let on): self = .verifyYear(fiscalYear: y, on: on)
        }
    }
}
