/// Renders help pages from the declarations, so help can never drift from what the parser accepts.
struct HelpFormatter {
    let program: Program
    let language: Language

    private typealias Row = (left: String, right: String)

    /// A page is a list of paragraphs separated by blank lines; tables share one column width
    /// so the whole page lines up.
    private enum Block {
        case text(String)
        case table(title: String, rows: [Row])
        case lines(title: String, lines: [String])
    }

    func render(_ path: [String]) -> String {
        let blocks = program.command(at: path).map(commandPage) ?? groupPage(path)
        return layout(blocks)
    }

    // MARK: Pages

    private func commandPage(_ command: CommandSpec) -> [Block] {
        let positionals = command.positionals.map { $0.required ? $0.name : "[\($0.name)]" }
        let options = command.options.map(usage)
        let usageLine = ([program.name] + command.path + positionals + options + [label(.globalOptionsSlot)])
            .joined(separator: " ")

        var blocks: [Block] = [.text(label(.usage) + " " + usageLine), .text(localised(command.abstract))]
        if !command.positionals.isEmpty {
            blocks.append(.table(title: label(.arguments), rows: command.positionals.map {
                ($0.name, localised($0.help) + ($0.required ? "" : label(.optional)))
            }))
        }
        if !command.options.isEmpty {
            blocks.append(.table(title: label(.options), rows: command.options.map(row)))
        }
        blocks.append(globalOptionsTable())
        if !command.examples.isEmpty {
            blocks.append(.lines(title: label(.examples), lines: command.examples))
        }
        return blocks
    }

    /// The top level (`path == []`) or a group such as `audit`: the commands under it, by their paths below it.
    private func groupPage(_ path: [String]) -> [Block] {
        let here = [program.name] + path
        let usageLine = (here + [label(.commandSlot), label(.globalOptionsSlot)]).joined(separator: " ")
        var blocks: [Block] = [.text(label(.usage) + " " + usageLine)]
        if path.isEmpty {
            blocks.append(.text(localised(program.abstract)))
        }
        blocks.append(.table(title: label(.commands), rows: program.commands(under: path).map {
            ($0.path.dropFirst(path.count).joined(separator: " "), localised($0.abstract))
        }))
        blocks.append(globalOptionsTable())
        blocks.append(.text(ArgumentMessages.seeCommandHelp(here, language)))
        return blocks
    }

    private func globalOptionsTable() -> Block {
        .table(title: label(.globalOptions),
               rows: program.globalOptions.map(row) + [("-h, --help", label(.helpOption))])
    }

    // MARK: Pieces

    /// `--title T`, `[--anchor POS:HASH]`, `[--category C]...`, `[--json]`.
    private func usage(_ option: OptionSpec) -> String {
        let bracketed = option.required ? option.synopsis : "[\(option.synopsis)]"
        return bracketed + (option.repeatable ? "..." : "")
    }

    private func row(_ option: OptionSpec) -> Row {
        var right = localised(option.help)
        if option.required { right += label(.required) }
        if option.repeatable { right += label(.repeatable) }
        if let choices = option.choices { right += ArgumentMessages.choices(choices, language) }
        return (option.synopsis, right)
    }

    /// Only the program's own prose: names, placeholders, choices and examples are typed as shown.
    private func localised(_ text: String) -> String {
        program.localise(text, language)
    }

    private func label(_ label: ArgumentMessages.Label) -> String {
        ArgumentMessages.label(label, language)
    }

    /// Pads by characters, not terminal cells: the left column is option syntax and command words, ASCII in practice.
    private func layout(_ blocks: [Block]) -> String {
        let width = blocks.reduce(0) { width, block in
            guard case .table(_, let rows) = block else { return width }
            return rows.reduce(width) { max($0, $1.left.count) }
        }
        let paragraphs = blocks.compactMap { block -> String? in
            switch block {
            case .text(let text):
                return text.isEmpty ? nil : text
            case .table(let title, let rows):
                guard !rows.isEmpty else { return nil }
                let lines = rows.map { row in
                    guard !row.right.isEmpty else { return "  " + row.left }
                    let padding = String(repeating: " ", count: width - row.left.count)
                    return "  " + row.left + padding + "   " + row.right
                }
                return ([title] + lines).joined(separator: "\n")
            case .lines(let title, let lines):
                return ([title] + lines.map { "  " + $0 }).joined(separator: "\n")
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }
}
