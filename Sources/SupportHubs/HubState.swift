import Calendar

/// The 拠点 ledger as its events have made it.
public struct HubState: Equatable, Sendable {
    /// Each 年度's row of each function: the city's 拠点機能 and the entries, in the order recorded.
    public var rows: [FiscalYear: [HubFunction: Row]] = [:]
    /// Providers registered as 拠点, by id, in the order registered.
    public var registrations: [Registration] = []
    public var verified: [FiscalYear: CalendarDate] = [:]

    public init() {}

    public struct Row: Equatable, Sendable {
        public var provision: [String] = []
        public var entries: [HubEntry] = []

        public func entries(_ column: HubEntry.Column) -> [HubEntry] { entries.filter { $0.column == column } }
    }

    public struct Registration: Equatable, Sendable {
        public var provider: String
        public var name: String
        public var functions: [HubFunction]
        public var registeredOn: CalendarDate
        public var endedOn: CalendarDate?

        /// Registered on `day`: from its registration, until the day it ended.
        public func isActive(on day: CalendarDate) -> Bool { registeredOn <= day && (endedOn.map { day < $0 } ?? true) }
    }

    public func row(_ function: HubFunction, in year: FiscalYear) -> Row { rows[year]?[function] ?? Row() }

    /// The registration of `provider` that has not ended, if any.
    public func current(_ provider: String) -> Registration? {
        registrations.last { $0.provider == provider && $0.endedOn == nil }
    }
}
