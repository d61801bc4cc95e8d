import CouncilService

/// The short name a form shows beside a field, and the hint under it, both taken from the help
/// the declaration already gives in each language: the label is the help up to its first
/// explanation (「年度（2020、R2…）」 → 「年度」), the hint is the help itself.
enum FieldLabel {
    static func label(_ help: Bilingual, japanese: Bool) -> String {
        let text = japanese ? help.ja : help.en
        let stops: Set<Character> = japanese ? ["（", "：", "("] : [":", "(", "."]
        let label = text.prefix { !stops.contains($0) }.trimmingCharacters(in: " ")
        return label.isEmpty ? text : label
    }

    /// The parts of a field whose value is several values joined by `|` (an action of a plan:
    /// who, toward whom, what, by when, functions), named as the Japanese help lists them after
    /// its colon, or as the placeholder does.
    static func parts(of field: FieldDeclaration, japanese: Bool) -> [String]? {
        guard let placeholder = field.placeholder, placeholder.contains("|"), !placeholder.contains("=") else { return nil }
        let count = placeholder.split(separator: "|").count
        let help = japanese ? field.help.ja : field.help.en
        if let colon = help.firstIndex(of: japanese ? "：" : ":") {
            let named = help[help.index(after: colon)...].split(separator: japanese ? "|" : ",").map { part in
                String(part.prefix { $0 != "（" && $0 != "(" }).trimmingCharacters(in: " ").trimmingCharacters(in: ".")
            }
            if named.count == count { return named }
        }
        return placeholder.split(separator: "|").map { $0.lowercased() }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
