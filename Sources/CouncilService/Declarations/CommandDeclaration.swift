import Arguments
import Council

/// A recording command, declared once: its words, its fields with help in both languages, and how
/// its values become a `CouncilCommand`. The command line's parser and help, `apply`'s keys and a
/// form's fields are all made from this; who may run it is the council's rule
/// (`CouncilDecider.authorize`), and the streams it touches are `CouncilCommand.touches`, both
/// switches the compiler checks for every command.
public struct CommandDeclaration: Sendable {
    public let path: [String]
    public let abstract: Bilingual
    /// What a form, and a link to it, is called: the abstract's first sentence (what follows
    /// speaks of the command line, such as the id it prints).
    public var heading: Bilingual {
        Bilingual(ja: String(abstract.ja.prefix { $0 != "。" }), en: String(abstract.en.prefix { $0 != ";" && $0 != "." }))
    }
    /// The body, issue or account the command is about, given first on the command line and as
    /// `id` in `apply`.
    public let positional: PositionalDeclaration?
    public let fields: [FieldDeclaration]
    public let examples: [String]
    /// The command may carry case material to keep in the vault (`case-note`).
    public let takesCaseNote: Bool
    let build: @Sendable (CommandInput) throws(InputRefusal) -> CouncilCommand

    init(_ path: [String], abstract: Bilingual, positional: PositionalDeclaration? = nil, fields: [FieldDeclaration] = [],
         examples: [String] = [], takesCaseNote: Bool = false, build: @escaping @Sendable (CommandInput) throws(InputRefusal) -> CouncilCommand) {
        self.path = path
        self.abstract = abstract
        self.positional = positional
        self.fields = fields + (takesCaseNote ? [Fields.caseNote] : [])
        self.examples = examples
        self.takesCaseNote = takesCaseNote
        self.build = build
    }

    public var name: String { path.joined(separator: " ") }

    /// The command the values ask for. The command's positional and every field it requires must
    /// be given, no field it does not declare, a single-valued field once, a yes/no field without a
    /// value, no value empty, a field with choices one of them, and no field more values than a
    /// record can show.
    public func decode(_ input: CommandInput) throws(InputRefusal) -> CouncilCommand {
        if let positional, input.positional.isEmpty {
            throw InputRefusal(field: nil) { japanese, _ in
                japanese ? "'\(name)' には \(positional.name) が必要です。" : "'\(name)' needs \(positional.name)."
            }
        }
        for key in input.values.keys where !fields.contains(where: { $0.name == key }) {
            throw InputRefusal(field: key) { japanese, field in
                japanese ? "'\(name)' には \(field) はありません。" : "'\(name)' has no \(field)."
            }
        }
        for field in fields {
            try check(field, input.values[field.name])
        }
        return try build(input)
    }

    private func check(_ field: FieldDeclaration, _ given: [String]?) throws(InputRefusal) {
        guard let given else {
            if field.required { throw CommandInput.missing(field.name) }
            return
        }
        func refuse(_ ja: String, _ en: String) -> InputRefusal {
            InputRefusal(field: field.name) { japanese, name in japanese ? "\(name) " + ja : "\(name) " + en }
        }
        if field.isFlag {
            guard given.isEmpty else { throw refuse("は値をとりません（指定するかしないかだけです）。", "takes no value: give it or leave it out.") }
            return
        }
        if given.isEmpty { throw refuse("には値が必要です。", "needs a value.") }
        if given.contains(where: \.isEmpty) { throw refuse("の値が空です。値を指定してください。", "was given an empty value. Give a value.") }
        if !field.repeatable && given.count > 1 { throw refuse("が2回以上指定されています。1回だけ指定してください。", "was given more than once. Give it only once.") }
        if let choices = field.choices, let value = given.first(where: { !choices.contains($0) }) {
            throw refuse("に '\(value)' は使えません。次のいずれかを指定してください: \(choices.joined(separator: "、"))。",
                         "cannot be '\(value)'. Use one of: \(choices.joined(separator: ", ")).")
        }
        if given.count > Self.maximumValues {
            throw refuse("に \(given.count) 個の値があります。1回に指定できるのは \(Self.maximumValues) 個までです。",
                         "holds \(given.count) values; at most \(Self.maximumValues) are taken at once.")
        }
    }

    /// The most values one repeatable field takes: the command line's bound, for every front.
    public static var maximumValues: Int { OptionSpec.maximumValues }
}

/// The one value a command is about, given before its options.
public struct PositionalDeclaration: Sendable, Equatable {
    public let name: String
    public let help: Bilingual

    public init(_ name: String, help: Bilingual) {
        self.name = name
        self.help = help
    }
}
