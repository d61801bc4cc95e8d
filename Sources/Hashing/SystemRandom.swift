#if canImport(Glibc)
import Glibc
#endif

/// Random bytes from the kernel (`getrandom(2)`), for salts, session ids and keys: what must not
/// be guessed. A failure is thrown, never papered over with weaker bytes.
public enum SystemRandom {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// errno of the failed call, or 0 when the C library has no `getrandom`.
        public let errno: Int32
        public var description: String {
            errno == 0 ? "the C library has no getrandom" : "getrandom failed: \(String(cString: strerror(errno)))"
        }
    }

    /// `count` bytes from the kernel's generator.
    public static func bytes(_ count: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        // withUnsafeMutableBytes rethrows as `any Error`; the result carries the typed failure out.
        let filled = bytes.withUnsafeMutableBytes { raw in Result { () throws(Failure) in try fill(raw) } }
        try filled.get()
        return bytes
    }

    /// `count` random bytes as lowercase hex digits.
    public static func hex(_ count: Int) throws(Failure) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: try bytes(count).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }, as: UTF8.self)
    }

    /// Fills `buffer`, asking again after a short read or an interrupted call: getrandom returns at
    /// most 32 MiB at once, and a signal may cut a large request short.
    public static func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(Failure) {
        guard let getrandom else { throw Failure(errno: 0) }
        var done = 0
        while done < buffer.count {
            let n = getrandom(buffer.baseAddress! + done, buffer.count - done, 0)
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(errno: errno)
            }
            done += n
        }
    }

    private typealias GetRandom = @convention(c) (UnsafeMutableRawPointer?, Int, UInt32) -> Int

    /// glibc has had getrandom since 2.25, but the Glibc module does not show `<sys/random.h>`: the
    /// function is looked up by name once.
    private static let getrandom: GetRandom? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "getrandom")
        .map { unsafeBitCast($0, to: GetRandom.self) }
}
