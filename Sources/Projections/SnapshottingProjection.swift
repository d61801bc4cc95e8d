import EventStore

/// A read model folded from the global feed that can be cached in a snapshot. `version` goes up
/// whenever `apply` or the encoding changes, so an old snapshot is ignored instead of misread.
public protocol SnapshottingProjection {
    associatedtype State
    static var name: String { get }
    static var version: Int { get }
    static func initial() -> State
    static func apply(_ state: inout State, _ event: RecordedEvent)
    static func encode(_ state: State) -> [UInt8]
    static func decode(_ bytes: [UInt8]) -> State?
}
