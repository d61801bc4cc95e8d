import Calendar
import Documents

#if canImport(Glibc)
import Glibc
#endif

/// `kadai site --out DIR`: the published web site, written whole or not at all. It is built in a
/// new folder beside DIR and put in place by renaming, so a reader of the old site (or a crash
/// halfway) never sees half of one. DIR may be new, empty, or a site kadai made before; any other
/// folder is refused, so a mistyped path cannot wipe someone's files.
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
        try checkFolder(out, c)
        // Nothing is published from a log whose chain does not verify, whatever the caches say.
        try documents.reads.store.verifyWholeChain()
        let on = min(year.lastDay, today)
        let record = try documents.council(try documents.record(on: on, caseNotes: false), on: on, option: "--fy")
        let files = Site(record: record, year: year, on: on, madeOn: today, language: documents.language).files()
        // A page that links nowhere is a bug of kadai's, never something to publish.
        if let broken = SiteLinks.broken(in: files).first {
            throw CommandError(ja: "内部の誤りのため、サイトを書き出しませんでした（\(broken.page) のリンク '\(broken.href)' の行き先がありません）。kadai の開発者に知らせてください。",
                               en: "An internal error stopped the site from being written (the link '\(broken.href)' on \(broken.page) leads nowhere). Please tell kadai's developers.",
                               exitCode: 1)
        }
        try write(files, to: out)
        let head = record.head.map { "\($0.position)" } ?? "0"
        c.say(c.text("\(files.count) ページのサイトを '\(out)' に書き出しました（\(year.wareki)、\(on.wareki)現在、記録の位置 \(head)）。'\(out)/index.html' がトップページです。",
                     "Wrote a site of \(files.count) pages to '\(out)' (\(year), as of \(on), record position \(head)). '\(out)/index.html' is the top page."))
        return 0
    }

    static func checkFolder(_ out: String, _ c: Context) throws {
        let trimmed = out.count > 1 && out.hasSuffix("/") ? String(out.dropLast()) : out
        let parent = trimmed.contains("/") ? String(trimmed[..<trimmed.lastIndex(of: "/")!]) : "."
        guard parent.isEmpty || LocalFiles.isDirectory(parent) else {
            throw CommandError(ja: "'\(out)' を作るフォルダー '\(parent)' がありません。先にそのフォルダーを作るか、--out を確かめてください。",
                               en: "The folder '\(parent)' to make '\(out)' in does not exist. Create it first, or check --out.")
        }
        guard LocalFiles.exists(out) else { return }
        guard LocalFiles.isDirectory(out) else {
            throw CommandError(ja: "'\(out)' はフォルダーではなくファイルです。--out には、新しいフォルダーか空のフォルダーを指定してください。",
                               en: "'\(out)' is a file, not a folder. Give --out a new or empty folder.")
        }
        let names = try LocalFiles.list(out).sorted()
        let shown = { (separator: String) in names.prefix(3).joined(separator: separator) + (names.count > 3 ? "…" : "") }
        guard names.isEmpty || isEarlierSite(out) else {
            throw CommandError(ja: "フォルダー '\(out)' には kadai で作ったサイトではないファイルがあります（\(shown("、"))）。消さないよう、何も書き込んでいません。新しいフォルダーか空のフォルダーを --out に指定してください。",
                               en: "The folder '\(out)' holds files that are not a site kadai made (\(shown(", "))). Nothing was written, so they are safe. Give --out a new or empty folder.")
        }
    }

    /// A folder whose top page kadai wrote.
    static func isEarlierSite(_ folder: String) -> Bool {
        guard let bytes = try? LocalFiles.read("\(folder)/\(SitePaths.index)") else { return false }
        return String(decoding: bytes.prefix(4096), as: UTF8.self).contains("<meta name=\"generator\" content=\"kadai\">")
    }

    static func write(_ files: [(path: String, html: String)], to out: String) throws {
        let base = out.hasSuffix("/") && out.count > 1 ? String(out.dropLast()) : out
        let fresh = "\(base).kadai-new-\(getpid())"
        let old = "\(base).kadai-old-\(getpid())"
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
