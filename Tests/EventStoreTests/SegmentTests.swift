import Testing
import Foundation
@testable import EventStore

struct SegmentTests {
    @Test func segmentsRollAtTheConfiguredSizeAndAreNamedForTheirFirstPosition() throws {
        let t = try TemporaryStore(segmentBytes: 2048)
        let store = try t.open()
        for i in 0..<40 { try store.append([event("s\(i % 3)"), event("s\(i % 5)")], actor: "tester") }
        // Full segments are sealed at their last record; the last one keeps its reserved zeros until close.
        #expect(try Data(contentsOf: URL(fileURLWithPath: try t.lastSegment())).last == 0)
        try store.close()
        let files = try t.segmentFiles()
        #expect(files.count > 5)
        var expectedFirst: UInt64 = 1
        for file in files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            #expect(SegmentName.firstPosition(ofFileName: name) == expectedFirst)
            let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
            #expect(lines.first?.hasPrefix("{\"position\":\(expectedFirst),") == true)
            // A segment is only closed once it has reached its size, and a batch never spans two.
            if file != files.last { #expect(try fileSize(file) >= 2048) }
            #expect(lines.last?.contains("\"rest\":0,") == true)
            expectedFirst += UInt64(lines.count)
        }
        #expect(expectedFirst == 81)
        let reopened = try t.open()
        let expectedS1 = (0..<40).filter { $0 % 3 == 1 }.count + (0..<40).filter { $0 % 5 == 1 }.count
        #expect(try reopened.readStream("s1").count == expectedS1)
        var count = 0
        try reopened.forEach { _ in count += 1 }
        #expect(count == 80)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }

    @Test(arguments: [("000000000001.jsonl", UInt64(1)), ("000000012345.jsonl", 12345), ("000000000000.jsonl", nil),
                      ("1.jsonl", nil), ("000000000001.json", nil), ("00000000000a.jsonl", nil), ("notes.txt", nil)])
    func segmentNames(name: String, first: UInt64?) {
        #expect(SegmentName.firstPosition(ofFileName: name) == first)
        if let first { #expect(SegmentName.fileName(firstPosition: first) == name) }
    }

    @Test func aGapBetweenSegmentsIsDamage() throws {
        let t = try TemporaryStore(segmentBytes: 1024)
        let store = try t.open()
        for _ in 0..<20 { try store.append([event("a")], actor: "tester") }
        let files = try t.segmentFiles()
        try #require(files.count >= 3)
        try FileManager.default.removeItem(atPath: files[1])
        let report = try EventStore.verify(storeAt: t.path)
        #expect(!report.isSound)
    }
}
