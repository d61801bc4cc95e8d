import Calendar
import Council
import Hashing
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
        let service = try c.openService()
        let site = try service.site(year: year, at: point, language: language)
        try write(site.files, to: out, materials: site.materials, copy: service.copyMaterial)
        let (count, year_, on) = (site.files.count, site.year, site.on)
        let attached = site.materials.isEmpty ? ("", "") : ("と公開の添付ファイル \(site.materials.count) 件", " and \(site.materials.count) public attached files")
        c.say(c.text("\(count) ページのサイト\(attached.0)を '\(out)' に書き出しました（\(year_.wareki)、\(on.wareki)現在、記録の位置 \(site.headPosition)）。'\(out)/index.html' がトップページです。",
                     "Wrote a site of \(count) pages\(attached.1) to '\(out)' (\(year_), as of \(on), record position \(site.headPosition)). '\(out)/index.html' is the top page."))
        return 0
    }

    /// The pages, then the list of them that lets a later run replace them (and only them).
    /// `materials`: the public minutes and materials, copied (streamed) from the store by `copy`.
    static func write(_ files: [(path: String, html: String)], to out: String, materials: [(path: String, material: MaterialAttached)] = [],
                      copy: (MaterialAttached, String) throws -> Void = { _, _ in }) throws {
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
            var manifest = SiteManifest(files: files)
            for (path, material) in materials {
                if folders.insert("files").inserted { try LocalFiles.makeDirectory("\(fresh)/files") }
                try copy(material, "\(fresh)/\(path)")
                manifest.files[path] = SHA256Digest(hex: material.sha256)
            }
            try LocalFiles.write(Array(manifest.text.utf8), to: "\(fresh)/\(SiteManifest.fileName)")
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
