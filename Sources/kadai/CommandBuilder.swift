import Calendar
import Council
import CouncilService

/// The values of a read's options (dates, years, vocabulary words), read by the same rules as a
/// recording command's fields (`CommandInput`) and refused in the command line's words.
enum CommandBuilder {
    static func date(_ text: String, option: String) throws(CommandError) -> CalendarDate {
        do { return try CommandInput.date(text, field: option) } catch { throw CommandError(error) }
    }

    /// A date or fiscal year that cannot be taken, under the option that gave it.
    static func refusal(_ error: CalendarError, option: String) -> CommandError {
        CommandError(CommandInput.refusal(error, field: option))
    }

    static func fiscalYear(_ text: String, option: String) throws(CommandError) -> FiscalYear {
        do { return try CommandInput.fiscalYear(text, field: option) } catch { throw CommandError(error) }
    }

    static func word<V: Vocabulary>(_ text: String, _ type: V.Type, option: String) throws(CommandError) -> V {
        do { return try CommandInput.word(text, type, field: option) } catch { throw CommandError(error) }
    }
}

extension CommandError {
    /// A field's refusal, naming the field as the command line spells it (`--on`).
    init(_ refusal: InputRefusal) {
        let name = refusal.field.map { "--\($0)" } ?? ""
        self.init(ja: refusal.text(japanese: true, fieldName: name), en: refusal.text(japanese: false, fieldName: name))
    }
}
