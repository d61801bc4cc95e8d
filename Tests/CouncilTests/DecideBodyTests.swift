import Calendar
import Council
import Testing

// decide, accepted: the council and its bodies. Each row names exactly the events written, so a
// change to what a command records (a trimmed name, a filled previous name) shows up here.

private let day = date("2021-04-01")
private let bodies = Fixture.bodies
private let member = MemberAppointed(body: "sodan", member: "m1", affiliation: "市内相談支援事業所", category: .consultationSupport,
                                     role: .chair, partyConcerned: false, on: day)

private let rows: [Accepted] = [
    Accepted("initialise trims the name", given: [],
             .initialise(CouncilInitialised(name: "  長岡市障害者自立支援協議会\u{3000}", on: Fixture.start)),
             .councilInitialised(CouncilInitialised(name: "長岡市障害者自立支援協議会", on: Fixture.start))),
    Accepted("establish without parent", given: [Fixture.initialise],
             .establishBody(BodyEstablished(body: "sodan", name: " 相談支援部会 ", kind: .subcommittee, on: day)),
             .bodyEstablished(BodyEstablished(body: "sodan", name: "相談支援部会", kind: .subcommittee, parent: nil, on: day))),
    Accepted("establish under a parent", given: bodies,
             .establishBody(BodyEstablished(body: "wg-shuro", name: "就労ワーキング", kind: .workingGroup, parent: "sodan", on: day)),
             .bodyEstablished(BodyEstablished(body: "wg-shuro", name: "就労ワーキング", kind: .workingGroup, parent: "sodan", on: day))),
    Accepted("rename fills the previous name", given: bodies,
             .renameBody(body: "kurashi", name: " どこでだれと暮らしたいか部会 ", on: day),
             .bodyRenamed(BodyRenamed(body: "kurashi", name: "どこでだれと暮らしたいか部会", previousName: "地域生活移行部会", on: day))),
    Accepted("a second rename starts from the first", given: bodies + [.renameBody(body: "kurashi", name: "暮らし部会", on: day)],
             .renameBody(body: "kurashi", name: "地域移行部会", on: date("2022-04-01")),
             .bodyRenamed(BodyRenamed(body: "kurashi", name: "地域移行部会", previousName: "暮らし部会", on: date("2022-04-01")))),
    Accepted("rename a paused body", given: bodies + [.pauseBody(BodyPaused(body: "sodan", on: day))],
             .renameBody(body: "sodan", name: "相談部会", on: date("2021-05-01")),
             .bodyRenamed(BodyRenamed(body: "sodan", name: "相談部会", previousName: "相談支援部会", on: date("2021-05-01")))),
    Accepted("pause with a reason", given: bodies,
             .pauseBody(BodyPaused(body: "sodan", reason: " 感染症対策のため ", on: day)),
             .bodyPaused(BodyPaused(body: "sodan", reason: "感染症対策のため", on: day))),
    Accepted("pause without a reason", given: bodies,
             .pauseBody(BodyPaused(body: "sodan", on: day)),
             .bodyPaused(BodyPaused(body: "sodan", reason: nil, on: day))),
    Accepted("resume a paused body", given: bodies + [.pauseBody(BodyPaused(body: "sodan", on: day))],
             .resumeBody(BodyResumed(body: "sodan", on: date("2021-10-01"))),
             .bodyResumed(BodyResumed(body: "sodan", on: date("2021-10-01")))),
    Accepted("pause again after resuming", given: bodies + [.pauseBody(BodyPaused(body: "sodan", on: day)),
                                                            .resumeBody(BodyResumed(body: "sodan", on: date("2021-10-01")))],
             .pauseBody(BodyPaused(body: "sodan", on: date("2022-01-01"))),
             .bodyPaused(BodyPaused(body: "sodan", on: date("2022-01-01")))),
    Accepted("dissolve with a successor", given: bodies,
             .dissolveBody(BodyDissolved(body: "kurashi", successor: "sodan", reason: " 再編 ", on: day)),
             .bodyDissolved(BodyDissolved(body: "kurashi", successor: "sodan", reason: "再編", on: day))),
    Accepted("dissolve a paused body", given: bodies + [.pauseBody(BodyPaused(body: "kurashi", on: day))],
             .dissolveBody(BodyDissolved(body: "kurashi", on: date("2022-03-31"))),
             .bodyDissolved(BodyDissolved(body: "kurashi", on: date("2022-03-31")))),
    Accepted("policy and plan, trimmed", given: bodies,
             .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2021), policy: " 相談支援の質の向上 ", plan: " 事例検討会 ", on: day)),
             .bodyPolicySet(BodyPolicySet(body: "sodan", fiscalYear: fy(2021), policy: "相談支援の質の向上", plan: "事例検討会", on: day))),
    Accepted("appoint trims the affiliation", given: bodies,
             .appointMember(MemberAppointed(body: "sodan", member: "m1", affiliation: " 市内相談支援事業所 ", category: .consultationSupport,
                                            role: .chair, partyConcerned: false, on: day)),
             .memberAppointed(member)),
    Accepted("appoint a party concerned", given: bodies,
             .appointMember(MemberAppointed(body: "sodan", member: "m2", affiliation: "手をつなぐ育成会", category: .partyConcerned,
                                            role: .member, partyConcerned: true, on: day)),
             .memberAppointed(MemberAppointed(body: "sodan", member: "m2", affiliation: "手をつなぐ育成会", category: .partyConcerned,
                                              role: .member, partyConcerned: true, on: day))),
    Accepted("reappoint a retired member", given: bodies + [.appointMember(member), .retireMember(MemberRetired(body: "sodan", member: "m1", on: day))],
             .appointMember(member),
             .memberAppointed(member)),
    Accepted("retire a current member", given: bodies + [.appointMember(member)],
             .retireMember(MemberRetired(body: "sodan", member: "m1", on: date("2022-03-31"))),
             .memberRetired(MemberRetired(body: "sodan", member: "m1", on: date("2022-03-31")))),
    Accepted("review: continue", given: bodies,
             .recordReview(BodyYearReviewed(body: "sodan", fiscalYear: fy(2020), summary: " 事例検討を4回 ", comments: [" 顔の見える関係 "],
                                            functions: [.information, .coordination], next: .continue, nextPolicy: "継続", on: date("2021-03-20"))),
             .bodyYearReviewed(BodyYearReviewed(body: "sodan", fiscalYear: fy(2020), summary: "事例検討を4回", comments: ["顔の見える関係"],
                                                functions: [.information, .coordination], next: .continue, nextPolicy: "継続", on: date("2021-03-20")))),
    Accepted("review: end with a reason", given: bodies,
             .recordReview(BodyYearReviewed(body: "kurashi", fiscalYear: fy(2020), comments: [], functions: [], next: .end,
                                            reason: "目的を達成", on: date("2021-03-20"))),
             .bodyYearReviewed(BodyYearReviewed(body: "kurashi", fiscalYear: fy(2020), comments: [], functions: [], next: .end,
                                                reason: "目的を達成", on: date("2021-03-20")))),
]

@Suite struct DecideBodyTests {
    @Test(arguments: rows) func accepted(_ row: Accepted) { check(row) }
}
