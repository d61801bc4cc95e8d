import Calendar
import Council
import Testing

// authorize: who may record what when a council enforces roles. One row per rule, each with an
// actor it lets through and one it refuses, and the exact refusal.

private let start = date("2020-04-01")
/// The day the table's commands are recorded on: every seat of `enforced` is held then.
private let today = date("2020-07-01")
private func seat(_ body: String, _ member: String, role: MemberRole = .member) -> CouncilCommand {
    .appointMember(MemberAppointed(body: body, member: member, affiliation: "事業所", category: .serviceProvider, role: role,
                                   partyConcerned: false, on: start))
}

/// The Fixture's bodies under enforced roles: minami sits on sodan, kikan on the steering meeting,
/// kurashi-1 on kurashi, jimu is sodan's secretariat; admin administers; K-0001 is with sodan.
private let enforced: CouncilState = {
    let commands: [CouncilCommand] = [.initialise(CouncilInitialised(name: Fixture.councilName, enforceRoles: true, admin: "admin", on: start))]
        + Array(Fixture.bodies.dropFirst())
        + [seat("sodan", "minami"), seat("steering", "kikan"), seat("kurashi", "kurashi-1"), seat("sodan", "jimu", role: .secretariat), Fixture.raise()]
    return run(commands).state
}()

struct RoleCase: Sendable, CustomTestStringConvertible {
    var name: String
    var command: CouncilCommand
    var allowed: [String]
    var refused: [(actor: String, error: DomainError)]
    var testDescription: String { name }
}

private let establish = CouncilCommand.establishBody(BodyEstablished(body: "shuro", name: "就労部会", kind: .subcommittee, on: start))
private let cases: [RoleCase] = [
    RoleCase(name: "bodies are managed by the admin and the secretariat", command: establish, allowed: ["admin", "jimu"],
             refused: [("minami", .notAllowed(actor: "minami", rule: .manageBodies)), ("kikan", .notAllowed(actor: "kikan", rule: .manageBodies))]),
    RoleCase(name: "members too", command: seat("sodan", "new"), allowed: ["admin", "jimu"],
             refused: [("minami", .notAllowed(actor: "minami", rule: .manageBodies))]),
    RoleCase(name: "and policies", command: .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2020), policy: "方針", on: start)),
             allowed: ["admin", "jimu"], refused: [("minami", .notAllowed(actor: "minami", rule: .manageBodies))]),
    RoleCase(name: "a body's meetings are recorded by its members", command: Fixture.meeting(on: "2020-07-01"), allowed: ["minami", "admin", "jimu"],
             refused: [("kurashi-1", .notAllowed(actor: "kurashi-1", rule: .bodyRecords(body: "sodan")))]),
    RoleCase(name: "an issue is raised by a member of the raising body", command: Fixture.raise(by: "kurashi"), allowed: ["kurashi-1", "jimu"],
             refused: [("minami", .notAllowed(actor: "minami", rule: .issueWork(body: "kurashi")))]),
    RoleCase(name: "and planned by the owner's members", command: Fixture.plan([1]), allowed: ["minami", "admin"],
             refused: [("kurashi-1", .notAllowed(actor: "kurashi-1", rule: .issueWork(body: "sodan"))),
                       ("kikan", .notAllowed(actor: "kikan", rule: .issueWork(body: "sodan")))]),
    RoleCase(name: "analysed", command: .analyseIssue(IssueAnalysed(issue: "K-0001", factors: ["要因"], focusCandidates: [], chosen: [], on: start)),
             allowed: ["minami"], refused: [("kurashi-1", .notAllowed(actor: "kurashi-1", rule: .issueWork(body: "sodan")))]),
    RoleCase(name: "closed", command: Fixture.close(), allowed: ["minami"],
             refused: [("kurashi-1", .notAllowed(actor: "kurashi-1", rule: .issueWork(body: "sodan")))]),
    RoleCase(name: "issues are assigned and transferred by the steering meeting",
             command: .transferIssue(issue: "K-0001", to: "kurashi", reason: nil, on: date("2020-07-01")), allowed: ["kikan", "admin", "jimu"],
             refused: [("minami", .notAllowed(actor: "minami", rule: .steering))]),
    RoleCase(name: "an actor with no seat is refused whatever the command", command: Fixture.meeting(on: "2020-07-01"), allowed: [],
             refused: [("stranger", .unknownActor("stranger")), ("", .unknownActor(""))]),
    RoleCase(name: "accounts are linked by the administrator alone, not the secretariat",
             command: .linkActor(ActorLinked(actor: "minami", account: .operatingSystem("tanaka"), on: today)), allowed: ["admin"],
             refused: [("jimu", .notAllowed(actor: "jimu", rule: .administer)), ("minami", .notAllowed(actor: "minami", rule: .administer)),
                       ("stranger", .unknownActor("stranger"))]),
    RoleCase(name: "and unlinked", command: .unlinkActor(account: .operatingSystem("tanaka"), on: today), allowed: ["admin"],
             refused: [("jimu", .notAllowed(actor: "jimu", rule: .administer))]),
]

/// A seat's dates against the day of recording (finding 13 of issue 11): one seat, tani on sodan.
struct SeatCase: Sendable, CustomTestStringConvertible {
    var name: String
    var appointed: String
    var retired: String?
    var recordedOn: String
    /// The business date the command carries, which does not decide the seat.
    var meetingOn = "2020-07-01"
    var refused: Bool
    var testDescription: String { name }
}

private let seatCases: [SeatCase] = [
    SeatCase(name: "held from the day of appointment", appointed: "2020-04-01", recordedOn: "2020-04-01", refused: false),
    SeatCase(name: "not the day before", appointed: "2020-04-02", recordedOn: "2020-04-01", refused: true),
    SeatCase(name: "an appointment dated 2099 does not let its member write today", appointed: "2099-01-01", recordedOn: "2026-05-01", refused: true),
    SeatCase(name: "a retirement dated 2099 does not stop its member today", appointed: "2020-04-01", retired: "2099-03-31", recordedOn: "2026-05-01", refused: false),
    SeatCase(name: "held the day before retirement", appointed: "2020-04-01", retired: "2020-08-01", recordedOn: "2020-07-31", refused: false),
    SeatCase(name: "not on the day of retirement", appointed: "2020-04-01", retired: "2020-08-01", recordedOn: "2020-08-01", refused: true),
    SeatCase(name: "nor after it, even for a meeting held while the seat was", appointed: "2020-04-01", retired: "2020-08-01",
             recordedOn: "2021-05-01", meetingOn: "2020-07-01", refused: true),
    SeatCase(name: "last year's meeting entered today by today's seat", appointed: "2021-04-01", recordedOn: "2021-05-01",
             meetingOn: "2020-07-01", refused: false),
]

/// The pieces of an identity check: the admin's account, minami's, and one nobody linked.
private let adminAccount = Account.operatingSystem("root")
private let minamiAccount = Account.operatingSystem("tanaka")
private let linked: CouncilState = run([.linkActor(ActorLinked(actor: "admin", account: adminAccount, on: today)),
                                        .linkActor(ActorLinked(actor: "minami", account: minamiAccount, on: today))], from: enforced).state

struct IdentityCase: Sendable, CustomTestStringConvertible {
    var name: String
    var account: Account?
    var named: String?
    var outcome: Result<Identity, DomainError>
    var testDescription: String { name }
}

private let identityCases: [IdentityCase] = [
    IdentityCase(name: "a linked account records as its actor", account: minamiAccount, named: nil, outcome: .success(Identity(actor: "minami"))),
    IdentityCase(name: "naming oneself changes nothing", account: minamiAccount, named: "minami", outcome: .success(Identity(actor: "minami"))),
    IdentityCase(name: "a member may not name another actor", account: minamiAccount, named: "kikan",
                 outcome: .failure(.actingAsNeedsAdmin(account: minamiAccount, linked: "minami", named: "kikan"))),
    IdentityCase(name: "the administrator may, and it is recorded", account: adminAccount, named: "kikan",
                 outcome: .success(Identity(actor: "kikan", onBehalf: RecordedOnBehalf(actor: "kikan", by: "admin", account: adminAccount, on: today)))),
    IdentityCase(name: "the administrator as itself", account: adminAccount, named: nil, outcome: .success(Identity(actor: "admin"))),
    IdentityCase(name: "an account nobody linked is refused by name, whatever it names", account: .operatingSystem("suzuki"), named: "admin",
                 outcome: .failure(.accountNotLinked(.operatingSystem("suzuki")))),
    IdentityCase(name: "an account the system gives no name", account: nil, named: nil, outcome: .failure(.accountWithoutName)),
]

@Suite struct RolesTests {
    @Test(arguments: cases) func eachRuleLetsItsActorsThroughAndRefusesTheOthers(_ c: RoleCase) {
        for actor in c.allowed {
            #expect(throws: Never.self, "\(actor)") { try CouncilDecider.authorize(c.command, actor: actor, on: today, enforced) }
        }
        for (actor, expected) in c.refused {
            let refusal = Result { () throws(DomainError) in try CouncilDecider.authorize(c.command, actor: actor, on: today, enforced) }
            #expect(refusal.error == expected, "\(actor)")
        }
    }

    @Test func withoutEnforcedRolesAnyoneMayRecord() {
        let open = run(Fixture.withIssue).state
        #expect(throws: Never.self) { try CouncilDecider.authorize(establish, actor: "anyone", on: today, open) }
        #expect(throws: Never.self) { try CouncilDecider.authorize(Fixture.plan([1]), actor: "anyone", on: today, open) }
    }

    @Test(arguments: seatCases) func aSeatCountsOnTheDaysItIsHeld(_ c: SeatCase) {
        var commands: [CouncilCommand] = [.initialise(CouncilInitialised(name: Fixture.councilName, enforceRoles: true, admin: "admin", on: start))]
            + Array(Fixture.bodies.dropFirst())
            + [.appointMember(MemberAppointed(body: "sodan", member: "tani", affiliation: "事業所", category: .serviceProvider, role: .member,
                                              partyConcerned: false, on: date(c.appointed)))]
        if let retired = c.retired { commands.append(.retireMember(MemberRetired(body: "sodan", member: "tani", on: date(retired)))) }
        let state = run(commands).state
        let refusal = Result { () throws(DomainError) in
            try CouncilDecider.authorize(Fixture.meeting(on: c.meetingOn), actor: "tani", on: date(c.recordedOn), state)
        }
        #expect(refusal.error == (c.refused ? .noSeatOn(actor: "tani", day: date(c.recordedOn)) : nil))
    }

    @Test(arguments: identityCases) func theActorOfAWriteComesFromTheAccount(_ c: IdentityCase) {
        let identity = Result { () throws(DomainError) in try CouncilDecider.identify(c.account, naming: c.named, on: today, linked) }
        #expect(identity == c.outcome)
    }

    @Test func linksAreKeptReplacedAndEndedInTheCouncilStream() {
        let relinked = run([.linkActor(ActorLinked(actor: "kikan", account: minamiAccount, on: today))], from: linked)
        #expect(relinked.events.map(\.stream) == ["council"])
        #expect(relinked.state.accounts[minamiAccount] == "kikan")
        #expect(relinked.state.councilVersion == linked.councilVersion + 1)
        let ended = run([.unlinkActor(account: minamiAccount, on: today)], from: relinked.state)
        #expect(ended.events == [.actorUnlinked(ActorUnlinked(actor: "kikan", account: minamiAccount, on: today))])
        #expect(ended.state.accounts[minamiAccount] == nil)
        // Linking again to the same actor records nothing.
        #expect(run([.linkActor(ActorLinked(actor: "minami", account: minamiAccount, on: today))], from: linked).events.isEmpty)
    }

    @Test(arguments: [
        (CouncilCommand.linkActor(ActorLinked(actor: "minmai", account: .operatingSystem("suzuki"), on: today)),
         DomainError.unknownActorToLink("minmai", known: ["admin", "kikan", "minami", "jimu", "kurashi-1"])),
        (.linkActor(ActorLinked(actor: "minami", account: .operatingSystem("-rf"), on: today)), .invalidAccount("-rf")),
        (.linkActor(ActorLinked(actor: "minami", account: .operatingSystem("田中"), on: today)), .invalidAccount("田中")),
        (.linkActor(ActorLinked(actor: "minami", account: .operatingSystem("a/b"), on: today)), .invalidAccount("a/b")),
        (.linkActor(ActorLinked(actor: "minami", account: .operatingSystem(String(repeating: "a", count: 65)), on: today)),
         .invalidAccount(String(repeating: "a", count: 65))),
        (.unlinkActor(account: .operatingSystem("suzuki"), on: today), .noSuchLink(.operatingSystem("suzuki"), known: ["root", "tanaka"])),
        (.unlinkActor(account: adminAccount, on: today), .lastAdministratorAccount(adminAccount)),
        (.linkActor(ActorLinked(actor: "minami", account: adminAccount, on: today)), .lastAdministratorAccount(adminAccount)),
    ])
    func aLinkIsRefusedWhenItWouldMislead(_ command: CouncilCommand, _ expected: DomainError) {
        let refusal = Result { () throws(DomainError) in try CouncilDecider.decide(command, linked) }
        #expect(refusal.error == expected)
    }

    @Test func anAdministratorWithTwoAccountsMayGiveUpOne() {
        let two = run([.linkActor(ActorLinked(actor: "admin", account: .operatingSystem("kanri"), on: today))], from: linked).state
        #expect(run([.unlinkActor(account: adminAccount, on: today)], from: two).state.accounts(of: "admin") == [.operatingSystem("kanri")])
    }

    @Test func withoutEnforcedRolesNoAccountIsLinked() {
        let open = run(Fixture.withIssue).state
        for command: CouncilCommand in [.linkActor(ActorLinked(actor: "secretariat", account: adminAccount, on: today)), .unlinkActor(account: adminAccount, on: today)] {
            #expect(Result { () throws(DomainError) in try CouncilDecider.decide(command, open) }.error == .rolesNotEnforced)
        }
    }

    @Test func enforcedRolesNeedAnAdministratorWithAValidId() {
        let noAdmin = Result { () throws(DomainError) in
            try CouncilDecider.decide(.initialise(CouncilInitialised(name: "X", enforceRoles: true, on: start)), CouncilDecider.initialState)
        }
        #expect(noAdmin.error == .adminNeeded)
        let badAdmin = Result { () throws(DomainError) in
            try CouncilDecider.decide(.initialise(CouncilInitialised(name: "X", enforceRoles: true, admin: "a b", on: start)), CouncilDecider.initialState)
        }
        #expect(badAdmin.error == .invalidId(field: "administrator id", id: "a b"))
    }
}

extension Result {
    var error: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
