import Council

extension CouncilService {
    /// Records what a front read for a declared command: the values decoded by its declaration (an
    /// `InputRefusal` names the field), the case note it may carry kept with it, then `record`.
    /// The command line, `apply` and the web forms all come through here.
    public func record(_ declaration: CommandDeclaration, _ input: CommandInput, as caller: Caller,
                       idempotencyKey: String? = nil) throws -> Recorded {
        let command = try declaration.decode(input)
        var caseNote: CaseNoteRequest?
        if declaration.takesCaseNote, let note = input.text("case-note") {
            caseNote = CaseNoteRequest(text: note, issue: input.positional, on: try input.date("on"))
        }
        return try record([command], as: caller, caseNote: caseNote, idempotencyKey: idempotencyKey)
    }
}
