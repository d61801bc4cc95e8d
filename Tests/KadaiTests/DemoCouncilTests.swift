import Foundation
import Testing

/// The demo council in EventLog/ is generated from scripts/demo-council/: its commands must still
/// be accepted by the rules, the committed store must be what they make, and the README's first
/// command must print a real review sheet from it.
@Suite struct DemoCouncilTests {
    static let repository = ReadmeVerifier.repositoryRoot
    static var demo: URL { repository.appendingPathComponent("scripts/demo-council") }
    static var embedded: String { repository.appendingPathComponent("EventLog").path }

    /// A copy of the embedded store to read: tests never open the repository's own EventLog/.
    static func embeddedCopy() throws -> Scratch {
        let scratch = try Scratch("demo-copy")
        try FileManager.default.copyItem(atPath: embedded, toPath: scratch.store)
        try? FileManager.default.removeItem(atPath: scratch.store + "/index")
        return scratch
    }

    /// The demo's command files, in the order make-demo.sh applies them.
    static func commandFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { demo.appendingPathComponent($0).path }
    }

    @Test func theDemoCommandsStillBuildTheCommittedStore() throws {
        let scratch = try Scratch("demo")
        try initStore(scratch.store, council: "サンプル市障害者自立支援協議会", "--on", "2008-04-01")
        for file in try Self.commandFiles() {
            let applied = try ChildProcess(try Tools.kadai(), ["apply", file, "--store", scratch.store, "--as", "sample-city-secretariat"])
                .finish(timeout: Tools.timeout)
            #expect(applied.exitCode == 0, "\(applied)")
        }
        // The minutes and materials make-demo.sh attaches from files/attach.tsv.
        let list = try String(contentsOf: Self.demo.appendingPathComponent("files/attach.tsv"), encoding: .utf8)
        for line in list.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6 else { Issue.record("attach.tsv: \(line)"); continue }
            let file = Self.demo.appendingPathComponent("files/" + f[1]).path
            let attached = try ChildProcess(try Tools.kadai(), ["meeting", "attach", f[0], file, "--kind", f[2], "--title", f[4], "--on", f[5],
                                                                 "--store", scratch.store, "--as", "sample-city-secretariat"] + (f[3] == "public" ? ["--public"] : []))
                .finish(timeout: Tools.timeout)
            #expect(attached.exitCode == 0, "\(attached)")
        }
        let fresh = try stats(scratch.store)
        let copy = try Self.embeddedCopy()
        let committed = try stats(copy.store)
        #expect(fresh.events == committed.events, "EventLog/ is out of date: run scripts/demo-council/make-demo.sh --force EventLog")
        #expect(fresh.eventsByType == committed.eventsByType)
        let verified = try ChildProcess(try Tools.kadai(), ["audit", "verify", "--store", copy.store]).finish(timeout: Tools.timeout)
        #expect(verified.exitCode == 0, "\(verified)")
    }

    @Test func theReadmesFirstCommandPrintsAReviewSheetFromTheEmbeddedStore() throws {
        // As `swift run kadai sheet soudan --fy R6` does from the repository, on a copy.
        let copy = try Self.embeddedCopy()
        let sheet = try ChildProcess(try Tools.kadai(), ["sheet", "soudan", "--fy", "R6", "--store", copy.store]).finish(timeout: Tools.timeout)
        #expect(sheet.exitCode == 0, "\(sheet)")
        #expect(sheet.stdout.hasPrefix("# 令和6年度 相談支援部会 振り返り・評価シート"))
        #expect(sheet.stdout.contains("| 開催回数 | 5回 |"))
        #expect(sheet.stdout.contains("【メンバーの感想・意見"))
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("swift run kadai sheet soudan --fy R6"))
        #expect(readme.contains("swift run kadai site --out site"), "the README shows how to publish the demo council's site")
    }
}
