import FileSystem
import Foundation
import TestSupport
import Testing

/// The file operations of the fronts and the service, each in a fresh temporary folder.
@Suite struct LocalFilesTests {
    @Test func aWrittenFileReadsBackByteForByte() throws {
        let folder = try TemporaryFolder("files")
        let bytes: [UInt8] = Array("記録\n".utf8) + (0...255).map(UInt8.init)
        try LocalFiles.write(bytes, to: folder.path("a"))
        #expect(try LocalFiles.read(folder.path("a")) == bytes)
        #expect(LocalFiles.kind(folder.path("a")) == .file && LocalFiles.exists(folder.path("a")))
    }

    @Test func writeNeverReplacesAFileAndSaysWhichOne() throws {
        let folder = try TemporaryFolder("files")
        try LocalFiles.write([1], to: folder.path("a"))
        let failure = try #require(throws: FileFailure.self) { try LocalFiles.write([2], to: folder.path("a")) }
        #expect(failure.path == folder.path("a") && failure.operation == "create")
        #expect(failure.message(japanese: false).contains("'\(folder.path("a"))'") && failure.message(japanese: true).contains("'\(folder.path("a"))'"))
        #expect(try LocalFiles.read(folder.path("a")) == [1])
    }

    @Test func aMissingFileIsAFailureNamingItsPath() throws {
        let folder = try TemporaryFolder("files")
        let missing = folder.path("no/such/file")
        let failure = try #require(throws: FileFailure.self) { try LocalFiles.read(missing) }
        #expect(failure.description == "Could not open '\(missing)' (No such file or directory). Check the path, free space and permissions.")
        #expect(failure.message(japanese: true) == "'\(missing)' を処理できませんでした（open、システムの説明: No such file or directory）。パスと空き容量、権限を確かめてください。")
        #expect(LocalFiles.kind(missing) == nil && !LocalFiles.exists(missing))
    }

    @Test func renameMovesAFolderWithWhatItHolds() throws {
        let folder = try TemporaryFolder("files")
        try LocalFiles.makeDirectory(folder.path("old"))
        try LocalFiles.write([7], to: folder.path("old/x"))
        try LocalFiles.rename(folder.path("old"), to: folder.path("new"))
        #expect(!LocalFiles.exists(folder.path("old")) && LocalFiles.isDirectory(folder.path("new")))
        #expect(try LocalFiles.list(folder.path("new")) == ["x"])
        #expect(throws: FileFailure.self) { try LocalFiles.rename(folder.path("old"), to: folder.path("again")) }
    }

    @Test func moveIntoPlacePutsAFileUnderAFreeNameOnly() throws {
        let folder = try TemporaryFolder("files")
        try LocalFiles.write([1], to: folder.path("built"))
        try LocalFiles.moveIntoPlace(folder.path("built"), to: folder.path("final"))
        #expect(try LocalFiles.read(folder.path("final")) == [1] && !LocalFiles.exists(folder.path("built")))
        // A file that appeared meanwhile under the name is kept, and the built one stays beside it.
        try LocalFiles.write([2], to: folder.path("built"))
        let failure = try #require(throws: FileFailure.self) { try LocalFiles.moveIntoPlace(folder.path("built"), to: folder.path("final")) }
        #expect(failure.path == folder.path("built") && failure.operation.contains(folder.path("final")))
        #expect(try LocalFiles.read(folder.path("final")) == [1] && LocalFiles.exists(folder.path("built")))
    }

    @Test func moveIntoPlaceReplacesAnEmptyFolderOnly() throws {
        let folder = try TemporaryFolder("files")
        try LocalFiles.makeDirectory(folder.path("built"))
        try LocalFiles.write([1], to: folder.path("built/a.csv"))
        try LocalFiles.makeDirectory(folder.path("out"))
        try LocalFiles.moveIntoPlace(folder.path("built"), to: folder.path("out"))
        #expect(try LocalFiles.list(folder.path("out")) == ["a.csv"])
        try LocalFiles.makeDirectory(folder.path("other"))
        #expect(throws: FileFailure.self) { try LocalFiles.moveIntoPlace(folder.path("other"), to: folder.path("out")) }
        #expect(try LocalFiles.list(folder.path("out")) == ["a.csv"])
    }

    @Test func removeTreeTakesAFolderWholeButNotWhatALinkInItPointsTo() throws {
        let folder = try TemporaryFolder("files")
        try LocalFiles.makeDirectory(folder.path("kept"))
        try LocalFiles.write([1], to: folder.path("kept/precious"))
        try LocalFiles.makeDirectory(folder.path("tree"))
        try LocalFiles.makeDirectory(folder.path("tree/inner"))
        try LocalFiles.write([2], to: folder.path("tree/inner/file"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("tree/link"), withDestinationPath: folder.path("kept"))
        #expect(LocalFiles.kind(folder.path("tree/link")) == .other)
        LocalFiles.removeTree(folder.path("tree"))
        #expect(!LocalFiles.exists(folder.path("tree")))
        #expect(try LocalFiles.read(folder.path("kept/precious")) == [1])
        LocalFiles.removeTree(folder.path("nothing-here"))
    }

    @Test func aNameBesideStaysInTheSameFolder() {
        let built = LocalFiles.beside("out/site//", "new")
        #expect(built.hasPrefix("out/site.kadai-new-") && !built.contains("//"))
        #expect(LocalFiles.beside("export.jsonl", "new") != LocalFiles.beside("export.jsonl", "old"))
        #expect(LocalFiles.withoutTrailingSlash("/") == "/" && LocalFiles.withoutTrailingSlash("a//") == "a")
    }
}
