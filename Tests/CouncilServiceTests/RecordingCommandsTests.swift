import Calendar
import Council
import CouncilService
import Testing

/// Commands declared once (issue 12): every declared command decodes from its fields and is
/// recorded through the service, and what a field cannot hold is refused naming the field.
@Suite struct RecordingCommandsTests {
    /// One accepted example of every declared command, in an order the council's rules accept,
    /// as a form or an `apply` line would give it.
    static let examples: [(words: String, positional: String, values: [String: [String]])] = [
        ("body establish", "unei", ["name": ["運営会議"], "kind": ["steering"], "on": ["2024-04-01"]]),
        ("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["部会"], "on": ["2024-04-01"]]),
        ("body establish", "shuro", ["name": ["就労部会"], "kind": ["subcommittee"], "on": ["R6.4.1"]]),
        ("body rename", "shuro", ["name": ["就労支援部会"], "on": ["2024-04-02"]]),
        ("body pause", "shuro", ["reason": ["人手不足"], "on": ["2024-04-03"]]),
        ("body resume", "shuro", ["on": ["2024-04-04"]]),
        ("body policy", "soudan", ["fy": ["R6"], "policy": ["相談先を明確にする"], "plan": ["冊子の作成"], "on": ["2024-04-05"]]),
        ("member appoint", "unei", ["member": ["kikan"], "affiliation": ["基幹相談支援センター"], "category": ["consultationSupport"], "role": ["chair"],
                                    "party-concerned": [], "on": ["2024-04-06"]]),
        ("member retire", "unei", ["member": ["kikan"], "on": ["2024-04-07"]]),
        ("meeting record", "soudan", ["on": ["2024-05-10"], "agenda": ["背景の整理", "事例の共有"], "format": ["online"], "number": ["1"]]),
        ("issue raise", "", ["title": ["相談先が分からない"], "by": ["soudan"], "on": ["2024-05-11"], "source": ["個別支援"],
                              "category": ["地域移行・地域定着支援"], "group": ["精神"], "area": ["栃尾"], "summary": ["退院後の相談先"]]),
        ("issue assign", "K-0001", ["to": ["shuro"], "reason": ["就労の課題"], "on": ["2024-05-12"]]),
        ("issue transfer", "K-0001", ["to": ["soudan"], "reason": ["戻す"], "on": ["2024-05-13"]]),
        ("issue analyze", "K-0001", ["factor": ["情報不足"], "focus": ["周知"], "chosen": ["周知"], "evidence": ["事例3件"], "on": ["2024-05-14"]]),
        ("issue plan", "K-0001", ["goal": ["相談先が明確"], "action": ["事務局|民生委員|冊子を配る|R7.3.31|情報,開発"], "on": ["2024-05-15"]]),
        ("issue act", "K-0001", ["on": ["2024-06-01"], "summary": ["冊子を作成"], "kind": ["deliverable"], "action": ["1=inProgress"], "function": ["情報"]]),
        ("issue evaluate", "K-0001", ["fy": ["2024"], "outcome": ["冊子ができた"], "function": ["開発"], "decision": ["continue"], "next": ["配布"], "on": ["2025-03-20"]]),
        ("issue carry-over", "K-0001", ["note": ["配布へ"], "on": ["2025-04-01"]]),
        ("issue close", "K-0001", ["reason": ["resolved"], "note": ["配布済み"], "on": ["2025-06-01"]]),
        ("issue reopen", "K-0001", ["reason": ["再び相談が増えた"], "on": ["2025-07-01"]]),
        ("review record", "soudan", ["fy": ["R6"], "summary": ["冊子"], "comment": ["よかった"], "function": ["情報"], "next": ["continue"],
                                     "next-policy": ["配布"], "next-plan": ["説明会"], "handover": ["在庫"], "to-steering": ["予算"], "on": ["2025-03-25"]]),
        ("meeting plan", "soudan", ["fy": ["R7"], "kind": ["training"], "date": ["R7.12"], "on": ["2025-04-01"], "topic": ["災害対策研修"], "note": ["外部講師"]]),
        ("meeting postpone", "soudan", ["plan": ["soudan-2025-p1"], "to": ["R8.1"], "reason": ["講師の都合"], "on": ["2025-11-01"]]),
        ("meeting cancel", "soudan", ["plan": ["soudan-2025-p1"], "reason": ["感染拡大"]]),
        ("body activity", "soudan", ["kind": ["training"], "title": ["感染症対策研修"], "on": ["2025-12-10"], "lecturer": ["市内病院 看護師"], "plan": ["soudan-2025-p1"]]),
        ("body status", "soudan", ["fy": ["R6"], "direction": ["次年度も開催する"], "on": ["2025-01-15"]]),
        ("meeting count", "soudan", ["fy": ["R5"], "count": ["7"], "note": ["年7回開催"]]),
        ("work item", "unei", ["fy": ["R6"], "number": ["1"], "title": ["地域の障害福祉の資源の把握"]]),
        ("work progress", "unei", ["fy": ["R6"], "item": ["1"], "text": ["ふくしマップを作成した。"], "on": ["R6.9.21", "令和7年1月"]]),
        ("work result", "unei", ["fy": ["R6"], "item": ["1"], "number": ["1"], "text": ["利便性が向上した。"]]),
        ("work plan", "unei", ["fy": ["R6"], "item": ["1"], "text": ["情報検索システムへ移行する。"], "new": ["情報検索システム"]]),
        ("work as-of", "unei", ["fy": ["R6"], "on": ["令和7年3月"]]),
        ("work carry-over", "unei", ["from": ["R6"], "on": ["2025-04-01"]]),
        ("body dissolve", "shuro", ["successor": ["soudan"], "reason": ["統合"], "on": ["2025-03-31"]]),
    ]

    /// Linking needs a council that checks roles: its administrator links a seat's account.
    static let roleExamples: [(words: String, positional: String, values: [String: [String]])] = [
        ("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]]),
        ("member appoint", "soudan", ["member": ["minami"], "affiliation": ["南事業所"], "category": ["consultationSupport"], "on": ["2024-04-01"]]),
        ("actor link", "tanaka", ["actor": ["minami"]]),
        ("actor unlink", "tanaka", [:]),
    ]

    @Test func everyDeclaredCommandDecodesAndIsRecorded() throws {
        let declared = Set(RecordingCommands.all.map(\.name)).subtracting(CouncilServiceMaterialTests.declaredNames)
        #expect(Set((Self.examples + Self.roleExamples).map(\.words) + ["rules adopt"]) == declared, "a declared command without an example")
        let f = try ServiceFixture()
        for e in Self.examples {
            let recorded = try f.record(e.words, e.positional, e.values)
            #expect(recorded.positions != nil, "\(e.words) recorded nothing")
        }
        // A council begun today keeps the current edition: adopting it is already so.
        #expect(try f.record("rules adopt", "", [:]).positions == nil)
        let roles = try ServiceFixture(enforceRoles: true)
        let admin = Caller(named: nil, account: ServiceFixture.caller.account)
        for e in Self.roleExamples {
            let recorded = try roles.record(e.words, e.positional, e.values, as: admin)
            #expect(recorded.positions != nil, "\(e.words) recorded nothing")
        }
    }

    @Test func everyDeclarationHasHelpInBothLanguages() {
        for d in RecordingCommands.all {
            let texts = [d.abstract] + (d.positional.map { [$0.help] } ?? []) + d.fields.map(\.help)
            for t in texts {
                #expect(!t.ja.isEmpty && !t.en.isEmpty && t.ja != t.en, "\(d.name): \(t)")
            }
            #expect(Set(d.fields.map(\.name)).count == d.fields.count, "\(d.name) declares a field twice")
        }
    }

    static let refusals: [(what: String, words: String, positional: String, values: [String: [String]], field: String?, english: String)] = [
        ("a required field left out", "issue raise", "", ["by": ["soudan"]], "title", "FIELD is required."),
        ("a field the command does not have", "issue raise", "", ["title": ["t"], "by": ["soudan"], "titel": ["t"]], "titel", "'issue raise' has no FIELD."),
        ("a single value given twice", "issue raise", "", ["title": ["a", "b"], "by": ["soudan"]], "title", "FIELD was given more than once. Give it only once."),
        ("an empty value", "issue raise", "", ["title": [""], "by": ["soudan"]], "title", "FIELD was given an empty value. Give a value."),
        ("a value for a yes/no field", "member appoint", "soudan", ["member": ["m"], "affiliation": ["a"], "category": ["consultationSupport"], "party-concerned": ["yes"]],
         "party-concerned", "FIELD takes no value: give it or leave it out."),
        ("a value outside the choices", "issue evaluate", "K-0001", ["fy": ["R6"], "outcome": ["o"], "decision": ["maybe"]], "decision", "FIELD cannot be 'maybe'. Use one of: continue, close."),
        ("too many values", "meeting record", "soudan", ["on": ["2024-05-01"], "agenda": Array(repeating: "a", count: 201)], "agenda", "FIELD holds 201 values; at most 200 are taken at once."),
        ("the positional left out", "issue close", "", ["reason": ["resolved"]], nil, "'issue close' needs ID."),
        ("a date that does not exist", "issue raise", "", ["title": ["t"], "by": ["soudan"], "on": ["S64.1.8"]], "on", "FIELD: "),
        ("a word not in the vocabulary", "body establish", "x", ["name": ["X"], "kind": ["committee"]], "kind", "FIELD cannot be 'committee'."),
        ("a malformed action", "issue plan", "K-0001", ["goal": ["g"], "action": ["only one part"]], "action", "FIELD 'only one part' must read WHO|TOWARD|WHAT|DUE|FUNCTIONS"),
        ("an amendment without the number it replaces", "work result", "unei", ["fy": ["R5"], "item": ["1"], "text": ["t"], "amend": []], "number",
         "To amend, give the number of the entry it replaces (FIELD)."),
        ("a progress date that is no date", "work progress", "unei", ["fy": ["R5"], "item": ["1"], "text": ["t"], "on": ["R5.9.21", "R5.13"]], "on", "FIELD: "),
        ("a 時点 that is no date", "work as-of", "unei", ["fy": ["R5"], "on": ["3月末"]], "on", "FIELD: "),
    ]

    @Test(arguments: refusals.indices)
    func aValueTheCommandCannotTakeIsRefusedNamingItsField(_ i: Int) throws {
        let r = Self.refusals[i]
        let declaration = try #require(RecordingCommands.named(r.words))
        let input = CommandInput(positional: r.positional, values: r.values, today: CalendarDate(year: 2024, month: 6, day: 1)!)
        do {
            _ = try declaration.decode(input)
            Issue.record("\(r.what): accepted")
        } catch {
            #expect(error.field == r.field, "\(r.what)")
            let text = error.text(japanese: false, fieldName: "FIELD")
            #expect(text.hasPrefix(r.english) || text.contains(r.english), "\(r.what): \(text)")
            #expect(!error.text(japanese: true, fieldName: "FIELD").isEmpty)
        }
    }
}
