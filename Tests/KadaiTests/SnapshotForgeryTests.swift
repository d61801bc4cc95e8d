import Foundation
import Hashing
import Testing
@testable import EventStore

/// Issue 11, finding 12 as reported: `Snapshots/` sits outside the store, and its checksum was no
/// seal, so a snapshot rewritten there changed what `issue list` shows. Now only a snapshot sealed
/// with the store's key is used; anything else is ignored and rebuilt from the log.
struct SnapshotForgeryTests {
    enum Forgery: String, CaseIterable, CustomTestStringConvertible {
        /// The format kadai wrote before issue 11, its checksum recomputed: what used to be accepted.
        case earlierFormatWithItsChecksumRecomputed
        /// Today's format with the best a forger without the key can do: SHA-256 of the content.
        case sealReplacedByAPlainHash
        var testDescription: String { rawValue }
    }

    @Test(arguments: Forgery.allCases)
    func aRewrittenSnapshotDoesNotChangeWhatIssueListShows(_ forgery: Forgery) throws {
        let scratch = try DemoCouncilTests.embeddedCopy()
        #expect(try kadai("rebuild", "--store", scratch.store).exitCode == 0)
        let honest = try kadai("issue", "list", "--store", scratch.store)
        #expect(honest.stdout.contains("乏しい"), "\(honest)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.snapshots).first { $0.hasPrefix("council-summary") })
        let path = scratch.snapshots + "/" + file
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let newline = try #require(bytes.firstIndex(of: 0x0A))
        var header = try #require(try JSONSerialization.jsonObject(with: bytes[..<newline]) as? [String: Any])
        let payload = Data(bytes[(newline + 1)...])
        let at = try #require(payload.range(of: Data("乏しい".utf8)))
        var edited = payload
        edited.replaceSubrange(at, with: Data("豊富だ".utf8))
        let forged = [UInt8](edited)
        #expect(forged.count == payload.count && forged != [UInt8](payload))
        switch forgery {
        case .earlierFormatWithItsChecksumRecomputed:
            header["formatVersion"] = 2
            header.removeValue(forKey: "mac")
            header["payloadChecksum"] = String(forged.withUnsafeBytes { IndexChecksum.of($0) }, radix: 16)
        case .sealReplacedByAPlainHash:
            header["mac"] = SHA256.hash(forged).hex
        }
        var written = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        written.append(0x0A)
        written.append(contentsOf: forged)
        try written.write(to: URL(fileURLWithPath: path))
        let listed = try kadai("issue", "list", "--store", scratch.store)
        #expect(listed.exitCode == 0 && listed.stdout == honest.stdout, "\(listed)")
        #expect(!listed.stdout.contains("豊富だ"))
    }
}
