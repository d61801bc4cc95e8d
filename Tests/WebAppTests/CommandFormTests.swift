import Calendar
import Council
import CouncilService
import TestSupport
import Testing
@testable import WebApp

/// Forms made from the command declarations: every command has one whose inputs are its fields;
/// what is typed comes back escaped; a refusal stands beside its field with everything kept and
/// nothing written; rows of a plan are added and removed without a script.
@Suite struct CommandFormTests {
    static let today = CalendarDate(year: 2024, month: 6, day: 1)!
    static let caller = Caller(named: "secretariat", account: .operatingSystem("tester"))

    final class Council: @unchecked Sendable {
        let folder: TemporaryFolder
        let service: CouncilService
        /// `enforceRoles`: the administrator is `city-admin`, the test's account linked to it.
        init(enforceRoles: Bool = false) throws {
            folder = try TemporaryFolder("webapp")
            service = try CouncilService.create(at: folder.path("EventLog"), council: CouncilInitialised(name: "サンプル市障害者自立支援協議会", enforceRoles: enforceRoles,
                                                admin: enforceRoles ? "city-admin" : nil, on: CalendarDate(year: 2019, month: 4, day: 1)!),
                                                caller: Caller(named: nil, account: CommandFormTests.caller.account), segmentBytes: 1 << 20).service
            let body = try #require(RecordingCommands.named("body establish"))
            _ = try service.record(body, CommandInput(positional: "soudan", values: ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]],
                                                      today: CommandFormTests.today), as: enforceRoles ? Caller(named: nil, account: CommandFormTests.caller.account) : CommandFormTests.caller)
        }
    }

    static func names(in html: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(html)
        while let r = rest.range(of: "name=\"") {
            rest = rest[r.upperBound...]
            if let end = rest.firstIndex(of: "\"") { names.insert(String(rest[..<end])); rest = rest[end...] }
        }
        return names
    }

    @Test(arguments: RecordingCommands.all.map(\.name)) func everyCommandHasAFormOfItsFields(_ name: String) throws {
        let declaration = try #require(RecordingCommands.named(name))
        let html = CommandFormHTML(form: CommandForm(declaration), japanese: true, action: "/x", hidden: [("_csrf", "t")], positionalFixed: false).render()
        let expected = Set(declaration.fields.flatMap(CommandForm.inputNames(of:)) + ["_csrf", "_do"] + (declaration.positional == nil ? [] : ["_id"])
                           + (declaration.fields.contains { $0.repeatable } ? ["_add"] : []))
        #expect(Self.names(in: html) == expected)
        for field in declaration.fields { #expect(!FieldLabel.label(field.help, japanese: true).isEmpty && !FieldLabel.label(field.help, japanese: false).isEmpty) }
    }

    @Test func whatWasTypedComesBackEscaped() throws {
        let raise = try #require(RecordingCommands.named("issue raise"))
        let (form, _) = CommandForm.submitted(raise, positional: "", pairs: [("title", "<script>alert(1)</script>\"'&")])
        let html = CommandFormHTML(form: form, japanese: true, action: "/issues", hidden: [], positionalFixed: false).render()
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
    }

    @Test func aRefusalStandsBesideItsFieldAndNothingIsWritten() throws {
        let council = try Council()
        let raise = try #require(RecordingCommands.named("issue raise"))
        let before = council.service.head
        let (form, intent) = CommandForm.submitted(raise, positional: "", pairs: [("title", ""), ("by", "soudan"), ("summary", "概要です"), ("_do", "record")])
        guard case .shownAgain(let again) = try FormSubmission.handle(form, intent: intent, service: council.service, as: Self.caller, today: Self.today, japanese: true)
        else { Issue.record("a raise without a title was recorded"); return }
        #expect(again.errors["title"]?.contains("「課題名」") == true)
        let html = CommandFormHTML(form: again, japanese: true, action: "/issues", hidden: [], positionalFixed: false).render()
        #expect(html.contains("概要です") && html.contains("aria-invalid=\"true\"") && html.contains("f-title-error"))
        #expect(council.service.head == before, "nothing written")

        let (unknown, _) = CommandForm.submitted(raise, positional: "", pairs: [("title", "住まい"), ("by", "nobody")])
        guard case .shownAgain(let refused) = try FormSubmission.handle(unknown, intent: .record, service: council.service, as: Self.caller,
                                                                        today: Self.today, japanese: true) else { Issue.record("recorded"); return }
        #expect(refused.errors[""]?.contains("nobody") == true && council.service.head == before)
    }

    /// The rules' refusals that concern one field (a second review without 修正, a meeting that is
    /// not recorded) stand beside that field, not above the form.
    @Test func aRuleRefusalAboutOneFieldStandsBesideIt() throws {
        let council = try Council()
        let review = try #require(RecordingCommands.named("review record"))
        let pairs = [("fy", "R6"), ("summary", "まとめ"), ("next", "continue")]
        _ = try council.service.record(review, CommandInput(positional: "soudan", values: ["fy": ["R6"], "summary": ["まとめ"], "next": ["continue"]],
                                                            today: Self.today), as: Self.caller)
        let before = council.service.head
        let (again, _) = CommandForm.submitted(review, positional: "soudan", pairs: pairs)
        guard case .shownAgain(let refused) = try FormSubmission.handle(again, intent: .record, service: council.service, as: Self.caller,
                                                                        today: Self.today, japanese: true) else { Issue.record("recorded twice"); return }
        #expect(refused.errors["amend"]?.contains("修正") == true && refused.errors[""] == nil, "\(refused.errors)")
        #expect(council.service.head == before)

        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try council.service.record(raise, CommandInput(values: ["title": ["住まい"], "by": ["soudan"]], today: Self.today), as: Self.caller)
        let act = try #require(RecordingCommands.named("issue act"))
        let (unknown, _) = CommandForm.submitted(act, positional: "K-0001", pairs: [("on", "R6.5.1"), ("summary", "訪問"), ("meeting", "soudan-2024-9")])
        guard case .shownAgain(let meeting) = try FormSubmission.handle(unknown, intent: .record, service: council.service, as: Self.caller,
                                                                        today: Self.today, japanese: true) else { Issue.record("recorded"); return }
        #expect(meeting.errors["meeting"]?.contains("soudan-2024-9") == true, "\(meeting.errors)")
    }

    @Test func aPlanGrowsAndShrinksByRowsAndIsRecordedWhole() throws {
        let council = try Council()
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try council.service.record(raise, CommandInput(values: ["title": ["住まい"], "by": ["soudan"]], today: Self.today), as: Self.caller)
        let plan = try #require(RecordingCommands.named("issue plan"))
        let row1 = [("action.0", "事務局"), ("action.1", "民生委員"), ("action.2", "冊子を配る"), ("action.3", "R6.9.30"), ("action.4", "情報")]
        let (grown, add) = CommandForm.submitted(plan, positional: "K-0001", pairs: [("goal", "安心")] + row1 + [("_add", "action")])
        #expect(add == .addRow("action") && grown.rows["action"] == 2)
        guard case .shownAgain = try FormSubmission.handle(grown, intent: add, service: council.service, as: Self.caller, today: Self.today, japanese: true)
        else { Issue.record("adding a row recorded"); return }

        let row2 = [("action.0", "相談支援部会"), ("action.1", "事業所"), ("action.2", "研修する"), ("action.3", ""), ("action.4", "")]
        let blank = [("action.0", ""), ("action.1", ""), ("action.2", ""), ("action.3", ""), ("action.4", "")]
        let (shrunk, remove) = CommandForm.submitted(plan, positional: "K-0001", pairs: [("goal", "安心")] + row1 + blank + row2 + [("_remove", "action:1")])
        #expect(remove == .removeRow("action", 1) && shrunk.rows["action"] == 2 && shrunk.row(1, of: plan.fields[1]) == ["相談支援部会", "事業所", "研修する", "", ""])

        guard case .recorded(let recorded) = try FormSubmission.handle(shrunk, intent: .record, service: council.service, as: Self.caller,
                                                                       today: Self.today, japanese: true) else { Issue.record("the plan was refused"); return }
        #expect(recorded.events.count == 1)
        #expect(try council.service.issue("K-0001")?.currentPlan?.actions.map(\.what) == ["冊子を配る", "研修する"])
    }

    @Test(arguments: ["category:-1", "category:99999999999999999999", "category:201", "nothing:0", "category", ":"])
    func aForgedRowToRemoveRemovesNothingAndBreaksNothing(_ remove: String) throws {
        let raise = try #require(RecordingCommands.named("issue raise"))
        let (form, intent) = CommandForm.submitted(raise, positional: "", pairs: [("category", "a"), ("_remove", remove)])
        #expect(intent == .record && form.typed["category"] == ["a"])
    }

    @Test func aForgedFormOfAMillionRowsShowsOneRowPastWhatACommandTakes() throws {
        let plan = try #require(RecordingCommands.named("issue plan"))
        let pairs = [("goal", "安心")] + Array(repeating: ("action.0", "x"), count: 100_000)
        let (form, _) = CommandForm.submitted(plan, positional: "K-0001", pairs: pairs)
        #expect(form.typed["action.0"]?.count == CommandDeclaration.maximumValues + 1)
        #expect(throws: InputRefusal.self) { try plan.decode(form.input(today: Self.today)) }
    }

    @Test func labelsAreTheHelpUpToItsExplanation() throws {
        let fy = try #require(RecordingCommands.named("body policy")?.fields.first { $0.name == "fy" })
        #expect(FieldLabel.label(fy.help, japanese: true) == "年度" && FieldLabel.label(fy.help, japanese: false) == "The fiscal year")
        let action = try #require(RecordingCommands.named("issue plan")?.fields.first { $0.name == "action" })
        #expect(FieldLabel.parts(of: action, japanese: true) == ["誰が", "誰に対して", "何をどのように", "いつまでに", "機能"])
        #expect(FieldLabel.parts(of: action, japanese: false)?.count == 5)
    }
}
