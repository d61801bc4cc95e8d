import Dispatch

/// Decodes runs of records on both cores while the caller still receives them one by one, in
/// order: replaying the log is where projections spend their time, and decoding is pure. A run is
/// decoded in the background while the caller folds the one before it.
enum ParallelDecoder {
    /// One line to decode: its bytes stay valid while the segment maps do not change, which they
    /// do only on the caller's thread, and never while a run is being decoded.
    struct Line: @unchecked Sendable {
        var position: UInt64
        var bytes: UnsafeRawBufferPointer
        var segment: Int
        var offset: UInt32
    }

    /// A run of lines being decoded in slices of 256 on the global queue: more slices than cores,
    /// so a core that finishes early takes another instead of waiting, and each slice's values
    /// stay small (freeing a block over 64 KiB makes glibc's malloc consolidate its free lists,
    /// which cost a tenth of a replay when slices were 1,024 long).
    final class Run<T>: @unchecked Sendable {
        let positions: ClosedRange<UInt64>
        private let group = DispatchGroup()
        /// One slot per slice, each written by its own task only, read after `group` is done.
        private let parts: UnsafeMutablePointer<Result<[T], any Error>>
        private let slices: Int
        private var finished = false

        init(_ lines: [Line], positions: ClosedRange<UInt64>, transform: @escaping @Sendable (Line) throws -> T?) {
            self.positions = positions
            slices = max(1, (lines.count + 255) / 256)
            parts = .allocate(capacity: slices)
            parts.initialize(repeating: .success([]), count: slices)
            for i in 0..<slices {
                let slice = lines[(i * 256)..<min(lines.count, (i + 1) * 256)]
                let slot = Slot(pointer: parts + i)
                DispatchQueue.global().async(group: group) {
                    var values: [T] = []
                    values.reserveCapacity(slice.count)
                    do {
                        for line in slice { if let value = try transform(line) { values.append(value) } }
                        slot.pointer.pointee = .success(values)
                    } catch {
                        slot.pointer.pointee = .failure(error)
                    }
                }
            }
        }

        /// Waits for every slice; their values in order, or the first slice's error.
        func values() throws -> [[T]] {
            wait()
            return try (0..<slices).map { try parts[$0].get() }
        }

        /// Waits without looking at the result: before the caller may change the segment maps.
        func wait() {
            if !finished {
                group.wait()
                finished = true
            }
        }

        /// A half's result slot, handed to the task that alone writes it.
        private struct Slot: @unchecked Sendable {
            let pointer: UnsafeMutablePointer<Result<[T], any Error>>
        }

        deinit {
            group.wait()
            parts.deinitialize(count: slices)
            parts.deallocate()
        }
    }
}
