import Calendar
import Council
import Testing

// authorize: who may record what when a council enforces roles. One row per rule, each with an
// actor it lets through and one it refuses, and the exact refusal.

private let start = date("2020-04-01")
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
]

@Suite struct RolesTests {
    @Test(arguments: cases) func eachRuleLetsItsActorsThroughAndRefusesTheOthers(_ c: RoleCase) {
        for actor in c.allowed {
            #expect(throws: Never.self, "\(actor)") { try CouncilDecider.authorize(c.command, actor: actor, enforced) }
        }
        for (actor, expected) in c.refused {
            let refusal = Result { () throws(DomainError) in try CouncilDecider.authorize(c.command, actor: actor, enforced) }
            #expect(refusal.error == expected, "\(actor)")
        }
    }

    @Test func withoutEnforcedRolesAnyoneMayRecord() {
        let open = run(Fixture.withIssue).state
        #expect(throws: Never.self) { try CouncilDecider.authorize(establish, actor: "anyone", open) }
        #expect(throws: Never.self) { try CouncilDecider.authorize(Fixture.plan([1]), actor: "anyone", open) }
    }

    @Test func aRetiredMemberNoLongerHasASeat() {
        var state = enforced
        for e in try! CouncilDecider.decide(.retireMember(MemberRetired(body: "sodan", member: "minami", on: date("2020-08-01"))), state) {
            CouncilDecider.evolve(&state, e)
        }
        let refusal = Result { () throws(DomainError) in try CouncilDecider.authorize(Fixture.plan([1]), actor: "minami", state) }
        #expect(refusal.error == .unknownActor("minami"))
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
