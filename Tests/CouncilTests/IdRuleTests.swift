import Calendar
import Council
import Testing

// The id rule (issue 11, finding 14): ASCII letters, digits, '-', '_' and '.', starting with a
// letter or digit, at most 64, no '..' or final '.', no Windows device name — for every id the council is given. Ids already in a
// log stay readable and usable.

private let day = date("2021-04-01")

/// Every command that gives the council a new id, with `id` in that place.
private let givingAnId: [(field: String, given: [CouncilCommand], command: @Sendable (String) -> CouncilCommand)] = [
    ("body id", Fixture.bodies, { .establishBody(BodyEstablished(body: $0, name: "就労部会", kind: .subcommittee, on: day)) }),
    ("issue id", Fixture.bodies, { Fixture.raise($0) }),
    ("member id", Fixture.bodies, { .appointMember(MemberAppointed(body: "sodan", member: $0, affiliation: "市", category: .government,
                                                                   role: .member, partyConcerned: false, on: day)) }),
    ("administrator id", [], { .initialise(CouncilInitialised(name: "協議会", enforceRoles: true, admin: $0, on: day)) }),
    // The shape of the id alone: the first edition does not look the meeting up.
    ("meeting id", Fixture.firstEdition(Fixture.withIssue), { .logActivity(ActivityLogged(issue: "K-0001", summary: "会議", kind: .meeting, meeting: $0,
                                                                    advances: [], functions: [], on: day)) }),
    ("case note reference", Fixture.withIssue, { .attachCaseNote(issue: "K-0001", ref: $0, on: day) }),
]

private let safe = ["soudan", "K-0001", "shuro-wg", "wg_2", "2024", "a", "Z9", String(repeating: "b", count: 64), "CONSOLE", "COM10", "nul-1", "AUXILIARY",
                    "NAG-R2.01", "v1.2.3", "CON-1.txt"]

private let unsafe: [(id: String, reservedForADevice: Bool)] = [
    ("К-0001", false),              // Cyrillic К
    ("Ｋ-0002", false),             // full-width Ｋ
    ("ſoudan", false),              // long s
    ("soudаn", false),              // Cyrillic а inside
    ("部会A", false),
    ("café", false),
    ("K-0001\u{202E}", false),
    ("-shuro", false),
    ("_shuro", false),
    ("soudan.", false),             // Windows drops the dot: soudan
    ("a..b", false),
    (".hidden", false),
    ("..", false),
    ("../x", false),
    ("shuro wg", false),
    ("shuro/wg", false),
    ("K\\0001", false),
    (String(repeating: "b", count: 65), false),
    ("CON", true), ("con", true), ("Prn", true), ("aux", true), ("NUL", true),
    ("COM1", true), ("com9", true), ("COM0", true), ("LPT1", true), ("lpt9", true),
    ("CON.html", true), ("nul.tar.gz", true), ("Com1.K-0001", true),
]

@Suite struct IdRuleTests {
    @Test(arguments: safe) func aSafeIdIsAccepted(_ id: String) {
        #expect(IdRule.isSafe(id))
        for place in givingAnId {
            if case .failure(let error) = outcome(of: place.command(id), after: place.given) {
                Issue.record("\(place.field) '\(id)' refused: \(error)")
            }
        }
    }

    @Test(arguments: unsafe.map(\.id)) func anUnsafeIdIsRefusedInEveryPlace(_ id: String) {
        let reserved = unsafe.first { $0.id == id }!.reservedForADevice
        #expect(!IdRule.isSafe(id))
        for place in givingAnId {
            let expected: DomainError = reserved ? .reservedId(field: place.field, id: id) : .invalidId(field: place.field, id: id)
            switch outcome(of: place.command(id), after: place.given) {
            case .success(let events): Issue.record("\(place.field) '\(id)' accepted: \(events)")
            case .failure(let error): #expect(error == expected, "\(place.field)")
            }
        }
    }

    /// A log written before the rule may hold a Japanese or look-alike id: it is read, and the body
    /// and issue behind it can still be worked on.
    @Test func idsAlreadyInALogStillWork() {
        var state = CouncilDecider.initialState
        for event: CouncilEvent in [
            .councilInitialised(CouncilInitialised(name: "協議会", on: day)),
            .bodyEstablished(BodyEstablished(body: "部会A", name: "部会A", kind: .subcommittee, on: day)),
            .memberAppointed(MemberAppointed(body: "部会A", member: "ſoudan", affiliation: "市", category: .government, role: .member,
                                             partyConcerned: false, on: day)),
            .issueRaised(IssueRaised(issue: "К-0001", title: "題", raisedBy: "部会A", categories: [], groups: [], on: day)),
        ] { CouncilDecider.evolve(&state, event) }
        for command: CouncilCommand in [
            .recordMeeting(body: "部会A", on: day, number: nil, format: .inPerson, agenda: ["議題"], issues: ["К-0001"], decisions: []),
            .analyseIssue(IssueAnalysed(issue: "К-0001", factors: ["要因"], focusCandidates: [], chosen: [], on: day)),
            .retireMember(MemberRetired(body: "部会A", member: "ſoudan", on: day)),
            .renameBody(body: "部会A", name: "部会B", on: day),
        ] {
            #expect(throws: Never.self, "\(command)") { _ = try CouncilDecider.decide(command, state) }
        }
    }

    /// An id already recorded (an import) may be made of letters of any script, as the first store
    /// format allowed; the rest of the rule holds for it too.
    @Test func anIdAlreadyRecordedMayUseLettersOfAnyScript() {
        for id in ["相談部会", "部会A", "К-0001", "soudan"] { #expect(IdRule.isSafe(id, letters: .anyScript), "\(id)") }
        for id in ["", "../x", "相談 部会", "部会.", "a..b", "-部会", "部会/x", "CON", "con.部会", String(repeating: "部", count: 65)] {
            #expect(!IdRule.isSafe(id, letters: .anyScript), "\(id)")
        }
        #expect(!IdRule.isSafe("相談部会"))
    }
}
