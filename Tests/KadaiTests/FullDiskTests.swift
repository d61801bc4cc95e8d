import Foundation
import Testing
import TestSupport

/// A real full disk: a small tmpfs mounted for the test (it needs root, as in CI here; elsewhere the
/// test says why it did not run). kadai writes until the disk is full: each refused write says the
/// disk is full and writes nothing, every acknowledged issue is still there, and the log verifies.
@Suite(.tags(.fault), .notInFastSet) struct FullDiskTests {
    static func mount(_ folder: String, bytes: Int) -> Bool {
        guard let outcome = try? ChildProcess(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", folder])
            .finish(timeout: Tools.timeout) else { return false }
        return outcome.exitCode == 0
    }

    static func unmount(_ folder: String) {
        _ = try? ChildProcess(URL(fileURLWithPath: "/bin/umount"), [folder]).finish(timeout: Tools.timeout)
    }

    @Test func writingUntilTheDiskIsFullLosesNothingAcknowledged() throws {
        let scratch = try Scratch("full-disk")
        let disk = scratch.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard Self.mount(disk, bytes: 3 << 20) else {
            withKnownIssue("mounting a small tmpfs needs root; the full-disk scenario is covered in-process by FaultTests") { throw MountUnavailable() }
            return
        }
        defer { Self.unmount(disk) }
        let store = disk + "/EventLog"
        try initStore(store, council: "X")
        func kadai(_ arguments: [String]) throws -> Outcome {
            try ChildProcess(try Tools.kadai(), arguments + ["--store", store, "--lang", "en"]).finish(timeout: Tools.timeout)
        }
        #expect(try kadai(["body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2020-04-01"]).exitCode == 0)
        let summary = String(repeating: "地域課題の概要", count: 500)
        var acknowledged: [String] = []
        var refusal: Outcome?
        for n in 1...2000 {
            let outcome = try kadai(["issue", "raise", "--title", "課題\(n)", "--by", "soudan", "--summary", summary, "--on", "2020-05-01"])
            if outcome.exitCode == 0 {
                acknowledged.append(String(outcome.stdout.split(separator: "\n")[0]))
            } else {
                refusal = outcome
                break
            }
        }
        let refused = try #require(refusal, "the disk should have filled up")
        #expect(refused.exitCode == 1 && refused.stderr.contains("No space left on device"), "\(refused)")
        #expect(refused.stdout.isEmpty)
        #expect(acknowledged.count > 10, "\(acknowledged.count) writes fitted")
        // Once more, still full: refused again, the log unchanged.
        let before = try contents(of: store)
        #expect(try kadai(["issue", "raise", "--title", "もう一つ", "--by", "soudan", "--summary", summary]).exitCode == 1)
        #expect(try contents(of: store) == before)
        let verified = try kadai(["audit", "verify"])
        #expect(verified.exitCode == 0, "\(verified)")
        let listed = try kadai(["issue", "list", "--json"]).stdout
        for id in acknowledged { #expect(listed.contains("\"\(id)\""), "\(id) was acknowledged") }
    }

    struct MountUnavailable: Error {}
}
