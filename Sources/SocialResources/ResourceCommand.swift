import Calendar

/// What a secretariat records in the resource registry; each is decided by `ResourceDecider`.
public enum ResourceCommand: Sendable {
    /// Lists a provider, or corrects its listing (the same id).
    case listProvider(Provider, on: CalendarDate)
    case closeProvider(provider: String, on: CalendarDate)
    case reportVacancy(provider: String, service: ServiceType, vacancies: Int, on: CalendarDate)

    /// The command that records `event` again, so a history read back can be decided anew.
    public init(recording event: ResourceEvent) {
        switch event {
        case .providerListed(let p, let on): self = .listProvider(p, on: on)
        case .providerClosed(let p, let on): self = .closeProvider(provider: p, on: on)
        case .vacancyReported(let p, let s, let n, let on): self = .reportVacancy(provider: p, service: s, vacancies: n, on: on)
        }
    }
}
