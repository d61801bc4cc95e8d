import EventStore

/// A read model folded from the global feed that can be cached in a snapshot. `version` goes up
/// whenever `apply` or the encoding changes, so an old snapshot is ignored instead of misread.
public protocol SnapshottingProjection {
    associatedtype State
    /// What `apply` takes: the record itself, or what `prepare` made of it.
    associatedtype Input = RecordedEvent
    static var name: String { get }
    static var version: Int { get }
    static func initial() -> State
    /// Runs on the decoding threads, in any order: per-record work that needs no state. Nil skips the record.
    static func prepare(_ record: RecordedEvent) -> Input?
    /// Runs on one thread, in log order.
    static func apply(_ state: inout State, _ input: Input)
    static func encode(_ state: State) -> [UInt8]
    static func decode(_ bytes: [UInt8]) -> State?
}

extension SnapshottingProjection where Input == RecordedEvent {
    public static func prepare(_ record: RecordedEvent) -> RecordedEvent? { record }
}
