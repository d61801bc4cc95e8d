import Calendar
import Council
import Testing

// decide, refused: one row per rule of the council and its bodies, with the exact error, since
// the command line turns each case into its message and suggestions.

private let bodies = Fixture.bodies
private let day = date("2021-04-01")
private let known = ["steering", "sodan", "kurashi"]
private let kurashiGone = bodies + [.dissolveBody(BodyDissolved(body: "kurashi", on: date("2021-03-31")))]
private let sodanPaused = bodies + [.pauseBody(BodyPaused(body: "sodan", on: date("2020-08-01")))]
private let seated = bodies + [.appointMember(MemberAppointed(body: "sodan", member: "m1", affiliation: "市役所障害福祉課",
                                                            category: .government, role: .secretariat, partyConcerned: false, on: day))]
private let long = String(repeating: "会", count: 201)

private func establish(_ id: String, name: String = "就労支援部会", parent: String? = nil) -> CouncilCommand {
    .establishBody(BodyEstablished(body: id, name: name, kind: .subcommittee, parent: parent, on: day))
}
private func appoint(_ member: String, body: String = "sodan", affiliation: String = "市内事業所") -> CouncilCommand {
    .appointMember(MemberAppointed(body: body, member: member, affiliation: affiliation, category: .serviceProvider,
                                   role: .member, partyConcerned: false, on: day))
}
private func review(_ body: String = "sodan", next: YearDecision, comments: [String] = [], reason: String? = nil) -> CouncilCommand {
    .recordReview(BodyYearReviewed(body: body, fiscalYear: fy(2020), comments: comments, functions: [], next: next, reason: reason, on: day))
}

private let rows: [Refused] = [
    Refused("establish before initialise", given: [], establish("sodan"), .notInitialised),
    Refused("rename before initialise", given: [], .renameBody(body: "sodan", name: "x", on: day), .notInitialised),
    Refused("appoint before initialise", given: [], appoint("m1"), .notInitialised),
    Refused("review before initialise", given: [], review(next: .continue), .notInitialised),
    Refused("policy before initialise", given: [],
            .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2021), policy: "方針", on: day)), .notInitialised),
    Refused("initialise twice", given: bodies, Fixture.initialise, .alreadyInitialised(name: Fixture.councilName)),
    Refused("initialise with an empty name", given: [],
            .initialise(CouncilInitialised(name: " \u{3000} ", on: day)), .emptyText(field: "council name")),
    Refused("initialise with a 201-character name", given: [],
            .initialise(CouncilInitialised(name: long, on: day)), .textTooLong(field: "council name", limit: 200, length: 201)),
    Refused("empty body name", given: bodies, establish("shuro", name: ""), .emptyText(field: "name")),
    Refused("whitespace-only body name", given: bodies, establish("shuro", name: " \t\u{3000}"), .emptyText(field: "name")),
    Refused("201-character body name", given: bodies, establish("shuro", name: long), .textTooLong(field: "name", limit: 200, length: 201)),
    Refused("body id with a space", given: bodies, establish("shuro bukai"), .invalidId(field: "body id", id: "shuro bukai")),
    Refused("body id with a slash", given: bodies, establish("shuro/wg"), .invalidId(field: "body id", id: "shuro/wg")),
    Refused("empty body id", given: bodies, establish(""), .invalidId(field: "body id", id: "")),
    Refused("65-character body id", given: bodies, establish(String(repeating: "b", count: 65)),
            .invalidId(field: "body id", id: String(repeating: "b", count: 65))),
    Refused("body id starting with a dash", given: bodies, establish("-shuro"), .invalidId(field: "body id", id: "-shuro")),
    Refused("duplicate body id", given: bodies, establish("sodan"), .duplicateBody("sodan")),
    Refused("parent is itself", given: bodies, establish("shuro", parent: "shuro"), .parentIsItself("shuro")),
    Refused("unknown parent", given: bodies, establish("shuro", parent: "roudou"), .unknownBody("roudou", known: known)),
    Refused("a dissolved parent", given: kurashiGone, establish("shuro", parent: "kurashi"), .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("rename an unknown body", given: bodies, .renameBody(body: "roudou", name: "x", on: day), .unknownBody("roudou", known: known)),
    Refused("rename to an empty name", given: bodies, .renameBody(body: "sodan", name: "  ", on: day), .emptyText(field: "name")),
    Refused("rename a dissolved body", given: kurashiGone, .renameBody(body: "kurashi", name: "新部会", on: day),
            .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("pause a dissolved body", given: kurashiGone, .pauseBody(BodyPaused(body: "kurashi", on: day)),
            .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("policy for a dissolved body", given: kurashiGone,
            .setBodyPolicy(BodyPolicySet(body: "kurashi", fiscalYear: fy(2021), policy: "方針", on: day)),
            .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("an empty policy", given: bodies,
            .setBodyPolicy(BodyPolicySet(body: "sodan", fiscalYear: fy(2021), policy: "", on: day)), .emptyText(field: "policy")),
    Refused("pause twice", given: sodanPaused, .pauseBody(BodyPaused(body: "sodan", on: day)),
            .bodyAlreadyPaused("sodan", since: date("2020-08-01"))),
    Refused("an empty pause reason", given: bodies, .pauseBody(BodyPaused(body: "sodan", reason: " ", on: day)), .emptyText(field: "reason")),
    Refused("resume when not paused", given: bodies, .resumeBody(BodyResumed(body: "sodan", on: day)), .bodyNotPaused("sodan")),
    Refused("resume twice", given: sodanPaused + [.resumeBody(BodyResumed(body: "sodan", on: day))],
            .resumeBody(BodyResumed(body: "sodan", on: date("2021-05-01"))), .bodyNotPaused("sodan")),
    Refused("resume before the pause", given: sodanPaused, .resumeBody(BodyResumed(body: "sodan", on: date("2020-07-31"))),
            .resumeBeforePause(body: "sodan", date: date("2020-07-31"), pausedSince: date("2020-08-01"))),
    Refused("resume a dissolved body", given: kurashiGone, .resumeBody(BodyResumed(body: "kurashi", on: day)),
            .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("dissolve twice", given: kurashiGone, .dissolveBody(BodyDissolved(body: "kurashi", on: day)),
            .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("successor is itself", given: bodies, .dissolveBody(BodyDissolved(body: "kurashi", successor: "kurashi", on: day)),
            .parentIsItself("kurashi")),
    Refused("unknown successor", given: bodies, .dissolveBody(BodyDissolved(body: "kurashi", successor: "roudou", on: day)),
            .unknownBody("roudou", known: known)),
    Refused("duplicate member", given: seated, appoint("m1"), .duplicateMember(body: "sodan", member: "m1")),
    Refused("member id with a space", given: bodies, appoint("m 1"), .invalidId(field: "member id", id: "m 1")),
    Refused("an empty affiliation", given: bodies, appoint("m2", affiliation: "\u{3000}"), .emptyText(field: "affiliation")),
    Refused("appoint to a dissolved body", given: kurashiGone, appoint("m2", body: "kurashi"),
            .bodyDissolved("kurashi", on: date("2021-03-31"))),
    Refused("appoint to an unknown body", given: bodies, appoint("m2", body: "roudou"), .unknownBody("roudou", known: known)),
    Refused("retire an unknown member", given: seated, .retireMember(MemberRetired(body: "sodan", member: "m9", on: day)),
            .unknownMember(body: "sodan", member: "m9", known: ["m1"])),
    Refused("retire a retired member", given: seated + [.retireMember(MemberRetired(body: "sodan", member: "m1", on: day))],
            .retireMember(MemberRetired(body: "sodan", member: "m1", on: day)),
            .unknownMember(body: "sodan", member: "m1", known: [])),
    Refused("review: end without a reason", given: bodies, review(next: .end), .reasonNeeded(field: "reason")),
    Refused("review: an empty comment", given: bodies, review(next: .continue, comments: ["良かった", " "]), .emptyText(field: "comment")),
    Refused("review: an unknown body", given: bodies, review("roudou", next: .continue), .unknownBody("roudou", known: known)),
]

@Suite struct RefuseBodyTests {
    @Test(arguments: rows) func refused(_ row: Refused) { check(row) }

    /// A review that ends the body must give a reason; a blank one is no reason (every other
    /// optional text is refused when blank, and stored trimmed).
    @Test
    func reviewEndWithBlankReason() {
        check(Refused("review: end with a blank reason", given: bodies, review(next: .end, reason: " "), .emptyText(field: "reason")))
        check(Accepted("review: end, reason trimmed", given: bodies, review(next: .end, reason: " 目的達成 "),
                       .bodyYearReviewed(BodyYearReviewed(body: "sodan", fiscalYear: fy(2020), comments: [], functions: [], next: .end,
                                                          reason: "目的達成", on: day))))
    }
}
