import Documents
import Foundation
import Testing
import TestSupport

/// `kadai site` on a copy of the demo council, run as a secretariat would, with case notes in the
/// vault, entries made by a named person and a seat held by one: what lands in the folder is safe
/// to post, every link in it resolves, and a bad request writes nothing.
@Suite struct SiteCommandTests {
    static let notes = ["佐藤さん（仮名・52歳）は家族の介護疲れで在宅生活が続けられない", "B氏の通院同行を事業所に断られた件（10月の個別支援会議）"]
    static let person = "yamada.taro"
    static let seat = "suzuki-hanako"

    /// The demo council, then a case note on an issue, a new issue raised with one, and a seat
    /// named after a person, all recorded by a person.
    static func council() throws -> Scratch {
        let copy = try DemoCouncilTests.embeddedCopy()
        let steps: [[String]] = [
            ["case", "add", "K-0001", "--note", notes[0], "--on", "R8.11.1"],
            ["issue", "raise", "--title", "通院に付き添う支援が足りない", "--by", "soudan", "--on", "R8.11.2", "--case-note", notes[1]],
            ["member", "appoint", "soudan", "--member", seat, "--affiliation", "サンプル市社会福祉協議会", "--category", "socialWelfareCouncil", "--on", "R8.11.2"],
        ]
        for step in steps {
            let done = try ChildProcess(try Tools.kadai(), step + ["--store", copy.store, "--as", person]).finish(timeout: Tools.timeout)
            #expect(done.exitCode == 0, "\(done)")
        }
        return copy
    }

    static func site(_ scratch: Scratch, _ extra: [String] = [], out: String = "site") throws -> (Outcome, String) {
        let folder = scratch.path(out)
        let made = try ChildProcess(try Tools.kadai(), ["site", "--out", folder, "--store", scratch.store] + extra).finish(timeout: Tools.timeout)
        return (made, folder)
    }

    /// Every page under the folder with its text, by path relative to it (the list of them,
    /// `.kadai-site`, aside).
    static func files(_ folder: String) throws -> [(path: String, html: String)] {
        try contents(of: folder).compactMap { path, data in
            data.map { (String(path.drop { $0 == "/" }), String(decoding: $0, as: UTF8.self)) }
        }.filter { $0.path != SiteManifest.fileName }.sorted { $0.path < $1.path }
    }

    @Test(.tags(.slow), .notInFastSet) func theSiteHoldsNoCaseNoteNoRecorderAndNoSeatId() throws {
        let scratch = try Self.council()
        // The notes are in the store, readable inside the council.
        let shown = try ChildProcess(try Tools.kadai(), ["issue", "show", "K-0001", "--store", scratch.store]).finish(timeout: Tools.timeout)
        #expect(shown.stdout.contains(Self.notes[0]))
        let actors = try ChildProcess(try Tools.kadai(), ["audit", "log", "--json", "--limit", "100000", "--store", scratch.store]).finish(timeout: Tools.timeout)
        struct Log: Decodable { struct Entry: Decodable { var actor: String }; var events: [Entry] }
        let recorders = Set(try actors.decode(Log.self).events.map(\.actor))
        #expect(recorders.contains(Self.person) && recorders.count >= 2)

        // Every case note in the store, read from its vault.
        let vault = scratch.store + "/vault"
        let notes = try FileManager.default.contentsOfDirectory(atPath: vault).map { name -> String in
            let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(vault)/\(name)"))) as? [String: Any]
            return try #require(entry?["text"] as? String)
        }
        #expect(Set(notes) == Set(Self.notes))

        for language in ["ja", "en"] {
            let (made, folder) = try Self.site(scratch, ["--lang", language], out: "site-\(language)")
            #expect(made.exitCode == 0, "\(made)")
            let files = try Self.files(folder)
            #expect(files.count > 150)
            for (path, html) in files {
                for note in notes {
                    #expect(!html.contains(note), "\(path) holds a case note")
                    // Nor any part of one: every run of 8 characters.
                    let characters = Array(note)
                    for start in stride(from: 0, to: characters.count - 8, by: 4) {
                        #expect(!html.contains(String(characters[start..<start + 8])), "\(path) holds part of a case note")
                    }
                }
                for recorder in recorders { #expect(!html.contains(recorder), "\(path) names the recorder \(recorder)") }
                #expect(!html.contains(Self.seat), "\(path) names a seat id")
            }
            let raised = try #require(files.first { $0.path == "issues/K-0016.html" })
            #expect(raised.html.contains(language == "ja" ? "事例メモ（非公開）" : "case note (not public)"))
        }
    }

    @Test(.tags(.slow), .notInFastSet) func everyPageIsThereAndEveryLinkLeadsToAFileOfTheSite() throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        let (made, folder) = try Self.site(scratch)
        #expect(made.exitCode == 0, "\(made)")
        #expect(made.stdout.contains("index.html"))
        let files = try Self.files(folder)
        let paths = Set(files.map(\.path))
        let bodies = ["zentai", "unei", "chiiki", "soudan", "taisei", "shuro", "seishin-junbi", "ido-wg", "houday", "seishin-kyogi", "passport-wg", "kodomo", "kodo-wg"]
        let expected = ["index.html", "audit.html"] + bodies.map { "bodies/\($0).html" } + (1...15).map { "issues/K-\(String(format: "%04d", $0)).html" }
            + (2022...2026).flatMap { ["years/\($0).html", "years/\($0)/schedule.html", "years/\($0)/scorecard.html", "years/\($0)/pdca.html", "years/\($0)/sheet-soudan.html"] }
        #expect(paths.isSuperset(of: expected), "missing: \(Set(expected).subtracting(paths).sorted())")
        // Pages, and the public minutes and materials published with their meetings.
        #expect(files.allSatisfy { $0.path.hasSuffix(".html") || $0.path.hasPrefix("files/") })
        #expect(files.contains { $0.path.hasPrefix("files/") && $0.path.hasSuffix("-zentai-2026-1-minutes.txt") }, "the demo's public minutes")
        #expect(!files.contains { $0.path.contains("soudan-2026-3-material") }, "never its private material")
        let broken = SiteLinks.broken(in: files)
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        var links = 0
        for (path, html) in files {
            for reference in SiteLinks.references(in: html) {
                links += 1
                #expect(!reference.contains("://") && !reference.hasPrefix("/"), "\(path): \(reference) is not relative")
            }
            #expect(!html.contains("<script") && !html.contains("<link "), "\(path)")
        }
        #expect(links > 1000)
        let audit = try #require(files.first { $0.path == "audit.html" }).html
        let anchor = try ChildProcess(try Tools.kadai(), ["audit", "anchor", "--store", scratch.store]).finish(timeout: Tools.timeout)
        let head = anchor.stdout.split(separator: "\n").first { $0.contains(":") }.map(String.init) ?? "?"
        #expect(audit.contains(head.split(separator: " ").last.map(String.init) ?? "?"), "the audit page gives the head \(head)")
    }

    @Test(.tags(.slow), .notInFastSet) func anEarlierSiteIsReplacedWhole() throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        let (first, folder) = try Self.site(scratch)
        #expect(first.exitCode == 0, "\(first)")
        let (again, _) = try Self.site(scratch, ["--fy", "R6"])
        #expect(again.exitCode == 0, "\(again)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/years/2025.html"), "R6's site has no later year")
        let listed = try String(contentsOfFile: folder + "/" + SiteManifest.fileName, encoding: .utf8)
        #expect(listed.contains("  years/2024.html\n") && !listed.contains("years/2025"), "the list is the new site's")
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(index.contains("令和6年度（令和7年3月31日現在）"))
        #expect(index.contains("作成日：令和") && !index.contains("作成日：令和7年3月31日"), "made today, not on the day it shows")
        #expect(index.contains(">令和6年度の資料</a></li>") && !index.contains("今年度の資料"), "a past year's site is not this year's")
        let audit = try String(contentsOfFile: folder + "/audit.html", encoding: .utf8)
        #expect(audit.contains("この一覧は、この年度の末日までの日付の記録です。"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path)
        #expect(siblings.allSatisfy { !$0.contains(".kadai-") }, "\(siblings)")
    }

    @Test(arguments: [
        (["--out", "FILE"], "ファイル"),
        (["--out", "OTHER"], "kadai で作ったサイトではない"),
        (["--out", "NEW", "--fy", "R9"], "まだ始まっていません"),
        (["--out", "MISSING/site"], "がありません。先にそのフォルダーを作るか"),
        (["--out", "NEW", "--fy", "H10"], "まだ会議体も地域課題も記録されていません。--fy を確かめてください"),
        (["--out", "NEW", "--fy", "R"], "--fy"),
        ([], "--out"),
    ])
    func aBadRequestIsRefusedByNameAndWritesNothing(_ arguments: [String], _ said: String) throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        try Data("data".utf8).write(to: URL(fileURLWithPath: scratch.path("FILE")))
        try FileManager.default.createDirectory(atPath: scratch.path("OTHER"), withIntermediateDirectories: true)
        try Data("<html>the city's own page</html>".utf8).write(to: URL(fileURLWithPath: scratch.path("OTHER/index.html")))
        let before = try contents(of: scratch.root.path)
        let refused = try ChildProcess(try Tools.kadai(), ["site", "--store", scratch.store] + arguments.map {
            ["FILE", "OTHER", "NEW", "MISSING/site"].contains($0) ? scratch.path($0) : $0
        }).finish(timeout: Tools.timeout)
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(refused.stderr.contains(said), "\(refused.stderr)")
        let after = try contents(of: scratch.root.path)
        #expect(after.keys.filter { !$0.contains("/Snapshots") && !$0.contains("/EventLog") }.sorted()
            == before.keys.filter { !$0.contains("/Snapshots") && !$0.contains("/EventLog") }.sorted())
        #expect(after["/OTHER/index.html"] == before["/OTHER/index.html"])
    }
}
