import Calendar
import CouncilService
import Documents
import FileSystem

/// `kadai site --out DIR`: the published web site, written whole or not at all. It is built in a
/// new folder beside DIR and put in place by renaming, so a reader of the old site (or a crash
/// halfway) never sees half of one. DIR may be new, empty, or a site kadai made before and nothing
/// else (see SiteFolder), so a mistyped path cannot wipe someone's files.
enum SiteCommand {
    static func run(_ c: Context) throws -> Int32 {
        let out = c.command.value("out")!
        let language: DocumentLanguage = c.messages.language == .ja ? .ja : .en
        let year = try c.command.value("fy").map { try CommandBuilder.fiscalYear($0, option: "fy") }
        let point = try c.readingPoint()
        try SiteFolder.check(out, c)
        let site = try c.openService().site(year: year, at: point, language: language)
        try write(site.files, to: out)
        let (count, year_, on) = (site.files.count, site.year, site.on)
        c.say(c.text("\(count) ページのサイトを '\(out)' に書き出しました（\(year_.wareki)、\(on.wareki)現在、記録の位置 \(site.headPosition)）。'\(out)/index.html' がトップページです。",
                     "Wrote a site of \(count) pages to '\(out)' (\(year_), as of \(on), record position \(site.headPosition)). '\(out)/index.html' is the top page."))
        return 0
    }

    /// The pages, then the list of them that lets a later run replace them (and only them).
    static func write(_ files: [(path: String, html: String)], to out: String) throws {
        let base = LocalFiles.withoutTrailingSlash(out)
        let fresh = LocalFiles.beside(out, "new")
        let old = LocalFiles.beside(out, "old")
        LocalFiles.removeTree(fresh)
        do {
            try LocalFiles.makeDirectory(fresh)
            var folders: Set<String> = []
            for file in files {
                let parts = file.path.split(separator: "/").dropLast()
                for n in parts.indices {
                    let folder = parts[...n].joined(separator: "/")
                    if folders.insert(folder).inserted { try LocalFiles.makeDirectory("\(fresh)/\(folder)") }
                }
                try LocalFiles.write(Array(file.html.utf8), to: "\(fresh)/\(file.path)")
            }
            try LocalFiles.write(Array(SiteManifest(files: files).text.utf8), to: "\(fresh)/\(SiteManifest.fileName)")
            if LocalFiles.exists(base) {
                try LocalFiles.rename(base, to: old)
                do { try LocalFiles.rename(fresh, to: base) } catch {
                    try? LocalFiles.rename(old, to: base)
                    throw error
                }
                LocalFiles.removeTree(old)
            } else {
                try LocalFiles.rename(fresh, to: base)
            }
        } catch {
            LocalFiles.removeTree(fresh)
            throw error
        }
    }
}
