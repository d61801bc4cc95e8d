/// What lies after the last complete batch of the log.
public enum TailCondition: Equatable, Sendable {
    /// Nothing: the log ends with a complete batch.
    case clean
    /// An unfinished, never acknowledged write: `bytes` bytes after `afterPosition`, starting at
    /// `offset` in the last segment, holding `records` whole records of a batch whose end is
    /// missing. Readers skip it; the next writer cuts it.
    case unfinished(path: String, offset: UInt64, bytes: UInt64, afterPosition: UInt64, records: Int)
}

/// What a writer cut off when it opened the log, reported to the user.
public struct TailCut: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var bytes: UInt64
    public var afterPosition: UInt64
    /// Whole records in what was cut (a batch whose last record never arrived).
    public var records: Int

    public var description: String {
        "Cut \(bytes) bytes of an unfinished write after position \(afterPosition) from '\(path)'"
            + (records > 0 ? " (\(records) whole records of a batch whose last record was missing: positions \(afterPosition + 1)–\(afterPosition + UInt64(records)))."
                + " Nothing recorded what was acknowledged here, so a crash and a segment cut short look alike: if these records were ever reported as recorded, restore the segment from a backup." : ".")
    }
}
