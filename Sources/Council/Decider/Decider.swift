import Calendar
import JSON

/// A ledger's rules, in the shape every ledger shares (DESIGN §10, §13): a command is decided
/// against the state folded from the streams it touches, and turns into events or a refusal. The
/// council's issues and bodies are one ledger (`CouncilDecider`); 拠点, resources and evaluations
/// are each a module with their own decider, events and state, recorded by the same generic handler
/// of the service. Pure: no I/O, no clock.
public protocol Decider {
    associatedtype Command: Sendable
    associatedtype Event: LedgerEvent
    associatedtype State: Sendable

    static var initialState: State { get }
    static func decide(_ command: Command, _ state: State) throws(DomainError) -> [Event]
    static func evolve(_ state: inout State, _ event: Event)
    /// The streams whose events the command is decided against; the write expects each unchanged.
    static func streams(of command: Command) -> [String]
}

/// An event as a ledger records it: its type and data are the log's record, its stream and date
/// where and when it belongs. `decode` is its way back; nil for a type of another ledger.
public protocol LedgerEvent: Sendable {
    var typeName: String { get }
    var stream: String { get }
    var on: CalendarDate { get }
    var data: JSONObject { get }
    static func decode(type: String, data: JSONObject) throws(EventDataError) -> Self?
}

extension CouncilEvent: LedgerEvent {}

extension CouncilDecider: Decider {
    public static func streams(of command: CouncilCommand) -> [String] {
        let touched = command.touches
        return [Streams.council] + touched.bodies.map(Streams.body) + touched.issues.map(Streams.issue)
    }
}
