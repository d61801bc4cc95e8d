import Calendar

/// The registry as its events have made it: the providers, and each service's vacancy reports.
public struct ResourceState: Equatable, Sendable {
    public var providers: [String: Provider] = [:]
    /// The order providers were first listed in.
    public var order: [String] = []
    /// Each provider's and service's reports, in the order of their days.
    public var vacancies: [Key: [Report]] = [:]

    public init() {}

    public struct Key: Hashable, Sendable {
        public var provider: String
        public var service: ServiceType
        public init(provider: String, service: ServiceType) {
            self.provider = provider
            self.service = service
        }
    }

    public struct Report: Equatable, Sendable {
        public var vacancies: Int
        public var asOf: CalendarDate
    }

    /// The latest report on or before `day`.
    public func vacancy(_ key: Key, on day: CalendarDate) -> Report? { vacancies[key]?.last { $0.asOf <= day } }
}
