import Calendar
import Documents
import EventStore

extension CouncilService {
    /// The published site of `year` (today's 年度 when nil), as the council stood on its last day or
    /// today, from what was recorded by the reading point's `knownAt`. Nothing is published from a log whose chain does not verify, whatever the caches say;
    /// the record it reads cannot read the vault at all.
    public func site(year: FiscalYear?, at point: ReadingPoint = .now, language: DocumentLanguage) throws -> PublishedSite {
        let today = CalendarDate.todayInJapan
        let year = year ?? today.fiscalYear
        guard year.firstDay <= today else { throw QueryRefusal.yearNotBegun(year, field: "fy") }
        return try exclusively {
            try store.refresh()
            try store.verifyWholeChain()
            let on = min(year.lastDay, today)
            let record = try somethingRecorded(try reader(at: ReadingPoint(knownAt: point.knownAt), on: on, caseNotes: false).wholeRecord(), on: on, field: "fy")
            let files = Site(record: record, year: year, on: on, madeOn: today, language: language).files()
            // A page that links nowhere is a bug of kadai's, never something to publish.
            if let broken = SiteLinks.broken(in: files).first { throw QueryRefusal.brokenSiteLink(page: broken.page, href: broken.href) }
            // Page paths are made of ids from the log: one that could leave the folder or hide in it
            // comes from an altered log, and is never written.
            if let odd = files.first(where: { !Self.isPlainPath($0.path) }) { throw QueryRefusal.unnamablePage(odd.path) }
            return PublishedSite(files: files, year: year, on: on, headPosition: record.head?.position ?? 0)
        }
    }

    /// Folders and a file name, none empty, none starting with a dot, no control character or backslash.
    public static func isPlainPath(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".") && !part.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }
        }
    }
}
