import Calendar
import Council

/// The published web site of a 年度, ready to be written: its pages by path, and what it was made of.
public struct PublishedSite: Sendable {
    /// Each page's path under the site's folder (checked to be plain file names) and its HTML.
    public let files: [(path: String, html: String)]
    /// The public minutes and materials, each with its path under the site's folder (checked like
    /// the pages'), copied from the store when the site is written (`CouncilService.copyMaterial`).
    public var materials: [(path: String, material: MaterialAttached)] = []
    public let year: FiscalYear
    /// The day the site shows the council as of: the year's last day, or today within it.
    public let on: CalendarDate
    /// The position of the log the site was read at (0 for none).
    public let headPosition: UInt64
}
