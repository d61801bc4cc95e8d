import CouncilService
import FileSystem

/// A refusal of the front itself (a bad option value, say), carrying the message in both languages.
struct CommandError: Error {
    var ja: String
    var en: String
    var exitCode: Int32 = 2

    init(ja: String, en: String, exitCode: Int32 = 2) {
        self.ja = ja
        self.en = en
        self.exitCode = exitCode
    }

    /// A file the system would not read or write, in both languages, naming the path (exit status 1).
    init(_ failure: FileFailure) {
        self.init(ja: failure.message(japanese: true), en: failure.message(japanese: false), exitCode: 1)
    }

    /// A refusal of the service, in both languages as its `RefusalText` says it (exit status 1).
    init(_ describe: (RefusalText) -> String) {
        self.init(ja: describe(RefusalText(japanese: true)), en: describe(RefusalText(japanese: false)), exitCode: 1)
    }

    /// Runs `body`, turning a failure of the file system into the front's error; others pass as they are.
    static func wrappingFileFailures<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as FileFailure { throw CommandError(failure) }
    }
}
