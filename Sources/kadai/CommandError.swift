import CouncilService

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

    /// A refusal of the service, in both languages as its `RefusalText` says it (exit status 1).
    init(_ describe: (RefusalText) -> String) {
        self.init(ja: describe(RefusalText(japanese: true)), en: describe(RefusalText(japanese: false)), exitCode: 1)
    }
}
