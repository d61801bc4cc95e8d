import Calendar
import Council
import Testing

// evolve on bodies: status and pause intervals (isPaused at their edges), members current and
// retired, meetings per 年度, policies and reviews per 年度, versions and the order of bodies.

private let pausedTwice: [CouncilCommand] = Fixture.bodies + [
    .pauseBody(BodyPaused(body: "sodan", reason: "感染症対策", on: date("2020-08-01"))),
    .resumeBody(BodyResumed(body: "sodan", on: date("2020-10-01"))),
    .pauseBody(BodyPaused(body: "sodan", on: date("2021-01-01"))),
]

private func sodan(after commands: [CouncilCommand], sourceLocation: SourceLocation = #_sourceLocation) -> BodyState? {
    run(Fixture.bodies + commands, sourceLocation: sourceLocation).state.bodies["sodan"]
}

/// isPaused on each day around the edges of two pauses (the second never ended).
private let pausedOn: [(String, Bool)] = [
    ("2020-04-01", false), ("2020-07-31", false), ("2020-08-01", true), ("2020-09-30", true),
    ("2020-10-01", false), ("2020-12-31", false), ("2021-01-01", true), ("2030-03-31", true),
]

@Suite struct EvolveBodyTests {
    @Test func establishedBody() throws {
        let b = try #require(sodan(after: []))
        #expect(b == BodyState(id: "sodan", name: "相談支援部会", kind: .subcommittee, parent: nil, establishedOn: Fixture.start).with(version: 1))
        #expect(b.status == .active)
    }

    @Test func statusThroughPauseResumeDissolve() {
        let steps: [(CouncilCommand, BodyStatus)] = [
            (.pauseBody(BodyPaused(body: "sodan", on: date("2020-08-01"))), .paused),
            (.resumeBody(BodyResumed(body: "sodan", on: date("2020-10-01"))), .active),
            (.dissolveBody(BodyDissolved(body: "sodan", successor: "kurashi", reason: "再編", on: date("2021-03-31"))), .dissolved),
        ]
        for k in steps.indices {
            #expect(sodan(after: steps[...k].map(\.0))?.status == steps[k].1, "after step \(k)")
        }
        let b = sodan(after: steps.map(\.0))
        #expect(b?.dissolution == BodyDissolved(body: "sodan", successor: "kurashi", reason: "再編", on: date("2021-03-31")))
        #expect(b?.version == 4)
    }

    @Test func pauseIntervals() throws {
        let b = try #require(run(pausedTwice).state.bodies["sodan"])
        #expect(b.status == .paused)
        #expect(b.pauses.map(\.from) == [date("2020-08-01"), date("2021-01-01")])
        #expect(b.pauses.map(\.until) == [date("2020-10-01"), nil])
        #expect(b.pauses.map(\.reason) == ["感染症対策", nil])
    }

    @Test(arguments: pausedOn) func isPaused(_ day: String, _ paused: Bool) {
        #expect(run(pausedTwice).state.bodies["sodan"]?.isPaused(on: date(day)) == paused)
    }

    @Test func renamesAreKept() throws {
        let b = try #require(sodan(after: [.renameBody(body: "sodan", name: "相談部会", on: date("2021-04-01")),
                                           .renameBody(body: "sodan", name: "相談支援ネットワーク部会", on: date("2022-04-01"))]))
        #expect(b.name == "相談支援ネットワーク部会")
        #expect(b.renames.map(\.previousName) == ["相談支援部会", "相談部会"])
        #expect(b.id == "sodan")
    }

    @Test func membersCurrentAndRetired() throws {
        func appoint(_ m: String, _ day: String) -> CouncilCommand {
            .appointMember(MemberAppointed(body: "sodan", member: m, affiliation: "事業所\(m)", category: .serviceProvider, role: .member,
                                           partyConcerned: false, on: date(day)))
        }
        let b = try #require(sodan(after: [appoint("m1", "2020-04-01"), appoint("m2", "2020-04-01"),
                                           .retireMember(MemberRetired(body: "sodan", member: "m1", on: date("2021-03-31"))),
                                           appoint("m1", "2022-04-01")]))
        #expect(b.members.map(\.member) == ["m1", "m2", "m1"])
        #expect(b.members.map(\.retiredOn) == [date("2021-03-31"), nil, nil])
        #expect(b.currentMembers.map(\.member) == ["m2", "m1"])
        #expect(b.currentMembers.map(\.appointedOn) == [date("2020-04-01"), date("2022-04-01")])
        let m2 = b.members[1]
        #expect(m2.affiliation == "事業所m2" && m2.category == .serviceProvider && m2.role == .member && !m2.partyConcerned)
    }

    @Test func meetingsPerFiscalYear() throws {
        let days = ["2020-05-01", "2021-03-31", "2021-04-01", "2021-09-01", "2022-04-01"]
        let b = try #require(sodan(after: days.map { Fixture.meeting(on: $0) } + [Fixture.meeting("kurashi", on: "2020-06-01")]))
        #expect(b.meetings(in: fy(2020)).map(\.on) == [date("2020-05-01"), date("2021-03-31")])
        #expect(b.meetings(in: fy(2021)).map(\.number) == [1, 2])
        #expect(b.meetings(in: fy(2022)).map(\.on) == [date("2022-04-01")])
        #expect(b.meetings(in: fy(2019)).isEmpty)
        #expect(b.version == UInt64(1 + days.count))
    }

    @Test func policiesAndReviewsByYear() throws {
        let b = try #require(sodan(after: [
            .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2020), policy: "旧方針", on: date("2020-04-01"))),
            .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2020), policy: "新方針", on: date("2020-05-01"))),
            .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2021), policy: "次年度", on: date("2021-04-01"))),
            .recordReview(BodyYearReviewed(body: "sodan", fiscalYear: fy(2020), comments: ["良かった"], functions: [.information],
                                           next: .continue, on: date("2021-03-20"))),
        ]))
        #expect(b.policies[fy(2020)]?.policy == "新方針")
        #expect(b.policies[fy(2021)]?.policy == "次年度")
        #expect(b.reviews[fy(2020)]?.functions == [.information])
        #expect(b.reviews[fy(2021)] == nil)
        #expect(b.version == 5)
    }

    @Test func bodyOrderIsFirstRecorded() {
        let s = run([Fixture.initialise] + ["c", "a", "b"].map {
            .establishBody(BodyEstablished(body: $0, name: "部会\($0)", kind: .subcommittee, on: Fixture.start))
        }).state
        #expect(s.bodyOrder == ["c", "a", "b"])
        #expect(s.bodiesInOrder.map(\.id) == ["c", "a", "b"])
        #expect(s.bodies["a"]?.parent == nil)
    }

    @Test func childKnowsItsParent() {
        let s = run(Fixture.bodies + [.establishBody(BodyEstablished(body: "wg", name: "WG", kind: .workingGroup, parent: "sodan", on: Fixture.start))]).state
        #expect(s.bodies["wg"]?.parent == "sodan")
        #expect(s.bodies["wg"]?.kind == .workingGroup)
    }

    @Test func councilStream() {
        let s = run(Fixture.bodies).state
        #expect(s.name == Fixture.councilName)
        #expect(s.councilVersion == 1)
        #expect(CouncilDecider.initialState == CouncilState())
        #expect(CouncilDecider.initialState.name == nil)
    }
}

extension BodyState {
    func with(version: UInt64) -> BodyState {
        var copy = self
        copy.version = version
        return copy
    }
}
