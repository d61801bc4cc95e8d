import Calendar
import Council
import CouncilService

/// A submitted form carried out: a button that adds or removes a row shows the form again with
/// nothing recorded; otherwise the service records the command as the signed-in person, or the
/// form comes back with what was typed and each refusal beside the field it concerns (one about
/// the command as a whole above the fields), nothing written. Errors of the store itself are
/// thrown: the page for them is the server's.
public enum FormSubmission {
    public enum Outcome: Sendable {
        case recorded(Recorded)
        case shownAgain(CommandForm)
    }

    /// `key`: the form's own, so that the form sent twice records once.
    public static func handle(_ form: CommandForm, intent: CommandForm.Intent, service: CouncilService, as caller: Caller,
                              today: CalendarDate, japanese: Bool, key: String? = nil) throws -> Outcome {
        guard intent == .record else { return .shownAgain(form) }
        var refused = form
        let text = RefusalText(japanese: japanese)
        do {
            return .recorded(try service.record(form.declaration, form.input(today: today), as: caller, idempotencyKey: key))
        } catch let refusal as InputRefusal {
            let field = refusal.field.flatMap { name in form.declaration.fields.first { $0.name == name } }
            let label = field.map { FieldLabel.label($0.help, japanese: japanese) } ?? ""
            let message = refusal.text(japanese: japanese, fieldName: japanese ? "「\(label)」" : "'\(label)'")
            // A refusal about the positional (no issue named) is the positional's, on a form that types it.
            refused.errors[field?.name ?? (form.declaration.positional != nil && form.positional.isEmpty ? "_id" : "")] = message
        } catch let refusal as Refusal {
            let field = refusal.error.field.flatMap { name in form.declaration.fields.first { $0.name == name }?.name } ?? ""
            refused.errors[field] = text.describe(refusal.error, bodies: service.knownIds("body-"), issues: service.knownIds("issue-"))
        } catch let error as DomainError {
            refused.errors[""] = text.describe(error, bodies: service.knownIds("body-"), issues: service.knownIds("issue-"))
        }
        return .shownAgain(refused)
    }
}
