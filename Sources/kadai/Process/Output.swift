import Council

#if canImport(Glibc)
import Glibc
#endif

/// The process's standard output and error, written whole.
enum Output {
    static func out(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { writeAll(1, $0) }
    }

    /// Writes text as it is, with no newline added (a CSV ends its own lines with CRLF).
    static func raw(_ text: String) {
        var text = text
        text.withUTF8 { writeAll(1, $0) }
    }

    /// A message may quote what was typed: a control character in it is written as `\u{1B}`, so a
    /// refusal never sends a terminal the escape sequence it refuses.
    static func err(_ line: String) {
        var text = visible(line) + "\n"
        text.withUTF8 { writeAll(2, $0) }
    }

    static func visible(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: TextRule.text.refuses) else { return line }
        var out = String.UnicodeScalarView()
        for s in line.unicodeScalars {
            if TextRule.text.refuses(s) { out.append(contentsOf: "\\u{\(String(s.value, radix: 16, uppercase: true))}".unicodeScalars) } else { out.append(s) }
        }
        return String(out)
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n <= 0 { if errno == EINTR { continue }; return }
            done += n
        }
    }
}
