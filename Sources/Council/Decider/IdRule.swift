/// The rule for every id the council is given — body, issue, member, administrator, meeting and
/// case-note reference: an ASCII letter or digit, then ASCII letters, digits, `-`, `_` and `.`
/// (`NAG-R2.01`), at most 64 in all; no `..`, no `.` at the end (Windows drops it: `soudan.` would
/// be `soudan`), and not a name Windows keeps for a device. Ids are typed on command lines and become
/// file names and addresses of the published site, which cities copy to Windows servers; outside
/// ASCII, `К-0001` (Cyrillic К), `Ｋ-0001` (full-width) and `ſoudan` (long s) look like `K-0001` and
/// `soudan` but make pages of their own. Only new ids are held to it: ids already in a log are read,
/// and an imported history is held to it with the letters of any script (`Letters.anyScript`).
public enum IdRule {
    public static let limit = 64

    /// What an id's letters and digits may be.
    public enum Letters: Sendable {
        /// A new id: ASCII only.
        case ascii
        /// An id already recorded: letters of any script too (`相談部会`), as the store format
        /// allowed from its first version, before issue 11 narrowed new ids to ASCII.
        case anyScript

        func contains(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
            default: self == .anyScript && s.properties.isAlphabetic
            }
        }
    }

    /// Windows opens these as devices whatever the case and extension (`con.html`, `Lpt1.txt`).
    static let deviceNames = Set(["CON", "PRN", "AUX", "NUL"] + (0...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    public static func isSafe(_ id: String, letters: Letters = .ascii) -> Bool {
        let scalars = id.unicodeScalars
        guard let first = scalars.first, letters.contains(first), scalars.last != ".", id.count <= limit,
              scalars.allSatisfy({ letters.contains($0) || $0 == "-" || $0 == "_" || $0 == "." }),
              !zip(scalars, scalars.dropFirst()).contains(where: { $0 == "." && $1 == "." }) else { return false }
        return !isDeviceName(id)
    }

    public static func isDeviceName(_ id: String) -> Bool {
        let stem = id.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return deviceNames.contains(stem.uppercased())
    }

    public static func check(_ id: String, _ field: String, letters: Letters = .ascii) throws(DomainError) {
        if isDeviceName(id) { throw .reservedId(field: field, id: id) }
        guard isSafe(id, letters: letters) else { throw .invalidId(field: field, id: id) }
    }
}
