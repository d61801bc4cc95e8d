/// The editions of the council's rules. A rule added after councils began keeping their logs
/// binds only a council that keeps the edition that has it: an older log is read again (import,
/// a rebuilt projection) under the rules it was written under, so its records are never refused
/// after the fact.
///
/// A council begun today keeps `current`. Edition 2 adds: an activity names only a meeting that
/// is recorded; a second review of a body's 年度 amends the first explicitly; a meeting numbered
/// by kadai may not be dated before one already numbered in its year.
public enum CouncilRules {
    public static let current = 2
    public static let editions = 1...current
}
