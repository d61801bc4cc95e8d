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

    private final class Results<T>: @unchecked Sendable {
        var parts: [Result<[T], any Error>]
        init(count: Int) { parts = Array(repeating: .success([]), count: count) }
    }

    /// Decodes `parts` concurrently (one task per part), maps each record with `transform` on the
    /// same thread (nil drops it), and returns the parts in order.
    static func decode<T>(_ parts: [[Line]], with decode: @escaping @Sendable (Line) throws(StoreError) -> RecordedEvent,
                          transform: @escaping @Sendable (RecordedEvent) throws -> T?) throws -> [[T]] {
        let results = Results<T>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            var values: [T] = []
            values.reserveCapacity(parts[i].count)
            do {
                for line in parts[i] { if let value = try transform(try decode(line)) { values.append(value) } }
                results.parts[i] = .success(values)
            } catch {
                results.parts[i] = .failure(error)
            }
        }
        var decoded: [[T]] = []
        for part in results.parts { decoded.append(try part.get()) }
        return decoded
    }
}
