import Council
import CouncilService
import Documents
import EventStore
import JSON

/// Every command that records something: build it, decide it, append it, say what was recorded.
enum RecordCommand {
    static func run(_ c: Context) throws -> Int32 {
        guard let declaration = RecordingCommands.declaration(c.command.path) else {
            throw CommandError(ja: "'\(c.command.path.joined(separator: " "))' は記録のコマンドではありません。", en: "'\(c.command.path.joined(separator: " "))' does not record anything.")
        }
        let input = declaration.input(c.command, today: .todayInJapan)
        // What was typed is checked before the store is opened: a refused value leaves no trace.
        do { _ = try declaration.decode(input) } catch { throw CommandError(error) }
        let service = try c.openService()
        let recorded: Recorded
        do { recorded = try service.record(declaration, input, as: c.caller) } catch let refusal as InputRefusal { throw CommandError(refusal) }
        report(recorded, c, newIds: recorded.raisedIssues + recorded.recordedMeetings + recorded.plannedEntries)
        c.finishWriting(service)
        return 0
    }

    /// `newIds`: the ids the write gave out (the issues it raised, and for one command the meeting
    /// it recorded, which `issue act --meeting` names), alone on the first lines unless `lineOf`
    /// says the line of an applied file each event (by its place) came from: then each event is
    /// said beside its line, its id in it, and no id stands alone with nothing to say whose it is.
    static func report(_ outcome: Recorded, _ c: Context, newIds: [String]? = nil, lineOf: ((Int) -> Int?)? = nil) {
        let ja = c.messages.language == .ja
        let raised = newIds ?? outcome.raisedIssues
        if c.json {
            var o: JSONObject = ["events": .array(outcome.events.enumerated().map { n, e in
                var event: JSONObject = ["type": .string(e.typeName), "stream": .string(e.stream), "on": .string(e.when.description),
                                         "summary": .string(EventLabels.label(e, japanese: ja))]
                if let line = lineOf?(n) { event["line"] = .int(Int64(line)) }
                return .object(event)
            })]
            if let p = outcome.positions { o["positions"] = .array([.int(Int64(p.lowerBound)), .int(Int64(p.upperBound))]) }
            if raised.count == 1 { o["id"] = .string(raised[0]) } else if !raised.isEmpty { o["ids"] = .array(raised.map { .string($0) }) }
            if !outcome.notes.isEmpty { o["notes"] = .array(outcome.notes.map { .string(ja ? $0.ja : $0.en) }) }
            c.printJSON(o)
            return
        }
        // The new id alone on the first line, so scripts can take it.
        if lineOf == nil { for id in raised { c.say(id) } }
        guard let positions = outcome.positions else {
            c.say(c.text("変更はありません（すでにその状態です）。", "Nothing to record: it is already so."))
            return
        }
        for (n, e) in outcome.events.enumerated() {
            let position = positions.lowerBound + UInt64(n)
            let line = lineOf?(n).map { c.text("\($0)行目：", "Line \($0): ") } ?? ""
            c.say(line + c.text("記録しました（位置 \(position)）: ", "Recorded at position \(position): ") + EventLabels.label(e, japanese: ja))
        }
        for note in outcome.notes { c.say(ja ? note.ja : note.en) }
    }
}
