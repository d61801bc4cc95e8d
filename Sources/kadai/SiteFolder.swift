import Documents
import EventStore
import FileSystem
import Hashing

/// Whether `kadai site` may replace the folder given as --out. A site is replaced whole, so the
/// folder must be new, empty, or hold only what an earlier `kadai site` wrote there, as its list
/// `.kadai-site` says, byte for byte. A file put beside the site or a page edited by hand is
/// refused by name: deleting it would lose someone's work.
enum SiteFolder {
    static func check(_ out: String, _ c: Context) throws {
        let trimmed = LocalFiles.withoutTrailingSlash(out)
        let parent = trimmed.contains("/") ? String(trimmed[..<trimmed.lastIndex(of: "/")!]) : "."
        guard parent.isEmpty || LocalFiles.isDirectory(parent) else {
            throw CommandError(ja: "'\(out)' を作るフォルダー '\(parent)' がありません。先にそのフォルダーを作るか、--out を確かめてください。",
                               en: "The folder '\(parent)' to make '\(out)' in does not exist. Create it first, or check --out.")
        }
        try OutsideTheStore.check(out, c)
        guard LocalFiles.exists(out) else { return }
        guard LocalFiles.isDirectory(out) else {
            throw CommandError(ja: "'\(out)' はフォルダーではなくファイルです。--out には、新しいフォルダーか空のフォルダーを指定してください。",
                               en: "'\(out)' is a file, not a folder. Give --out a new or empty folder.")
        }
        guard !(try LocalFiles.list(out)).isEmpty else { return }
        let listed = "\(trimmed)/\(SiteManifest.fileName)"
        guard LocalFiles.kind(listed) == .file, let manifest = SiteManifest(text: try LocalFiles.read(listed)) else {
            if isOlderSite(out) {
                throw CommandError(ja: "フォルダー '\(out)' は、作ったファイルの一覧（\(SiteManifest.fileName)）を残さない以前の kadai が作ったサイトです。ほかのファイルを消さないよう、何も書き込んでいません。フォルダーを空にするか、別のフォルダーを --out に指定してください。",
                                   en: "The folder '\(out)' holds a site made by an earlier kadai, which kept no list of its files (\(SiteManifest.fileName)). Nothing was written, so no other file is lost. Empty the folder, or give --out another one.")
            }
            // Named from the top only: --out may be a home folder, too large to walk.
            try refuseForeign(out, try LocalFiles.list(out))
            return
        }
        var foreign: [String] = []
        var changed: [String] = []
        for entry in try entries(in: trimmed) where entry.path != SiteManifest.fileName {
            switch entry.kind {
            case .folder:
                // A folder of someone else's is named by its files, or by itself when empty.
                if try !manifest.holds(folder: entry.path) && LocalFiles.list("\(trimmed)/\(entry.path)").isEmpty { foreign.append(entry.path + "/") }
            case .file:
                guard let hash = manifest.files[entry.path] else { foreign.append(entry.path); continue }
                // Streamed: a published file of minutes may be large.
                if try FileStore.hash(contentsOf: "\(trimmed)/\(entry.path)").sha256 != hash { changed.append(entry.path) }
            case .other:
                foreign.append(entry.path)
            }
        }
        try refuseForeign(out, foreign)
        guard changed.isEmpty else {
            throw CommandError(ja: "フォルダー '\(out)' のページ \(shown(changed, "、")) は、kadai が書いた後に変更されています。変更を失わないよう、何も書き込んでいません。必要な内容を別の場所に写してからそのファイルを消すか、別のフォルダーを --out に指定してください。",
                               en: "The page \(shown(changed, ", ")) in '\(out)' was changed after kadai wrote it. Nothing was written, so the change is kept. Copy what you need elsewhere and delete the file, or give --out another folder.")
        }
    }

    static func refuseForeign(_ out: String, _ names: [String]) throws {
        guard !names.isEmpty else { return }
        throw CommandError(ja: "フォルダー '\(out)' には kadai で作ったサイトではないファイルがあります（\(shown(names, "、"))）。消さないよう、何も書き込んでいません。新しいフォルダーか空のフォルダーを --out に指定してください。",
                           en: "The folder '\(out)' holds files that are not a site kadai made (\(shown(names, ", "))). Nothing was written, so they are safe. Give --out a new or empty folder.")
    }

    /// The first three names, in order, and … when there are more.
    static func shown(_ names: [String], _ separator: String) -> String {
        let sorted = names.sorted()
        return sorted.prefix(3).joined(separator: separator) + (sorted.count > 3 ? "…" : "")
    }

    /// Everything under a folder, by path relative to it; links are listed, never followed.
    static func entries(in folder: String, under prefix: String = "") throws -> [(path: String, kind: LocalFiles.Kind)] {
        var found: [(path: String, kind: LocalFiles.Kind)] = []
        for name in try LocalFiles.list(prefix.isEmpty ? folder : "\(folder)/\(prefix)") {
            let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
            guard let kind = LocalFiles.kind("\(folder)/\(path)") else { continue }
            found.append((path, kind))
            if kind == .folder { found += try entries(in: folder, under: path) }
        }
        return found
    }

    /// A folder whose top page an earlier kadai wrote, before sites kept their list of files.
    static func isOlderSite(_ folder: String) -> Bool {
        guard let bytes = try? LocalFiles.read("\(folder)/\(SitePaths.index)") else { return false }
        return String(decoding: bytes.prefix(4096), as: UTF8.self).contains("<meta name=\"generator\" content=\"kadai\">")
    }
}
