import Dispatch
import Hashing

/// Re-checks the chain over bytes already indexed: every line's hash against its content, every
/// `prev` against the line before, every position in turn. Each check needs only the line and the
/// one before it, so a segment is cut into chunks at line ends and the chunks are hashed on every
/// core; the chunks' ends are stitched together afterwards, in order.
struct ChainWalk {
    /// Why a line failed, at its byte offset in the walked bytes.
    struct Failure: Error {
        var offset: Int
        var lineInChunk: Int
        var reason: String
    }

    /// What one chunk found: its ends, to be stitched to its neighbours.
    struct Chunk {
        var start: Int
        var lines = 0
        var firstPosition: UInt64 = 0
        var lastPosition: UInt64 = 0
        /// Offsets of the first line's `prev` hex and the last line's `hash` hex.
        var firstPrev = 0
        var lastHash = 0
        var failure: Failure?
    }

    /// The offsets of the 64 hex digits of `prev` and `hash` in a line of `count` bytes (without its newline).
    static func prevOffset(lineEnd: Int) -> Int { lineEnd - RecordCodec.hashSuffixLength - RecordCodec.prevFieldLength + 9 }
    static func hashOffset(lineEnd: Int) -> Int { lineEnd - RecordCodec.hashSuffixLength + 9 }

    /// Walks `bytes`, which must be whole lines holding positions `firstPosition…` and chaining on from
    /// `previous`, and ending at `expectedLast` after `records` lines. Throws the first failure with
    /// the position where it lies.
    static func check(_ bytes: UnsafeRawBufferPointer, firstPosition: UInt64, records: UInt64, previous: SHA256Digest,
                      expectedLast: SHA256Digest, chunkBytes: Int = 4 << 20) -> (position: UInt64, offset: Int, reason: String)? {
        guard bytes.count > 0 else {
            return records == 0 && previous == expectedLast ? nil : (firstPosition, 0, "the segment holds none of the records the index gives it")
        }
        guard bytes[bytes.count - 1] == RecordCodec.newline else {
            return (firstPosition + records - 1, bytes.count, "the last record has lost its end")
        }
        var starts = [0]
        while let last = starts.last, last + chunkBytes < bytes.count {
            guard let newline = memchr(bytes.baseAddress! + last + chunkBytes, 0x0A, bytes.count - last - chunkBytes) else { break }
            let next = UnsafeRawPointer(newline) - bytes.baseAddress! + 1
            if next >= bytes.count { break }
            starts.append(next)
        }
        let chunkStarts = starts
        let ends = Array(starts.dropFirst()) + [bytes.count]
        var chunks = [Chunk](repeating: Chunk(start: 0), count: starts.count)
        chunks.withUnsafeMutableBufferPointer { out in
            let shared = Shared(bytes: bytes, chunks: out.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunkStarts.count) { i in
                shared.chunks[i] = walk(shared.bytes, from: chunkStarts[i], to: ends[i])
            }
        }
        var expectedPosition = firstPosition
        var prevHex = [UInt8](repeating: 0, count: 64)
        previous.writeHex(to: &prevHex)
        var lines: UInt64 = 0
        for chunk in chunks {
            if let failure = chunk.failure {
                return (expectedPosition + UInt64(failure.lineInChunk), failure.offset, failure.reason)
            }
            if chunk.firstPosition != expectedPosition {
                return (expectedPosition, chunk.start, "it holds position \(chunk.firstPosition) where position \(expectedPosition) should follow")
            }
            if !prevHex.withUnsafeBytes({ $0.elementsEqual(UnsafeRawBufferPointer(rebasing: bytes[chunk.firstPrev..<(chunk.firstPrev + 64)])) }) {
                return (expectedPosition, chunk.start, "its 'prev' does not match the hash of position \(expectedPosition - 1)")
            }
            prevHex = Array(bytes[chunk.lastHash..<(chunk.lastHash + 64)])
            expectedPosition = chunk.lastPosition + 1
            lines += UInt64(chunk.lines)
        }
        guard lines == records else {
            return (firstPosition + min(lines, records), bytes.count, "the segment holds \(lines) records where the index gives it \(records)")
        }
        guard prevHex.withUnsafeBytes({ expectedLast.hexEquals($0) }) else {
            return (expectedPosition - 1, bytes.count, "its hash does not match the 'prev' of the record after it")
        }
        return nil
    }

    /// One chunk, line by line: shape, position in turn, hash against content, `prev` against the
    /// line before.
    private static func walk(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Chunk {
        var chunk = Chunk(start: start)
        var lineStart = start
        var previousHash = -1
        let minimum = RecordCodec.hashSuffixLength + RecordCodec.prevFieldLength + 20
        while lineStart < end {
            let newline = UnsafeRawPointer(memchr(bytes.baseAddress! + lineStart, 0x0A, end - lineStart)!) - bytes.baseAddress!
            func fail(_ reason: String) -> Chunk {
                chunk.failure = Failure(offset: lineStart, lineInChunk: chunk.lines, reason: reason)
                return chunk
            }
            let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<newline])
            guard line.count > minimum, let position = leadingPosition(line) else {
                return fail("the line is not a valid record")
            }
            if chunk.lines == 0 {
                chunk.firstPosition = position
                chunk.firstPrev = prevOffset(lineEnd: newline)
            } else if position != chunk.lastPosition + 1 {
                return fail("it holds position \(position) where position \(chunk.lastPosition + 1) should follow")
            }
            guard RecordCodec.verifyHash(line) else { return fail("its hash does not match its content: the line was altered") }
            if previousHash >= 0 {
                let prev = prevOffset(lineEnd: newline)
                guard memcmp(bytes.baseAddress! + prev, bytes.baseAddress! + previousHash, 64) == 0 else {
                    return fail("its 'prev' does not match the hash of position \(position - 1)")
                }
            }
            previousHash = hashOffset(lineEnd: newline)
            chunk.lastHash = previousHash
            chunk.lastPosition = position
            chunk.lines += 1
            lineStart = newline + 1
        }
        return chunk
    }

    /// The number after `{"position":` at the start of a line.
    static func leadingPosition(_ line: UnsafeRawBufferPointer) -> UInt64? {
        let prefix: StaticString = "{\"position\":"
        let n = prefix.utf8CodeUnitCount
        guard line.count > n, memcmp(line.baseAddress!, prefix.utf8Start, n) == 0 else { return nil }
        var value: UInt64 = 0
        var i = n
        while i < line.count, line[i] >= 0x30, line[i] <= 0x39, i - n < 19 {
            value = value * 10 + UInt64(line[i] - 0x30)
            i += 1
        }
        return i > n && i < line.count && line[i] == 0x2C ? value : nil
    }

    /// The mapped bytes, read by every task, and the result slots, each written by its own task only.
    private struct Shared: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let chunks: UnsafeMutablePointer<Chunk>
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
