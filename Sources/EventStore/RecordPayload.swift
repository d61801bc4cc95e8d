/// One record as the projection feed hands it over: what a fold needs — position, type, schema
/// and the data as JSON bytes — without decoding the rest of the line. A projection decodes the
/// data straight into its own types, which is the cheapest way through a long log.
///
/// It borrows the mapped log: use it only inside the call it is handed to.
public struct RecordPayload {
    public let position: UInt64
    public let type: String
    /// The schema of `data`: the current one when the upcasters lifted it.
    public let schemaVersion: Int
    /// The data object's bytes, exactly as written unless an upcaster applied.
    public let data: UnsafeRawBufferPointer
    let line: ParallelDecoder.Line
    let path: String
    let upcasters: UpcasterChain

    /// The whole record, decoded and lifted as `readStream` returns it.
    public func record() throws(StoreError) -> RecordedEvent {
        try EventStore.decode(line.bytes, position: position, path: path, offset: line.offset, upcasters: upcasters)
    }

    /// The error for a record whose data its projection cannot read: it names the segment file
    /// and where the line starts.
    public func damaged(_ reason: String) -> StoreError {
        .damaged(path: path, position: position, byteOffset: UInt64(line.offset), reason: reason)
    }
}
