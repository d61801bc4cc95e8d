#if canImport(Glibc)
import Glibc
#endif

/// Prints figures one per line, `NAME VALUE UNIT`, and flushes so a watching process sees them at once.
enum Figures {
    static func print(_ name: String, _ value: Double, _ unit: String) {
        let text = value >= 100 || value == value.rounded() ? String(Int64(value.rounded())) : String(format2(value))
        line("\(name) \(text) \(unit)")
    }

    static func line(_ text: String) {
        Swift.print(text)
        fflush(nil)
    }

    static func note(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }

    static func format2(_ v: Double) -> String {
        let scaled = (v * 100).rounded() / 100
        return String(scaled)
    }

    /// The value at fraction `p` of the sorted samples (nearest rank).
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let i = min(sorted.count - 1, Int((p * Double(sorted.count - 1)).rounded()))
        return sorted[i]
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
