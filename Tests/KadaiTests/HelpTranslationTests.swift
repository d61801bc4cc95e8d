import Arguments
import Foundation
import Testing
@testable import kadai

/// Help in Japanese is the default for the council's staff: every text of the catalogue must have a
/// translation that keeps what they type, and English must stay exactly as declared.
@Suite struct HelpTranslationTests {
    static let program = CommandCatalogue.program

    /// Typed words a translation might be tempted to translate away, paired with what it must keep.
    /// Tokens with a digit, a capital inside or a Japanese character are checked without being listed.
    static let kept: [(english: String, japanese: [String])] = [
        ("plenary steering subcommittee workingGroup liaison forum preparatory", ["plenary steering subcommittee workingGroup liaison forum preparatory"]),
        ("information coordination development education advocacy evaluation", ["information coordination development education advocacy evaluation"]),
        ("inPerson online written", ["inPerson online written"]),
        ("chair viceChair member secretariat adviser", ["chair viceChair member secretariat adviser"]),
        ("meeting training survey visit deliverable other", ["meeting training survey visit deliverable other"]),
        ("notStarted|inProgress|done|dropped", ["notStarted|inProgress|done|dropped"]),
        ("resolved individualSupport transferred merged withdrawn", ["resolved individualSupport transferred merged withdrawn"]),
        ("raised analysing planned executing evaluated closed", ["raised analysing planned executing evaluated closed"]),
        ("continue or close", ["continue", "close"]),
        ("continue or end", ["continue", "end"]),
        ("ja (default) or en", ["ja", "en"]),
        ("soudan or shuro-wg", ["soudan", "shuro-wg"]),
        ("nagaoka-hoken", ["nagaoka-hoken"]),
        ("'secretariat'", ["'secretariat'"]),
        ("'kadai audit anchor'", ["'kadai audit anchor'"]),
        ("- for standard input", ["-"]),
    ]

    // MARK: The table against the catalogue

    @Test func everyHelpTextHasAJapaneseEntry() {
        let missing = Self.program.localisableTexts.filter { HelpJapanese.translations[$0] == nil }
        #expect(missing.isEmpty, "No Japanese for:\n\(missing.joined(separator: "\n"))")
    }

    @Test func noEntryIsLeftOverFromAnOldText() {
        let declared = Set(Self.program.localisableTexts)
        let stale = HelpJapanese.translations.keys.filter { !declared.contains($0) }.sorted()
        #expect(stale.isEmpty, "Entries no declaration uses (was the English changed?):\n\(stale.joined(separator: "\n"))")
    }

    @Test func everyEntryReadsAsJapanese() {
        for (english, japanese) in HelpJapanese.translations {
            #expect(japanese.unicodeScalars.contains(where: Self.isJapanese), "'\(english)' → '\(japanese)'")
            #expect(!japanese.isEmpty && japanese != english)
        }
    }

    @Test func translationsKeepWhatStaffType() {
        for (english, japanese) in HelpJapanese.translations {
            for word in Self.typedTokens(in: english) {
                #expect(japanese.contains(word), "'\(word)' of '\(english)' is missing from '\(japanese)'")
            }
            for (phrase, words) in Self.kept where english.contains(phrase) {
                for word in words {
                    #expect(japanese.contains(word), "'\(word)' of '\(english)' is missing from '\(japanese)'")
                }
            }
        }
    }

    // MARK: The built tool

    /// Each command's page from the binary, in Japanese: the abstract and every argument and option
    /// row say something in Japanese, and the page is the catalogue's own.
    @Test(arguments: CommandCatalogue.program.commands.map(\.path))
    func commandHelpInJapanese(_ path: [String]) throws {
        let outcome = try ChildProcess(try Tools.kadai(), path + ["--help", "--lang", "ja"]).finish(timeout: Tools.timeout)
        #expect(outcome.exitCode == 0, "\(outcome)")
        let page = outcome.stdout.trimmingCharacters(in: .newlines)
        #expect(page == Self.program.help(for: path, language: .ja))

        let paragraphs = page.components(separatedBy: "\n\n")
        #expect(paragraphs.count > 2 && Self.readsAsJapanese(paragraphs[1]), "abstract of \(path): \(paragraphs.dropFirst().first ?? "")")
        for paragraph in paragraphs {
            let lines = paragraph.components(separatedBy: "\n")
            guard let title = lines.first, ["引数:", "オプション:", "共通オプション:"].contains(title) else { continue }
            for row in lines.dropFirst() {
                #expect(Self.readsAsJapanese(row), "\(path) \(title) \(row)")
            }
        }
    }

    /// English is the declarations untouched: the same page as from a program without the table.
    @Test(arguments: CommandCatalogue.program.commands.map(\.path))
    func commandHelpInEnglishIsAsDeclared(_ path: [String]) throws {
        let outcome = try ChildProcess(try Tools.kadai(), path + ["--help", "--lang", "en"]).finish(timeout: Tools.timeout)
        #expect(outcome.exitCode == 0, "\(outcome)")
        let p = Self.program
        let untranslated = Program(name: p.name, abstract: p.abstract, globalOptions: p.globalOptions, commands: p.commands)
        #expect(outcome.stdout.trimmingCharacters(in: .newlines) == untranslated.help(for: path, language: .en))
    }

    @Test func topLevelHelpFollowsTheLanguage() throws {
        let japanese = try kadai("--help")
        #expect(japanese.exitCode == 0, "\(japanese)")
        #expect(japanese.stdout.contains(HelpJapanese.translations[Self.program.abstract] ?? "?"), "\(japanese)")
        #expect(Self.row("issue raise", in: japanese.stdout)?.hasSuffix("地域課題を提起します。付いた ID を表示します。") == true, "\(japanese)")

        let english = try kadai("--help", "--lang", "en")
        #expect(english.exitCode == 0, "\(english)")
        #expect(english.stdout.contains(Self.program.abstract), "\(english)")
        #expect(Self.row("issue raise", in: english.stdout)?.hasSuffix("Raise a regional issue (地域課題); prints its id.") == true, "\(english)")
    }

    // MARK: Pieces

    /// Words of `english` a user may type as they are: anything with a digit, a capital after its first
    /// letter (`inPerson`, `KADAI_STORE`) or a Japanese character, without the punctuation around it.
    static func typedTokens(in english: String) -> [String] {
        let around = CharacterSet(charactersIn: "(),.;:'…").union(.whitespaces)
        return english.split(whereSeparator: { $0 == " " || $0 == "=" }).compactMap { raw in
            let token = raw.trimmingCharacters(in: around)
            let scalars = Array(token.unicodeScalars)
            let typed = scalars.contains { $0.properties.numericType != nil || !$0.isASCII }
                || scalars.dropFirst().contains { $0.properties.isUppercase }
            return typed && !token.isEmpty ? token : nil
        }
    }

    /// The table row that starts with `left`, e.g. a command under "コマンド:".
    static func row(_ left: String, in page: String) -> String? {
        page.components(separatedBy: "\n").first { $0.hasPrefix("  " + left + " ") }
    }

    static func readsAsJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isJapanese)
    }

    /// Kana or kanji; full-width punctuation alone does not make a text Japanese.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        isKana(scalar) || (0x4E00...0x9FFF).contains(scalar.value)
    }

    static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        (0x3041...0x30FF).contains(scalar.value)
    }
}
