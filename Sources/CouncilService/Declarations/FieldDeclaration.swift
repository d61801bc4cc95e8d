import Council

/// One field of a recording command: an option on the command line, a key of an `apply` line, an
/// input of a form. Declared once, with its help in both languages.
public struct FieldDeclaration: Sendable, Equatable {
    /// The name typed after `--`, used as the key in `apply` and as the form field's name.
    public let name: String
    /// What the value looks like in help (`DATE`, `TEXT`); nil for a yes/no field (a flag).
    public let placeholder: String?
    public let help: Bilingual
    public let required: Bool
    public let repeatable: Bool
    public let choices: [String]?
    /// The words of the domain the field takes (kinds, roles, reasons …), each with its label in
    /// both languages: a form offers them as a list to choose from.
    public let words: [Word]?

    public struct Word: Sendable, Equatable {
        public let value: String
        public let label: Bilingual
    }

    public init(_ name: String, value: String? = nil, help: Bilingual, required: Bool = false, repeatable: Bool = false, choices: [String]? = nil) {
        self.init(name, value: value, help: help, required: required, repeatable: repeatable, choices: choices, words: nil)
    }

    /// A field whose values are the words of `vocabulary`.
    public init<V: Vocabulary>(_ name: String, value: String? = nil, help: Bilingual, required: Bool = false, repeatable: Bool = false,
                               choices: [String]? = nil, words vocabulary: V.Type) {
        let words = V.allCases.filter { choices?.contains($0.rawValue) ?? true }.map { Word(value: $0.rawValue, label: Bilingual(ja: $0.japanese, en: $0.english)) }
        self.init(name, value: value, help: help, required: required, repeatable: repeatable, choices: choices, words: words)
    }

    init(_ name: String, value: String?, help: Bilingual, required: Bool, repeatable: Bool, choices: [String]?, words: [Word]?) {
        self.name = name
        self.placeholder = value
        self.help = help
        self.required = required
        self.repeatable = repeatable
        self.choices = choices
        self.words = words
    }

    public var isFlag: Bool { placeholder == nil }

    /// The same field, required.
    public var requiredField: FieldDeclaration {
        FieldDeclaration(name, value: placeholder, help: help, required: true, repeatable: repeatable, choices: choices, words: words)
    }
}
