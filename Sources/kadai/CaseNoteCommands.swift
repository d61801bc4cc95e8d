import Council
import EventStore
import JSON
import Projections

#if canImport(Glibc)
import Glibc
#endif

/// `kadai case add ISSUE --note TEXT` and `kadai forget REF`: case material (事例) kept in the vault
/// beside the log, cited by reference from the chain, and erasable on request.
enum CaseNoteCommands {
    static func add(_ c: Context) throws -> Int32 {
        let issue = c.command.positionals[0]
        let text = try note(c.command.value("note") ?? "")
        let on = try CommandBuilder(command: c.command, today: .todayInJapan).date("on")
        let store = try c.openStore()
        // Refused before the vault is touched when the issue is unknown.
        guard try CouncilLoader(store: store).state(issues: [issue]).issues[issue] != nil else {
            throw DomainError.unknownIssue(issue, known: c.knownIds("issue-"))
        }
        let kept = try Kept(text, c)
        let reference = kept.reference
        let outcome: CouncilWriter.Outcome
        do {
            var writer = CouncilWriter(store: store, caller: c.caller)
            writer.caseNotes = [reference.ref: reference]
            outcome = try writer.execute([.attachCaseNote(issue: issue, ref: reference.ref, on: on)])
        } catch {
            kept.withdraw()
            throw error
        }
        if c.json {
            c.printJSON(["ref": .string(reference.ref), "issue": .string(issue), "position": outcome.positions.map { .int(Int64($0.lowerBound)) } ?? .null])
        } else {
            c.say(reference.ref)
            if let p = outcome.positions {
                c.say(c.text("事例メモ \(reference.ref) を地域課題 \(issue) に記録しました（位置 \(p.lowerBound)）。本文はログではなく保管庫にあります。",
                             "Recorded case note \(reference.ref) for issue \(issue) at position \(p.lowerBound); its text is in the vault, not the log."))
            }
        }
        c.finishWriting(store)
        return 0
    }

    /// The text of a case note, held to the rule of every longer text: it is shown in `issue show`
    /// and internal timelines like any other.
    static func note(_ value: String) throws(DomainError) -> String {
        try TextRule.text.check(value, "case note")
    }

    /// A note put in the vault for a record still to be written, which a refusal takes back.
    struct Kept {
        let vault: Vault
        let reference: VaultReference
        /// The vault folder was made for this note.
        let madeTheVault: Bool

        init(_ text: String, _ c: Context) throws {
            vault = Vault(store: c.storePath)
            madeTheVault = !LocalFiles.exists(vault.directory)
            reference = try vault.put(text)
        }

        /// Nothing acknowledged cites the note: its text goes, and the vault folder if the note made
        /// it, so a refused command leaves the store as it was. Best effort: the refusal matters more.
        func withdraw() {
            _ = try? vault.forget(reference.ref)
            if madeTheVault { rmdir(vault.directory) }
        }
    }

    static func forget(_ c: Context) throws -> Int32 {
        let ref = c.command.positionals[0]
        let store = try c.openStore()
        let state = try CouncilLoader(store: store).fullState()
        guard let issue = state.issuesInOrder.first(where: { $0.caseNotes.contains { $0.ref == ref } }) else {
            throw DomainError.unknownCaseNote(ref)
        }
        let vault = Vault(store: c.storePath)
        if !issue.forgottenNotes.contains(ref) {
            let on = try CommandBuilder(command: c.command, today: .todayInJapan).date("on")
            _ = try CouncilWriter(store: store, caller: c.caller).execute([.forgetCaseNote(issue: issue.id, ref: ref, on: on)])
        }
        // Also when an earlier forget was recorded but could not delete the file.
        let deleted = try vault.forget(ref)
        c.finishWriting(store)
        guard deleted || !issue.forgottenNotes.contains(ref) else { throw DomainError.caseNoteAlreadyForgotten(ref) }
        c.say(c.text("事例メモ \(ref)（地域課題 \(issue.id)）の本文を保管庫から削除しました。記録の連鎖はそのままです。",
                     "Erased the text of case note \(ref) (issue \(issue.id)) from the vault; the chain of records is unchanged."))
        return 0
    }
}
