import Dispatch

/// Decodes runs of records on both cores while the caller still receives them one by one, in
/// order: replaying the log is where projections spend their time, and decoding is pure.
struct ParallelDecoder {
    /// One line to decode: its bytes stay valid while the segment maps do not change, which they
    /// do only on the caller's thread, between runs.
    struct Line: @unchecked Sendable {
        var position: UInt64
        var bytes: UnsafeRawBufferPointer
        var segment: Int
        var offset: UInt32
    }

    private final class Results: @unchecked Sendable {
        var parts: [Result<[RecordedEvent], StoreError>]
        init(count: Int) { parts = Array(repeating: .success([]), count: count) }
    }

    /// Decodes `parts` concurrently (one task per part) and returns them in order.
    static func decode(_ parts: [[Line]], with decode: @escaping @Sendable (Line) throws(StoreError) -> RecordedEvent) throws(StoreError) -> [[RecordedEvent]] {
        let results = Results(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            var events: [RecordedEvent] = []
            events.reserveCapacity(parts[i].count)
            do throws(StoreError) {
                for line in parts[i] { events.append(try decode(line)) }
                results.parts[i] = .success(events)
            } catch {
                results.parts[i] = .failure(error)
            }
        }
        var decoded: [[RecordedEvent]] = []
        for part in results.parts { decoded.append(try part.get()) }
        return decoded
    }
}
