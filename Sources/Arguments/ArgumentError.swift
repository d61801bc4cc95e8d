/// Why a command line was refused. Data only; `message(language:)` turns it into words.
///
/// Every `command` / `after` path starts with the program name (`["kadai", "audit"]`),
/// so a message can quote what the user typed without knowing the `Program`.
/// Options are spelt as typed, with dashes (`--store`).
public enum ArgumentError: Error, Equatable, Sendable {
    /// No command word at all.
    case noCommand(available: [String])
    /// A word where a command was expected. `suggestion` may be a whole path such as `audit verify`.
    case unknownCommand(String, after: [String], suggestion: String?)
    /// A group such as `kadai audit` without the command under it.
    case incompleteCommand([String], available: [String])
    case unknownOption(String, command: [String], suggestion: String?)
    /// The option ended the line or was followed by another option.
    case missingValue(option: String, placeholder: String)
    /// `--title ""` or `--title=`: never meant, so refused rather than stored.
    case emptyValue(option: String, placeholder: String)
    /// `--limit -5`: a separate value may not start with '-', but `--limit=-5` may.
    case valueStartsWithDash(option: String, value: String)
    case missingOption(option: String, placeholder: String, command: [String])
    case missingPositional(name: String, command: [String])
    case unexpectedArgument(String, command: [String])
    case invalidChoice(option: String, value: String, choices: [String], suggestion: String?)
    /// Given twice but not repeatable.
    case repeatedOption(String)
    /// A repeatable option given more than `OptionSpec.maximumValues` times; `count` is all of them.
    case tooManyValues(option: String, count: Int, limit: Int)
    case flagWithValue(String)

    /// One or two plain sentences naming the offending input and how to fix it.
    public func message(language: Language) -> String {
        ArgumentMessages.message(for: self, language: language)
    }
}
