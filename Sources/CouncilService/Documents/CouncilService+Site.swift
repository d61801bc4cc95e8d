import Calendar
import Council
import Projections
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
            var site = Site(record: record, year: year, on: on, madeOn: today, language: language)
            site.attachedMaterials = try attachedMaterials(knownAt: point.knownAt)
            let files = site.files()
            let materials = site.materials()
            // A page that links nowhere is a bug of kadai's, never something to publish.
            if let broken = SiteLinks.broken(in: files, others: Set(materials.map(\.path))).first {
                throw QueryRefusal.brokenSiteLink(page: broken.page, href: broken.href)
            }
            // Page paths are made of ids from the log: one that could leave the folder or hide in it
            // comes from an altered log, and is never written.
            if let odd = (files.map(\.path) + materials.map(\.path)).first(where: { !Self.isPlainPath($0) }) { throw QueryRefusal.unnamablePage(odd) }
            var published = PublishedSite(files: files, year: year, on: on, headPosition: record.head?.position ?? 0)
            published.materials = materials
            return published
        }
    }

    /// Every body's attached files, their publication as last recorded by `knownAt`, whatever its business date.
    func attachedMaterials(knownAt: Timestamp?) throws -> [String: [MaterialAttached]] {
        let bodies = store.streamNames.filter { $0.hasPrefix("body-") }.map { String($0.dropFirst("body-".count)) }
        let state = try CouncilLoader(store: store, knownAt: try position(of: ReadingPoint(knownAt: knownAt))).state(bodies: bodies)
        return state.bodies.mapValues(\.materials)
    }

    /// Folders and a file name, none empty, none starting with a dot, no control character or backslash.
    public static func isPlainPath(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".") && !part.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }
        }
    }
}
