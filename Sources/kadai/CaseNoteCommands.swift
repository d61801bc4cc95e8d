import Calendar
import Council
import CouncilService

/// `kadai case add ISSUE --note TEXT` and `kadai forget REF`: case material (事例) kept in the vault
/// beside the log, cited by reference from the chain, and erasable on request (the service's
/// use-cases; this prints what they did).
enum CaseNoteCommands {
    static func add(_ c: Context) throws -> Int32 {
        let issue = c.command.positionals[0]
        let on = try onDate(c)
        let service = try c.openService()
        let kept = try service.keepCaseNote(c.command.value("note") ?? "", for: issue, on: on, as: c.caller)
        if c.json {
            c.printJSON(["ref": .string(kept.reference), "issue": .string(issue), "position": kept.position.map { .int(Int64($0)) } ?? .null])
        } else {
            c.say(kept.reference)
            if let p = kept.position {
                c.say(c.text("事例メモ \(kept.reference) を地域課題 \(issue) に記録しました（位置 \(p)）。本文はログではなく保管庫にあります。",
                             "Recorded case note \(kept.reference) for issue \(issue) at position \(p); its text is in the vault, not the log."))
            }
        }
        c.finishWriting(service)
        return 0
    }

    static func forget(_ c: Context) throws -> Int32 {
        let ref = c.command.positionals[0]
        let on = try onDate(c)
        let service = try c.openService()
        let issue = try service.forgetCaseNote(ref, on: on, as: c.caller)
        c.finishWriting(service)
        c.say(c.text("事例メモ \(ref)（地域課題 \(issue)）の本文を保管庫から削除しました。記録の連鎖はそのままです。",
                     "Erased the text of case note \(ref) (issue \(issue)) from the vault; the chain of records is unchanged."))
        return 0
    }

    static func onDate(_ c: Context) throws(CommandError) -> CalendarDate {
        try c.command.value("on").map { text throws(CommandError) in try CommandBuilder.date(text, option: "on") } ?? .todayInJapan
    }
}
