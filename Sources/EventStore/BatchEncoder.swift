import Dispatch
import Hashing

/// Turns a batch of envelopes into log lines. The part of each line before `prev` is encoded and
/// hashed on both cores; then one pass in log order appends each `prev` and finishes each hash.
enum BatchEncoder {
    struct Encoded {
        var hashes: [SHA256Digest]
        /// Start offset and length (without the newline) of each line in the buffer.
        var lines: [(start: Int, length: Int)]
    }

    private final class Heads: @unchecked Sendable {
        var bytes: [[UInt8]]
        var spans: [[(start: Int, end: Int, state: SHA256)]]
        init(parts: Int) {
            bytes = Array(repeating: [], count: parts)
            spans = Array(repeating: [], count: parts)
        }
    }

    /// Below this many records one core is quicker than handing work to two.
    static let parallelThreshold = 64

    static func encode(_ envelopes: [RecordCodec.Envelope], previous: SHA256Digest, into out: inout [UInt8]) -> Encoded {
        var encoded = Encoded(hashes: [], lines: [])
        encoded.hashes.reserveCapacity(envelopes.count)
        encoded.lines.reserveCapacity(envelopes.count)
        var previous = previous
        if envelopes.count < parallelThreshold {
            for e in envelopes {
                let start = out.count
                previous = RecordCodec.encode(e, previous: previous, into: &out)
                encoded.hashes.append(previous)
                encoded.lines.append((start, out.count - start - 1))
            }
            return encoded
        }
        let parts = 2
        let heads = Heads(parts: parts)
        let share = (envelopes.count + parts - 1) / parts
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = (part * share)..<min(envelopes.count, (part + 1) * share)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(range.count * 460)
            var spans: [(start: Int, end: Int, state: SHA256)] = []
            spans.reserveCapacity(range.count)
            for i in range {
                let start = bytes.count
                let state = RecordCodec.encodeHead(envelopes[i], into: &bytes)
                spans.append((start, bytes.count, state))
            }
            heads.bytes[part] = bytes
            heads.spans[part] = spans
        }
        for part in 0..<parts {
            heads.bytes[part].withUnsafeBytes { bytes in
                for span in heads.spans[part] {
                    let start = out.count
                    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[span.start..<span.end]))
                    var state = span.state
                    previous = RecordCodec.finish(&state, previous: previous, into: &out)
                    encoded.hashes.append(previous)
                    encoded.lines.append((start, out.count - start - 1))
                }
            }
        }
        return encoded
    }
}
