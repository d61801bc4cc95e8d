import Testing
import Foundation
@testable import EventStore

struct StoreLayoutTests {
    @Test func createRefusesAFolderThatHoldsAStoreOrOtherFiles() throws {
        let t = try TemporaryStore()
        #expect(throws: StoreError.storeAlreadyExists(path: t.path)) { try EventStore.create(at: t.path) }
        let other = t.root.appendingPathComponent("Other").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: other + "/notes.txt"))
        #expect(throws: StoreError.foreignFile(path: other + "/notes.txt")) { try EventStore.create(at: other) }
        // A folder holding only its README (as the repository's EventLog/ does) is fine.
        let withReadme = t.root.appendingPathComponent("WithReadme").path
        try FileManager.default.createDirectory(atPath: withReadme, withIntermediateDirectories: true)
        try Data("# log".utf8).write(to: URL(fileURLWithPath: withReadme + "/README.md"))
        try EventStore.create(at: withReadme)
        // What an interrupted create left (folders and lock, no store.json) does not block a retry.
        let interrupted = t.root.appendingPathComponent("Interrupted").path
        try FileManager.default.createDirectory(atPath: interrupted + "/segments", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: interrupted + "/index", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: interrupted + "/writer.lock"))
        try EventStore.create(at: interrupted)
    }

    @Test func openRefusesMissingStoresForeignFilesAndNewerFormats() throws {
        let t = try TemporaryStore()
        let missing = t.root.appendingPathComponent("missing").path
        #expect(throws: StoreError.storeNotFound(path: missing)) { try EventStore.open(at: missing) }

        try Data().write(to: URL(fileURLWithPath: t.path + "/stray.bak"))
        #expect(throws: StoreError.foreignFile(path: t.path + "/stray.bak")) { try t.open() }
        try FileManager.default.removeItem(atPath: t.path + "/stray.bak")

        try Data().write(to: URL(fileURLWithPath: t.segmentsPath + "/copy of 000000000001.jsonl"))
        #expect(throws: StoreError.foreignFile(path: t.segmentsPath + "/copy of 000000000001.jsonl")) { try t.open() }
        try FileManager.default.removeItem(atPath: t.segmentsPath + "/copy of 000000000001.jsonl")

        let manifest = t.path + "/store.json"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":2").write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.newerFormat(path: manifest, found: 2, supported: 1)) { try t.open() }
        try "{".write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try t.open() }
    }
}
