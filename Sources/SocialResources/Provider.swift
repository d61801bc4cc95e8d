import Calendar

/// A provider (事業所) as the council's registry keeps it: what the public may read of it, and
/// the services it offers with their places.
public struct Provider: Equatable, Sendable {
    public struct Offer: Equatable, Sendable {
        public var service: ServiceType
        /// 定員, for a service that has places.
        public var places: Int?

        public init(service: ServiceType, places: Int? = nil) {
            self.service = service
            self.places = places
        }
    }

    public var id: String
    public var name: String
    /// The organisation that runs it (運営法人).
    public var operatedBy: String
    /// The town or area a map groups it under.
    public var area: String
    public var address: String
    /// The contact the public may use (a telephone number of the office); never a person's.
    public var contact: String?
    public var offers: [Offer]
    public var openedOn: CalendarDate?
    public var closedOn: CalendarDate?

    public init(id: String, name: String, operatedBy: String, area: String, address: String, contact: String? = nil, offers: [Offer],
                openedOn: CalendarDate? = nil, closedOn: CalendarDate? = nil) {
        self.id = id
        self.name = name
        self.operatedBy = operatedBy
        self.area = area
        self.address = address
        self.contact = contact
        self.offers = offers
        self.openedOn = openedOn
        self.closedOn = closedOn
    }

    public func offer(_ service: ServiceType) -> Offer? { offers.first { $0.service == service } }

    /// Open on `day`: opened by then (or no opening day known) and not yet closed.
    public func isOpen(on day: CalendarDate) -> Bool { (openedOn.map { $0 <= day } ?? true) && (closedOn.map { day < $0 } ?? true) }
}
