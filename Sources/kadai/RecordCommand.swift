import Council
import Documents
import EventStore
import JSON

/// Every command that records something: build it, decide it, append it, say what was recorded.
enum RecordCommand {
    static func run(_ c: Context) throws -> Int32 {
        let builder = CommandBuilder(command: c.command, today: .todayInJapan)
        let command = try builder.build()
        let store = try c.openStore()
        var writer = CouncilWriter(store: store, caller: c.caller)
        var commands = [command]
        // A case note goes to the vault first and is attached in the same batch: both or neither.
        var kept: CaseNoteCommands.Kept?
        if Self.takesCaseNote.contains(c.command.path), let note = c.command.value("case-note") {
            let on = try builder.date("on")
            let pending = try CaseNoteCommands.Kept(try CaseNoteCommands.note(note), c)
            kept = pending
            writer.caseNotes[pending.reference.ref] = pending.reference
            commands.append(.attachCaseNote(issue: c.command.positionals.first ?? "", ref: pending.reference.ref, on: on))
        }
        let outcome: CouncilWriter.Outcome
        do { outcome = try writer.execute(commands) } catch {
            kept?.withdraw()
            throw error
        }
        report(outcome, c)
        c.finishWriting(store)
        return 0
    }

    /// The commands that accept `--case-note`.
    static let takesCaseNote: [[String]] = [["issue", "raise"], ["issue", "analyze"], ["issue", "act"]]

    static func report(_ outcome: CouncilWriter.Outcome, _ c: Context) {
        let ja = c.messages.language == .ja
        let raised = outcome.events.compactMap { event -> String? in
            if case .issueRaised(let e) = event { return e.issue } else { return nil }
        }
        if c.json {
            var o: JSONObject = ["events": .array(outcome.events.map { e in
                .object(["type": .string(e.typeName), "stream": .string(e.stream), "on": .string(e.on.description),
                         "summary": .string(EventLabels.label(e, japanese: ja))])
            })]
            if let p = outcome.positions { o["positions"] = .array([.int(Int64(p.lowerBound)), .int(Int64(p.upperBound))]) }
            if raised.count == 1 { o["id"] = .string(raised[0]) } else if !raised.isEmpty { o["ids"] = .array(raised.map { .string($0) }) }
            c.printJSON(o)
            return
        }
        // The new id alone on the first line, so scripts can take it.
        for id in raised { c.say(id) }
        guard let positions = outcome.positions else {
            c.say(c.text("変更はありません（すでにその状態です）。", "Nothing to record: it is already so."))
            return
        }
        for (n, e) in outcome.events.enumerated() {
            let position = positions.lowerBound + UInt64(n)
            c.say(c.text("記録しました（位置 \(position)）: ", "Recorded at position \(position): ") + EventLabels.label(e, japanese: ja))
        }
    }
}
