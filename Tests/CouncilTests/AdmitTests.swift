import Calendar
import Council
import Testing

// admit: an event read back from a history (an import) is decided again from the command that
// records it, and must be exactly what `decide` records (issue 11, finding 15).

private let day = date("2021-01-15")

/// `Fixture.withIssue` where roles are enforced: minami sits on sodan; tanaka reaches the
/// administrator, suzuki reaches minami.
private let enforced: [CouncilCommand] = [.initialise(CouncilInitialised(name: "協議会", enforceRoles: true, admin: "admin", on: Fixture.start))]
    + Array(Fixture.withIssue.dropFirst())
    + [.appointMember(MemberAppointed(body: "sodan", member: "minami", affiliation: "市", category: .government, role: .member,
                                      partyConcerned: false, on: Fixture.start)),
       .linkActor(ActorLinked(actor: "admin", account: .operatingSystem("tanaka"), on: day)),
       .linkActor(ActorLinked(actor: "minami", account: .operatingSystem("suzuki"), on: day))]

struct Inadmissible: Sendable, CustomTestStringConvertible {
    var name: String
    var given: [CouncilCommand]
    var event: CouncilEvent
    var error: DomainError
    var testDescription: String { name }
}

private func raised(_ id: String = "K-0002", title: String = "題", by body: String = "sodan", summary: String? = nil) -> CouncilEvent {
    .issueRaised(IssueRaised(issue: id, title: title, raisedBy: body, categories: [], groups: [], summary: summary, on: day))
}
private func onBehalf(of actor: String, by: String = "admin", account: String = "tanaka") -> CouncilEvent {
    .recordedOnBehalf(RecordedOnBehalf(actor: actor, by: by, account: .operatingSystem(account), on: day))
}
private let bodies = ["steering", "sodan", "kurashi"]

private let inadmissible: [Inadmissible] = [
    Inadmissible(name: "an issue raised by a body that does not exist", given: Fixture.withIssue, event: raised(by: "ghost"),
                 error: .unknownBody("ghost", known: bodies)),
    Inadmissible(name: "an event before the council is set up", given: [], event: raised(), error: .notInitialised),
    Inadmissible(name: "a second setting up", given: Fixture.bodies, event: .councilInitialised(CouncilInitialised(name: "別の協議会", on: day)),
                 error: .alreadyInitialised(name: Fixture.councilName)),
    Inadmissible(name: "a meeting of a body before it was set up", given: Fixture.bodies,
                 event: .meetingRecorded(MeetingRecorded(body: "sodan", on: date("2020-03-01"), number: 1, format: .inPerson, agenda: [], issues: [], decisions: [])),
                 error: .meetingBeforeEstablished(body: "sodan", date: date("2020-03-01"), established: Fixture.start)),
    Inadmissible(name: "a meeting number given twice in a year", given: Fixture.bodies + [Fixture.meeting(on: "2020-05-01")],
                 event: .meetingRecorded(MeetingRecorded(body: "sodan", on: date("2020-06-01"), number: 1, format: .inPerson, agenda: [], issues: [], decisions: [])),
                 error: .duplicateMeetingNumber(body: "sodan", number: 1, year: fy(2020))),
    Inadmissible(name: "a case note forgotten that was never attached", given: Fixture.withIssue,
                 event: .caseNoteForgotten(CaseNoteForgotten(issue: "K-0001", ref: "N-0123456789ab", on: day)), error: .unknownCaseNote("N-0123456789ab")),
    Inadmissible(name: "work on a closed issue", given: Fixture.withIssue + [Fixture.close(on: "2020-12-01")],
                 event: .issueAnalysed(IssueAnalysed(issue: "K-0001", factors: ["要因"], focusCandidates: [], chosen: [], on: day)),
                 error: .issueClosed("K-0001", on: date("2020-12-01"))),
    Inadmissible(name: "an action advanced with no plan", given: Fixture.withIssue,
                 event: .activityLogged(ActivityLogged(issue: "K-0001", summary: "会議", kind: .meeting, advances: [ActionAdvance(action: 1, status: .done)],
                                                       functions: [], on: day)), error: .noPlan("K-0001")),
    Inadmissible(name: "a body renamed from a name it never had", given: Fixture.bodies,
                 event: .bodyRenamed(BodyRenamed(body: "kurashi", name: "暮らし部会", previousName: "旧名", on: day)),
                 error: .notAsWritten(field: "previousName", recorded: #""旧名""#, written: #""地域生活移行部会""#)),
    Inadmissible(name: "an issue transferred from a body that did not own it", given: Fixture.withIssue,
                 event: .issueTransferred(IssueTransferred(issue: "K-0001", from: "steering", to: "kurashi", on: day)),
                 error: .notAsWritten(field: "from", recorded: #""steering""#, written: #""sodan""#)),
    Inadmissible(name: "a plan with a revision number out of turn", given: Fixture.withIssue,
                 event: .actionPlanAdopted(ActionPlanAdopted(issue: "K-0001", revision: 3, goal: "目標", actions: [Fixture.action(1)], on: day)),
                 error: .notAsWritten(field: "revision", recorded: "3", written: "1")),
    Inadmissible(name: "a carry-over to a year that does not follow", given: Fixture.withIssue,
                 event: .issueCarriedOver(IssueCarriedOver(issue: "K-0001", from: fy(2020), to: fy(2023), on: day)),
                 error: .notAsWritten(field: "to", recorded: "2023", written: "2021")),
    Inadmissible(name: "an issue raised with no id", given: Fixture.withIssue, event: raised(""),
                 error: .notAsWritten(field: "issue", recorded: #""""#, written: #""K-0002""#)),
    Inadmissible(name: "a title with spaces around it, which kadai trims", given: Fixture.withIssue, event: raised(title: " 題 "),
                 error: .notAsWritten(field: "title", recorded: #"" 題 ""#, written: #""題""#)),
    Inadmissible(name: "a summary with CRLF line breaks, which kadai writes as LF", given: Fixture.withIssue, event: raised(summary: "一\r\n二"),
                 error: .notAsWritten(field: "summary", recorded: #""一\r\n二""#, written: #""一\n二""#)),
    Inadmissible(name: "a title with a terminal escape", given: Fixture.withIssue, event: raised(title: "題\u{1B}]0;x\u{07}"),
                 error: .controlCharacter(field: "title")),
    Inadmissible(name: "an id that climbs out of a folder", given: Fixture.bodies,
                 event: .bodyEstablished(BodyEstablished(body: "../x", name: "部会", kind: .subcommittee, on: day)), error: .invalidId(field: "body id", id: "../x")),
    Inadmissible(name: "an id Windows keeps for a device", given: Fixture.bodies,
                 event: .bodyEstablished(BodyEstablished(body: "CON", name: "部会", kind: .subcommittee, on: day)), error: .reservedId(field: "body id", id: "CON")),
    Inadmissible(name: "a council without roles that names an administrator", given: [],
                 event: .councilInitialised(CouncilInitialised(name: "協議会", enforceRoles: false, admin: "admin", on: day)),
                 error: .notAsWritten(field: "admin", recorded: #""admin""#, written: nil)),
    Inadmissible(name: "a link already in place", given: enforced, event: .actorLinked(ActorLinked(actor: "minami", account: .operatingSystem("suzuki"), on: day)),
                 error: .changesNothing),
    Inadmissible(name: "a link to nobody", given: enforced, event: .actorLinked(ActorLinked(actor: "ghost", account: .operatingSystem("sato"), on: day)),
                 error: .unknownActorToLink("ghost", known: ["admin", "minami"])),
    Inadmissible(name: "an unlink naming another actor than the account reached", given: enforced,
                 event: .actorUnlinked(ActorUnlinked(actor: "admin", account: .operatingSystem("suzuki"), on: day)),
                 error: .notAsWritten(field: "actor", recorded: #""admin""#, written: #""minami""#)),
    Inadmissible(name: "a record on behalf where roles are not enforced", given: Fixture.withIssue, event: onBehalf(of: "minami"), error: .rolesNotEnforced),
    Inadmissible(name: "a record on behalf through an account no one linked", given: enforced, event: onBehalf(of: "minami", account: "sato"),
                 error: .accountNotLinked(.operatingSystem("sato"))),
    Inadmissible(name: "a record on behalf made by a member", given: enforced, event: onBehalf(of: "admin", by: "minami", account: "suzuki"),
                 error: .actingAsNeedsAdmin(account: .operatingSystem("suzuki"), linked: "minami", named: "admin")),
    Inadmissible(name: "a record on behalf naming another administrator than the account's", given: enforced, event: onBehalf(of: "minami", by: "boss"),
                 error: .notAsWritten(field: "by", recorded: #""boss""#, written: #""admin""#)),
    Inadmissible(name: "a record on behalf of oneself", given: enforced, event: onBehalf(of: "admin"), error: .changesNothing),
]

@Suite struct AdmitTests {
    @Test(arguments: examples) func whatDecideRecordsIsAdmitted(_ example: Example) throws {
        let state = run(example.given).state
        let events = try CouncilDecider.decide(example.command, state)
        // `admit` decides each event's command alone: a command recording several events would need more.
        #expect(events.count == 1, "\(example.name) records \(events.count) events")
        for event in events { #expect(throws: Never.self, "\(example.name)") { try CouncilDecider.admit(event, state) } }
    }

    @Test func everyEventButARecordOnBehalfHasTheCommandThatRecordsIt() {
        for (event, _) in EventExamples.full {
            let command = CouncilCommand(recording: event)
            if case .recordedOnBehalf = event { #expect(command == nil) } else { #expect(command != nil, "\(event.typeName)") }
        }
    }

    @Test func aRecordOnBehalfAsTheWriterMakesItIsAdmitted() throws {
        let state = run(enforced).state
        let identity = try CouncilDecider.identify(.operatingSystem("tanaka"), naming: "minami", on: day, state)
        let written = try #require(identity.onBehalf)
        #expect(throws: Never.self) { try CouncilDecider.admit(.recordedOnBehalf(written), state) }
    }

    @Test(arguments: inadmissible) func anEventNoCouncilDecidedIsRefused(_ row: Inadmissible) {
        let state = run(row.given).state
        #expect(throws: row.error) { try CouncilDecider.admit(row.event, state) }
    }

    /// Ids recorded before issue 11 narrowed new ids to ASCII — written here as a store of then
    /// would hold them, without `decide` — are still admitted, and still refused as new input.
    @Test func aHistoryWithIdsInJapaneseIsAdmitted() throws {
        let history: [CouncilEvent] = [
            .councilInitialised(CouncilInitialised(name: Fixture.councilName, rules: 1, on: Fixture.start)),
            .bodyEstablished(BodyEstablished(body: "相談部会", name: "相談支援部会", kind: .subcommittee, on: Fixture.start)),
            .memberAppointed(MemberAppointed(body: "相談部会", member: "基幹センター", affiliation: "基幹相談支援センター", category: .consultationSupport,
                                             role: .chair, partyConcerned: false, on: Fixture.start)),
            .issueRaised(IssueRaised(issue: "課題1", title: "精神障害者が地域で暮らしにくい", raisedBy: "相談部会", categories: [], groups: [], on: day)),
            .meetingRecorded(MeetingRecorded(body: "相談部会", on: day, number: 1, format: .inPerson, agenda: ["事例検討"], issues: ["課題1"], decisions: [])),
            .activityLogged(ActivityLogged(issue: "課題1", summary: "会議", kind: .meeting, meeting: "相談部会-1", advances: [], functions: [], on: day)),
        ]
        var state = CouncilDecider.initialState
        for event in history {
            #expect(throws: Never.self, "\(event.typeName)") { try CouncilDecider.admit(event, state) }
            CouncilDecider.evolve(&state, event)
        }
        let typedToday = CouncilCommand.establishBody(BodyEstablished(body: "就労部会", name: "就労部会", kind: .subcommittee, on: day))
        #expect(throws: DomainError.invalidId(field: "body id", id: "就労部会")) { try CouncilDecider.decide(typedToday, state) }
    }
}
