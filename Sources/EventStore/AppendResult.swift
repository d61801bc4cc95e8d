/// What an append wrote, or — for a repeated idempotency key — what the original append wrote.
public struct AppendResult: Equatable, Sendable {
    public var positions: ClosedRange<UInt64>
    /// True when the idempotency key had been written before: nothing new was written.
    public var wasAlreadyWritten: Bool
    /// An unfinished write of an interrupted writer that this append cut off first.
    public var tailCut: TailCut?
}
