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
        let documents = try DocumentCommands(c)
        let today = CalendarDate.todayInJapan
        let year = try c.command.value("fy").map { try CommandBuilder.fiscalYear($0, option: "fy") } ?? today.fiscalYear
        if year.firstDay > today {
            let shown = documents.language == .ja ? year.wareki : year.description
            throw CommandError(ja: "\(shown)はまだ始まっていません。--fy には今年度かそれより前の年度を指定してください。",
                               en: "\(shown) has not begun yet. Give --fy this fiscal year or an earlier one.")
        }
        try SiteFolder.check(out, c)
        // Nothing is published from a log whose chain does not verify, whatever the caches say.
        try documents.reads.store.verifyWholeChain()
        let on = min(year.lastDay, today)
        let record = try documents.council(try documents.reader(on: on, caseNotes: false).wholeRecord(), on: on, option: "--fy")
        let files = Site(record: record, year: year, on: on, madeOn: today, language: documents.language).files()
        // A page that links nowhere is a bug of kadai's, never something to publish.
        if let broken = SiteLinks.broken(in: files).first {
            throw CommandError(ja: "内部の誤りのため、サイトを書き出しませんでした（\(broken.page) のリンク '\(broken.href)' の行き先がありません）。kadai の開発者に知らせてください。",
                               en: "An internal error stopped the site from being written (the link '\(broken.href)' on \(broken.page) leads nowhere). Please tell kadai's developers.",
                               exitCode: 1)
        }
        // Page paths are made of ids from the log: one that could leave the folder or hide in it
        // comes from an altered log, and is never written.
        if let odd = files.first(where: { !isPlainPath($0.path) }) {
            throw CommandError(ja: "記録から作ったページの名前 \(String(odd.path.prefix(80)).debugDescription) はファイル名にできないため、サイトを書き出しませんでした。ストアが書き換えられたおそれがあります。'kadai audit verify' で確かめてください。",
                               en: "The site was not written: the page name \(String(odd.path.prefix(80)).debugDescription), made from the record, cannot be a file name. The store may have been altered; check it with 'kadai audit verify'.",
                               exitCode: 1)
        }
        try write(files, to: out)
        let head = record.head.map { "\($0.position)" } ?? "0"
        c.say(c.text("\(files.count) ページのサイトを '\(out)' に書き出しました（\(year.wareki)、\(on.wareki)現在、記録の位置 \(head)）。'\(out)/index.html' がトップページです。",
                     "Wrote a site of \(files.count) pages to '\(out)' (\(year), as of \(on), record position \(head)). '\(out)/index.html' is the top page."))
        return 0
    }

    /// Folders and a file name, none empty, none starting with a dot, no control character or backslash.
    static func isPlainPath(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".") && !part.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }
        }
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
