/// Where the alignment patterns' centres are: the same list of coordinates across and down.
enum Alignment {
    /// Version 1 has none; from 2 the first is always at 6 and the last seven in from the edge,
    /// with the rest evenly spaced back from the last by an even step (ISO/IEC 18004 Annex E).
    static func centres(version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let last = QRCode.size(of: version) - 7
        // The step the table uses: the gap from 6 to the last shared out, rounded up to even,
        // except at version 32 where the standard chose 26 instead.
        let step = version == 32 ? 26 : ((last - 6) + 2 * (count - 1) - 1) / (2 * (count - 1)) * 2
        var centres = [6]
        for index in stride(from: count - 2, through: 0, by: -1) { centres.append(last - index * step) }
        return centres
    }
}
