import Calendar
import Council
import Documents
import CouncilService
import EventStore
import Foundation
import Hashing
import TestSupport
import Testing

/// A meeting's minutes and materials through the service: the file kept beside the log under its
/// SHA-256 and recorded against the meeting, nothing written when anything is refused.
@Suite struct CouncilServiceMaterialTests {
    /// The commands about attached files, recorded here rather than in `RecordingCommandsTests`'
    /// examples, since they need a file attached first.
    static let declaredNames: Set<String> = ["meeting publish", "meeting withdraw"]

    static let today = CalendarDate(year: 2024, month: 7, day: 1)!

    /// A council with 相談支援部会, issue K-0001, and its 第1回 of 令和6年度 (soudan-2024-1) taking it up.
    static func council(enforceRoles: Bool = false) throws -> ServiceFixture {
        let f = try ServiceFixture(enforceRoles: enforceRoles)
        let admin = Caller(named: nil, account: ServiceFixture.caller.account)
        let caller = enforceRoles ? admin : ServiceFixture.caller
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]], as: caller)
        try f.record("body establish", "shuro", ["name": ["就労支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]], as: caller)
        try f.record("issue raise", "", ["title": ["相談先が分からない"], "by": ["soudan"], "on": ["2024-05-01"]], as: caller)
        try f.record("issue raise", "", ["title": ["就労先が少ない"], "by": ["shuro"], "on": ["2024-05-01"]], as: caller)
        try f.record("meeting record", "soudan", ["on": ["2024-06-10"], "agenda": ["事例検討"], "issue": ["K-0001"]], as: caller)
        return f
    }

    static func input(_ meeting: String = "soudan-2024-1", _ values: [String: [String]] = [:], isPublic: Bool = true) -> CommandInput {
        var given = ["title": ["第1回相談支援部会 議事録"], "kind": ["minutes"]].merging(values) { _, new in new }
        if isPublic { given["public"] = [] }
        return CommandInput(positional: meeting, values: given, today: today)
    }

    static func file(_ f: ServiceFixture, _ name: String = "第1回議事録.pdf", bytes: [UInt8] = Array("%PDF-1.4 第1回 議事録".utf8)) throws -> String {
        let path = f.folder.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every file under the store, with its bytes: what a refusal must leave as it was.
    static func contents(_ f: ServiceFixture) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = URL(fileURLWithPath: f.store)
        for case let url as URL in FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)! where !url.hasDirectoryPath {
            files[url.path] = try Data(contentsOf: url)
        }
        return files
    }

    /// The rule a write was refused by.
    static func refusal(_ body: () throws -> Recorded) -> DomainError? {
        do {
            _ = try body()
        } catch let refusal as Refusal {
            return refusal.error
        } catch {
            return nil
        }
        return nil
    }

    @Test func aFileIsKeptUnderItsHashAndRecordedAgainstTheMeeting() throws {
        let f = try Self.council()
        var bytes = [UInt8](repeating: 0x25, count: 200_000)
        bytes[0] = 1
        let path = try Self.file(f, bytes: bytes)
        let recorded = try f.service.attachMaterial(Self.input(), from: path, as: ServiceFixture.caller)
        let sha = SHA256.hash(bytes).hex
        #expect(recorded.events == [.materialAttached(MaterialAttached(
            body: "soudan", meeting: "soudan-2024-1", kind: .minutes, title: "第1回相談支援部会 議事録", file: "第1回議事録.pdf",
            mediaType: "application/pdf", size: 200_000, sha256: sha, isPublic: true, issues: ["K-0001"], on: Self.today))])
        #expect(FileManager.default.fileExists(atPath: f.store + "/files/sha256/\(sha.prefix(2))/\(sha)"))
        let listed = try f.service.materials(of: "soudan-2024-1")
        #expect(listed.map(\.sha256) == [sha])
        var back: [UInt8] = []
        try f.service.readMaterial(listed[0]) { back += $0 }
        #expect(back == bytes)
        // The same bytes under another name for another meeting: kept once, recorded twice.
        try f.record("meeting record", "soudan", ["on": ["2024-07-10"], "agenda": ["報告"]])
        let again = try Self.file(f, "copy.pdf", bytes: bytes)
        _ = try f.service.attachMaterial(Self.input("soudan-2024-2", ["kind": ["material"], "issue": ["K-0002"]]), from: again, as: ServiceFixture.caller)
        #expect(try f.service.materials(of: "soudan-2024-2").map(\.issues) == [["K-0002"]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.store + "/files/sha256/\(sha.prefix(2))") == [sha])
    }

    static let refused: [(what: String, meeting: String, values: [String: [String]], file: String?)] = [
        ("an unknown meeting", "soudan-2024-9", [:], nil),
        ("what is no meeting id", "soudan", [:], nil),
        ("an empty title", "soudan-2024-1", ["title": [" "]], nil),
        ("an unknown issue", "soudan-2024-1", ["issue": ["K-0009"]], nil),
        ("a missing file", "soudan-2024-1", [:], "nothing-here.pdf"),
        ("a folder", "soudan-2024-1", [:], ""),
    ]

    @Test(arguments: refused.indices) func aRefusalWritesNothing(_ i: Int) throws {
        let r = Self.refused[i]
        let f = try Self.council()
        let path = try r.file.map { f.folder.path($0) } ?? Self.file(f)
        let before = try Self.contents(f)
        #expect(throws: (any Error).self, "\(r.what)") { try f.service.attachMaterial(Self.input(r.meeting, r.values), from: path, as: ServiceFixture.caller) }
        #expect(try Self.contents(f) == before, "\(r.what)")
        #expect(!FileManager.default.fileExists(atPath: f.store + "/files/sha256"), "\(r.what)")
    }

    @Test func aFileTooLargeIsRefusedAndNothingKept() throws {
        let f = try Self.council()
        let small = CouncilService(store: try EventStore.open(at: f.store), vault: Vault(store: f.store), snapshotDirectory: f.folder.path("Snapshots"),
                                   files: FileStore(store: f.store, sizeLimit: 10))
        let path = try Self.file(f)
        let before = try Self.contents(f)
        let size = UInt64(try Data(contentsOf: URL(fileURLWithPath: path)).count)
        #expect(throws: StoreError.fileTooLarge(path: path, size: size, limit: 10)) { try small.attachMaterial(Self.input(), from: path, as: ServiceFixture.caller) }
        #expect(try Self.contents(f) == before)
    }

    @Test func theSameFileTwiceToOneMeetingIsRefused() throws {
        let f = try Self.council()
        let path = try Self.file(f)
        try f.service.attachMaterial(Self.input(), from: path, as: ServiceFixture.caller)
        let head = try f.service.currentHead()
        #expect(Self.refusal { try f.service.attachMaterial(Self.input("soudan-2024-1", ["title": ["もう一度"]]), from: path, as: ServiceFixture.caller) }
                == .duplicateMaterial(meeting: "soudan-2024-1", sha256: SHA256.hash(Array("%PDF-1.4 第1回 議事録".utf8)).hex, title: "第1回相談支援部会 議事録"))
        #expect(try f.service.currentHead() == head)
    }

    @Test func aFileIsWithdrawnFromPublicationAndMadePublicAgain() throws {
        let f = try Self.council()
        let path = try Self.file(f)
        let sha = try #require(try f.service.attachMaterial(Self.input(), from: path, as: ServiceFixture.caller).events.first.flatMap { e -> String? in
            if case .materialAttached(let m) = e { m.sha256 } else { nil }
        })
        try f.record("meeting withdraw", "soudan-2024-1", ["sha256": [String(sha.prefix(8))], "reason": ["個人名が含まれていた"]])
        #expect(try f.service.materials(of: "soudan-2024-1").map(\.isPublic) == [false])
        #expect(try f.record("meeting withdraw", "soudan-2024-1", ["sha256": [sha]]).positions == nil, "already so: nothing recorded")
        try f.record("meeting publish", "soudan-2024-1", ["sha256": [sha]])
        #expect(try f.service.materials(of: "soudan-2024-1").map(\.isPublic) == [true])
    }

    @Test func onlyTheBodysMembersAttachWhereRolesAreEnforced() throws {
        let f = try Self.council(enforceRoles: true)
        let admin = Caller(named: nil, account: ServiceFixture.caller.account)
        try f.record("member appoint", "soudan", ["member": ["minami"], "affiliation": ["南事業所"], "category": ["consultationSupport"], "on": ["2024-04-01"]], as: admin)
        try f.record("member appoint", "shuro", ["member": ["kita"], "affiliation": ["北事業所"], "category": ["serviceProvider"], "on": ["2024-04-01"]], as: admin)
        let path = try Self.file(f)
        let before = try Self.contents(f)
        #expect(Self.refusal { try f.service.attachMaterial(Self.input(), from: path, as: Caller.signedIn(as: "kita")) }
                == .notAllowed(actor: "kita", rule: .bodyRecords(body: "soudan")))
        #expect(try Self.contents(f) == before)
        let recorded = try f.service.attachMaterial(Self.input(), from: path, as: Caller.signedIn(as: "minami"))
        #expect(recorded.positions != nil)
    }
}

/// `kadai site` publishes a meeting's public files with it, and never a file not public: not the
/// file, not its title, not its name.
@Suite struct SiteMaterialTests {
    @Test func onlyPublicFilesArePublishedLinkedFromTheBodysPage() throws {
        let f = try CouncilServiceMaterialTests.council()
        let minutes = try CouncilServiceMaterialTests.file(f, "minutes-1.pdf", bytes: Array("公開の議事録".utf8))
        let secret = try CouncilServiceMaterialTests.file(f, "ケース会議メモ.docx", bytes: Array("個人名を含む資料".utf8))
        let withdrawn = try CouncilServiceMaterialTests.file(f, "draft.xlsx", bytes: Array("取り下げた資料".utf8))
        let caller = ServiceFixture.caller
        try f.service.attachMaterial(CouncilServiceMaterialTests.input(), from: minutes, as: caller)
        try f.service.attachMaterial(CouncilServiceMaterialTests.input("soudan-2024-1", ["title": ["非公開の事例資料"], "kind": ["material"]], isPublic: false),
                                     from: secret, as: caller)
        let drafted = try f.service.attachMaterial(CouncilServiceMaterialTests.input("soudan-2024-1", ["title": ["取り下げた資料"], "kind": ["material"]]),
                                                   from: withdrawn, as: caller)
        guard case .materialAttached(let draft)? = drafted.events.first else { Issue.record("nothing attached"); return }
        try f.record("meeting withdraw", "soudan-2024-1", ["sha256": [draft.sha256]])

        let site = try f.service.site(year: FiscalYear(startYear: 2024), language: .ja)
        let minutesHash = SHA256.hash(Array("公開の議事録".utf8)).hex
        #expect(site.materials.map(\.path) == ["files/\(minutesHash.prefix(16))-minutes-1.pdf"])
        let body = try #require(site.files.first { $0.path == "bodies/soudan.html" }?.html)
        #expect(body.contains("href=\"../files/\(minutesHash.prefix(16))-minutes-1.pdf\""))
        #expect(body.contains("第1回　第1回相談支援部会 議事録　議事録（PDF、18B）"))
        let issue = try #require(site.files.first { $0.path == "issues/K-0001.html" }?.html)
        #expect(issue.contains("関係する議事録・資料") && issue.contains("href=\"../files/\(minutesHash.prefix(16))-minutes-1.pdf\""))
        #expect(issue.contains("相談支援部会 第1回（令和6年6月10日）　第1回相談支援部会 議事録　議事録（PDF、18B）"))
        #expect(try f.service.materials(concerning: "K-0001").map(\.title) == ["第1回相談支援部会 議事録", "非公開の事例資料", "取り下げた資料"])
        #expect(try f.service.materials(concerning: "K-0002").isEmpty)
        for page in site.files {
            for hidden in ["非公開の事例資料", "ケース会議メモ", "取り下げた資料", "draft.xlsx"] {
                #expect(!page.html.contains(hidden), "\(page.path) shows \(hidden)")
            }
        }
        let copy = f.folder.path("published.pdf")
        try f.service.copyMaterial(site.materials[0].material, to: copy)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data("公開の議事録".utf8))
    }

    @Test(arguments: [("第3回議事録.pdf", "files/0123456789abcdef-3.pdf"), ("minutes 2024-06.PDF", "files/0123456789abcdef-minutes-2024-06.pdf"),
                      ("議事録", "files/0123456789abcdef"), ("..pdf", "files/0123456789abcdef.pdf"), ("a.tar.gz", "files/0123456789abcdef-a-tar.gz"),
                      ("evil.<script>", "files/0123456789abcdef-evil-script")])
    func aPublishedFilesNameIsItsHashAndItsPlainLetters(_ given: String, _ path: String) {
        let m = MaterialAttached(body: "soudan", meeting: "soudan-2024-1", kind: .minutes, title: "t", file: given, mediaType: "", size: 1,
                                 sha256: "0123456789abcdef" + String(repeating: "0", count: 48), isPublic: true, issues: [], on: CouncilServiceMaterialTests.today)
        #expect(SitePaths.material(m) == path)
        #expect(CouncilService.isPlainPath(SitePaths.material(m)))
    }
}
