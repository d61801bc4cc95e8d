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

    public init(_ name: String, value: String? = nil, help: Bilingual, required: Bool = false, repeatable: Bool = false, choices: [String]? = nil) {
        self.name = name
        self.placeholder = value
        self.help = help
        self.required = required
        self.repeatable = repeatable
        self.choices = choices
    }

    public var isFlag: Bool { placeholder == nil }

    /// The same field, required.
    public var requiredField: FieldDeclaration {
        FieldDeclaration(name, value: placeholder, help: help, required: true, repeatable: repeatable, choices: choices)
    }
}
