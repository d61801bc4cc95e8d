import Calendar

/// What a secretariat records in the 拠点 ledger; each is decided by `HubDecider`.
public enum HubCommand: Sendable {
    case setProvision(function: HubFunction, fiscalYear: FiscalYear, lines: [String], on: CalendarDate)
    case recordEntry(HubEntry, on: CalendarDate)
    case registerProvider(provider: String, name: String, functions: [HubFunction], on: CalendarDate)
    case endRegistration(provider: String, on: CalendarDate)
    case verifyYear(fiscalYear: FiscalYear, on: CalendarDate)
}
