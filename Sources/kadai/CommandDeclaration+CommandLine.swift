import Arguments
import Calendar
import CouncilService

/// A recording command on the command line: its fields as long options, its positional first, its
/// help in English with the Japanese given by the same declaration.
extension CommandDeclaration {
    var commandSpec: CommandSpec {
        CommandSpec(path, abstract: abstract.en, positionals: positional.map { [PositionalSpec($0.name, help: $0.help.en)] } ?? [],
                    options: fields.map { OptionSpec($0.name, value: $0.placeholder, help: $0.help.en, required: $0.required, repeatable: $0.repeatable, choices: $0.choices) },
                    examples: examples)
    }

    /// The values a parsed command line gives for this command's fields.
    func input(_ command: ParsedCommand, today: CalendarDate) -> CommandInput {
        var values: [String: [String]] = [:]
        for field in fields where command.has(field.name) { values[field.name] = command.values(field.name) }
        return CommandInput(positional: command.positionals.first ?? "", values: values, today: today)
    }

    /// The Japanese of every help text the declarations give, by their English (`HelpJapanese`).
    static let japanese: [String: String] = {
        var table: [String: String] = [:]
        for d in RecordingCommands.all + [RecordingCommands.attachMaterial] {
            table[d.abstract.en] = d.abstract.ja
            if let p = d.positional { table[p.help.en] = p.help.ja }
            for f in d.fields { table[f.help.en] = f.help.ja }
        }
        return table
    }()
}
