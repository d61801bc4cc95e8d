/// A closed list of words of the council's domain (kinds, roles, functions …): stored by its
/// English name, shown by its label, typed by users either way.
public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The type's name in the label table (spelled out: asking the runtime for it is slow).
    static var typeName: String { get }
}

extension Vocabulary {
    public var japanese: String { Labels.label("\(Self.typeName).\(rawValue)", japanese: true) }
    public var english: String { Labels.label("\(Self.typeName).\(rawValue)", japanese: false) }

    public func label(japanese: Bool) -> String { japanese ? self.japanese : english }

    /// The English name in any case, the Japanese label, or a known synonym.
    public init?(input: String) {
        let word = input.trimmingSpaces
        if let exact = Self.allCases.first(where: { $0.rawValue.lowercased() == word.lowercased() }) { self = exact; return }
        if let byLabel = Self.allCases.first(where: { $0.japanese == word }) { self = byLabel; return }
        // Synonyms in any case as well: "WG" is also typed "wg" or "Wg".
        if let key = Labels.synonyms[word] ?? Labels.synonyms.first(where: { $0.key.lowercased() == word.lowercased() })?.value,
           key.hasPrefix(Self.typeName + "."),
           let found = Self(rawValue: String(key.dropFirst(Self.typeName.count + 1))) { self = found; return }
        return nil
    }

    /// Every accepted English name, for messages and suggestions.
    public static var names: [String] { allCases.map(\.rawValue) }
}

extension String {
    /// Without surrounding spaces, including the full-width space.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
