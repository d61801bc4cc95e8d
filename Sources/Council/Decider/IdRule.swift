/// The rule for every id the council is given — body, issue, member, administrator, meeting and
/// case-note reference: an ASCII letter or digit, then ASCII letters, digits, `-`, `_` and `.`
/// (`NAG-R2.01`), at most 64 in all; no `..`, no `.` at the end (Windows drops it: `soudan.` would
/// be `soudan`), and not a name Windows keeps for a device. Ids are typed on command lines and become
/// file names and addresses of the published site, which cities copy to Windows servers; outside
/// ASCII, `К-0001` (Cyrillic К), `Ｋ-0001` (full-width) and `ſoudan` (long s) look like `K-0001` and
/// `soudan` but make pages of their own. Only new ids are held to it: ids already in a log are read.
public enum IdRule {
    public static let limit = 64

    /// Windows opens these as devices whatever the case and extension (`con.html`, `Lpt1.txt`).
    static let deviceNames = Set(["CON", "PRN", "AUX", "NUL"] + (0...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    public static func isSafe(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= limit, isLetterOrDigit(first), bytes.last != dot,
              bytes.allSatisfy({ isLetterOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == dot }),
              !zip(bytes, bytes.dropFirst()).contains(where: { $0 == dot && $1 == dot }) else { return false }
        return !isDeviceName(id)
    }

    public static func isDeviceName(_ id: String) -> Bool {
        let stem = id.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return deviceNames.contains(stem.uppercased())
    }

    public static func check(_ id: String, _ field: String) throws(DomainError) {
        if isDeviceName(id) { throw .reservedId(field: field, id: id) }
        guard isSafe(id) else { throw .invalidId(field: field, id: id) }
    }

    static let dot = UInt8(ascii: ".")

    static func isLetterOrDigit(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    }
}
