import Arguments
import CouncilService
import JSON

/// The keys a line of `kadai apply` may hold for its command: `command`, `id` for the command's
/// positional, and the command's own options. A key outside them used to be dropped without a
/// word (`"as"`, `"store"`, a misspelt `"titel"`), so a line could record something other than
/// what it said.
struct ApplyKeys {
    let declaration: CommandDeclaration

    var accepted: [String] {
        ["command"] + (declaration.positional == nil ? [] : ["id"]) + declaration.fields.map(\.name)
    }

    func check(_ object: JSONObject) throws(CommandError) {
        let accepted = accepted
        let command = declaration.name
        for (key, value) in object {
            guard accepted.contains(key) else { throw unknown(key, accepted: accepted) }
            // Refused before each value becomes an argument, so a huge list is not copied again.
            if case .array(let items) = value, items.count > OptionSpec.maximumValues {
                throw CommandError(
                    ja: "\"\(key)\" に \(items.count) 個の値があります。'\(command)' の1行で指定できるのは \(OptionSpec.maximumValues) 個までです。繰り返しや貼り付けの誤りがないか確かめ、必要なら記録を分けてください。",
                    en: "\"\(key)\" holds \(items.count) values; a line of '\(command)' takes at most \(OptionSpec.maximumValues). Check for a repeated paste or loop, and split the record if it really needs more.")
            }
        }
    }

    private func unknown(_ key: String, accepted: [String]) -> CommandError {
        let command = declaration.name
        if CommandCatalogue.globalOptions.contains(where: { $0.name == key }) {
            return CommandError(
                ja: "\"\(key)\" は1行ごとには指定できません。ファイル全体に効くように 'kadai apply FILE --\(key) …' と apply のコマンドラインに書いてください。",
                en: "\"\(key)\" cannot be set in a line: give --\(key) to 'kadai apply' itself, where it applies to the whole file.")
        }
        let suggestion = closestMatch(to: key, among: accepted)
        return CommandError(
            ja: "'\(command)' には \"\(key)\" というキーはありません。" + (suggestion.map { "\"\($0)\" のことですか？" } ?? "")
                + "使えるキー: \(accepted.joined(separator: "、"))。",
            en: "'\(command)' has no key \"\(key)\"." + (suggestion.map { " Did you mean \"\($0)\"?" } ?? "")
                + " Its keys: \(accepted.joined(separator: ", ")).")
    }
}
