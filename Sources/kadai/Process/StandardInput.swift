#if canImport(Glibc)
import Glibc
#endif

/// What a command reads whole from outside: standard input for `-`, any other name opened as a
/// file, read in chunks up to a bound. A read that fails ends the input, as its end does.
enum StandardInput {
    enum Problem: Error { case cannotOpen, tooLarge }

    static func read(_ source: String, atMost limit: Int) throws(Problem) -> [UInt8] {
        var bytes: [UInt8] = []
        let fd = source == "-" ? 0 : open(source, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen }
        defer { if fd != 0 { close(fd) } }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = Glibc.read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            bytes += chunk[..<n]
            if bytes.count > limit { throw .tooLarge }
        }
        return bytes
    }
}
