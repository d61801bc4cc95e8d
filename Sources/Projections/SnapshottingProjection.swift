import EventStore

/// A read model folded from the global feed that can be cached in a snapshot. `version` goes up
/// whenever `apply` or the encoding changes, so an old snapshot is ignored instead of misread.
public protocol SnapshottingProjection: SendableMetatype {
    associatedtype State
    /// What `apply` takes: the record itself, or what `prepare` made of its payload.
    associatedtype Input = RecordedEvent
    static var name: String { get }
    static var version: Int { get }
    static func initial() -> State
    /// Runs on the decoding threads, in any order: per-record work that needs no state, from the
    /// record's payload (its data still as bytes). Nil skips the record.
    static func prepare(_ payload: RecordPayload) throws -> Input?
    /// Runs on one thread, in log order.
    static func apply(_ state: inout State, _ input: Input)
    static func encode(_ state: State) -> [UInt8]
    static func decode(_ bytes: [UInt8]) -> State?
}

extension SnapshottingProjection where Input == RecordedEvent {
    /// The whole record, decoded as `readStream` would.
    public static func prepare(_ payload: RecordPayload) throws -> RecordedEvent? { try payload.record() }
}
