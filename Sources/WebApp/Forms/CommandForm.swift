import Calendar
import CouncilService

/// A form for one recording command, made from its declaration: what each field is, what the
/// person typed (kept when a refusal shows the form again), how many rows a repeatable field
/// shows, and each refusal beside the field it concerns. A command declared later gets its form
/// with no new page code.
public struct CommandForm: Sendable {
    public let declaration: CommandDeclaration
    /// The body or issue the command is about (fixed by the page, or typed).
    public var positional: String
    /// What was typed, by input name in document order; a field of several parts (an action) has
    /// an input per part, named `action.0`, `action.1` ….
    public var typed: [String: [String]]
    /// The rows shown for each repeatable field.
    public var rows: [String: Int]
    /// Refusals by field name; `""` for one about the whole command.
    public var errors: [String: String]

    public init(_ declaration: CommandDeclaration, positional: String = "", typed: [String: [String]] = [:]) {
        self.declaration = declaration
        self.positional = positional
        self.typed = typed
        rows = [:]
        errors = [:]
        for field in declaration.fields where field.repeatable {
            rows[field.name] = max(1, rowsTyped(field))
        }
    }

    /// What the person asked for by pressing a button of the form.
    public enum Intent: Equatable, Sendable {
        /// Record the command.
        case record
        /// Show the form again with one more row for the field.
        case addRow(String)
        /// Show the form again without a row of the field.
        case removeRow(String, Int)
    }

    /// The form as submitted: the typed values (names the declaration does not have are left
    /// out, `_`-names are the form's own), and what its button asked for.
    public static func submitted(_ declaration: CommandDeclaration, positional: String, pairs: [(String, String)]) -> (CommandForm, Intent) {
        var typed: [String: [String]] = [:]
        var intent = Intent.record
        let names = Set(declaration.fields.flatMap { field in inputNames(of: field) })
        for (name, value) in pairs {
            switch name {
            case "_add" where declaration.fields.contains { $0.name == value && $0.repeatable }:
                intent = .addRow(value)
            case "_remove":
                let parts = value.split(separator: ":")
                if parts.count == 2, let row = Int(parts[1]), row >= 0, row <= Self.maximumRows,
                   declaration.fields.contains(where: { $0.name == parts[0] && $0.repeatable }) {
                    intent = .removeRow(String(parts[0]), row)
                }
            case _ where names.contains(name):
                // One value past what a command takes is kept, so the declaration refuses the field by
                // name; the rest are dropped unread, so a forged form cannot make a page of a million rows.
                if typed[name, default: []].count <= Self.maximumRows { typed[name, default: []].append(value) }
            default:
                break
            }
        }
        var form = CommandForm(declaration, positional: positional, typed: typed)
        switch intent {
        case .addRow(let field):
            form.rows[field] = min((form.rows[field] ?? 1) + 1, Self.maximumRows + 1)
        case .removeRow(let field, let row):
            form.remove(row: row, of: field)
        case .record:
            break
        }
        return (form, intent)
    }

    /// The inputs a field has on the form.
    static func inputNames(of field: FieldDeclaration) -> [String] {
        guard let count = partCount(field) else { return [field.name] }
        return (0..<count).map { "\(field.name).\($0)" }
    }

    /// How many parts a field's value is made of, when it is made of several.
    static func partCount(_ field: FieldDeclaration) -> Int? {
        guard let placeholder = field.placeholder, placeholder.contains("|"), !placeholder.contains("=") else { return nil }
        return placeholder.split(separator: "|").count
    }

    func rowsTyped(_ field: FieldDeclaration) -> Int {
        Self.inputNames(of: field).map { typed[$0]?.count ?? 0 }.max() ?? 0
    }

    /// The typed values of a field's row (one per part), blank where nothing was typed.
    func row(_ row: Int, of field: FieldDeclaration) -> [String] {
        Self.inputNames(of: field).map { name in typed[name].flatMap { row < $0.count ? $0[row] : nil } ?? "" }
    }

    /// The most rows a repeatable field shows: the most values one field of a command takes.
    static let maximumRows = CommandDeclaration.maximumValues

    mutating func remove(row: Int, of name: String) {
        guard row >= 0, let field = declaration.fields.first(where: { $0.name == name }) else { return }
        for input in Self.inputNames(of: field) where row < (typed[input]?.count ?? 0) { typed[input]!.remove(at: row) }
        rows[name] = max(1, (rows[name] ?? 1) - 1)
    }

    /// The values the declaration decodes: a blank input is a field not given, a row of parts is
    /// joined with `|` (a row left wholly blank is no row), a ticked box is a flag given.
    public func input(today: CalendarDate) -> CommandInput {
        var values: [String: [String]] = [:]
        for field in declaration.fields {
            if field.isFlag {
                if typed[field.name]?.isEmpty == false { values[field.name] = [] }
                continue
            }
            let count = max(rowsTyped(field), 1)
            let given = (0..<count).compactMap { n -> String? in
                let parts = row(n, of: field).map { $0.trimmingCharacters(in: " ") }
                return parts.allSatisfy(\.isEmpty) ? nil : parts.joined(separator: "|")
            }
            // A single field typed twice (a forged form) is passed on whole: the declaration refuses it.
            if !given.isEmpty { values[field.name] = given }
        }
        return CommandInput(positional: positional.trimmingCharacters(in: " "), values: values, today: today)
    }
}
