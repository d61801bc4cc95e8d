import Calendar
import Council
import Testing

// decide on meetings: numbering (第N回 counts within one body's 年度, which turns on April 1) and
// the dates a body can meet on (not before it exists, not while paused, not once dissolved).

private let bodies = Fixture.bodies
private func held(_ day: String, _ number: Int, body: String = "sodan") -> CouncilEvent {
    .meetingRecorded(MeetingRecorded(body: body, on: date(day), number: number, format: .inPerson, agenda: ["事例検討"], issues: [], decisions: []))
}
private let paused = bodies + [.pauseBody(BodyPaused(body: "sodan", on: date("2020-08-01"))),
                               .resumeBody(BodyResumed(body: "sodan", on: date("2020-10-01")))]
private let dissolved = bodies + [.dissolveBody(BodyDissolved(body: "sodan", on: date("2021-03-01")))]

private let acceptedRows: [Accepted] = [
    Accepted("first of the year is 第1回", given: bodies, Fixture.meeting(on: "2020-05-01"), held("2020-05-01", 1)),
    Accepted("on the day of establishment", given: bodies, Fixture.meeting(on: "2020-04-01"), held("2020-04-01", 1)),
    Accepted("second of the year is 第2回", given: bodies + [Fixture.meeting(on: "2020-05-01")],
             Fixture.meeting(on: "2020-07-01"), held("2020-07-01", 2)),
    Accepted("31 March is still the old 年度", given: bodies + [Fixture.meeting(on: "2020-05-01")],
             Fixture.meeting(on: "2021-03-31"), held("2021-03-31", 2)),
    Accepted("1 April starts again at 第1回", given: bodies + [Fixture.meeting(on: "2020-05-01"), Fixture.meeting(on: "2021-03-31")],
             Fixture.meeting(on: "2021-04-01"), held("2021-04-01", 1)),
    Accepted("first in each year, on either side of 1 April", given: bodies + [Fixture.meeting(on: "2021-03-31")],
             Fixture.meeting(on: "2021-04-01"), held("2021-04-01", 1)),
    Accepted("another body's meetings do not count", given: bodies + [Fixture.meeting("kurashi", on: "2020-05-01")],
             Fixture.meeting(on: "2020-06-01"), held("2020-06-01", 1)),
    Accepted("an explicit number is kept", given: bodies, Fixture.meeting(on: "2020-05-01", number: 5), held("2020-05-01", 5)),
    Accepted("the next after an explicit number", given: bodies + [Fixture.meeting(on: "2020-05-01", number: 5)],
             Fixture.meeting(on: "2020-06-01"), held("2020-06-01", 6)),
    Accepted("entered late, under the first edition: the highest number plus one", given: Fixture.firstEdition(bodies) + [Fixture.meeting(on: "2020-09-01", number: 3)],
             Fixture.meeting(on: "2020-05-01"), held("2020-05-01", 4)),
    Accepted("the day before the pause", given: paused, Fixture.meeting(on: "2020-07-31"), held("2020-07-31", 1)),
    Accepted("the day it resumed", given: paused, Fixture.meeting(on: "2020-10-01"), held("2020-10-01", 1)),
    Accepted("the day before dissolution", given: dissolved, Fixture.meeting(on: "2021-02-28"), held("2021-02-28", 1)),
    Accepted("online, with issues and decisions, trimmed", given: Fixture.withIssue,
             .recordMeeting(body: "sodan", on: date("2020-07-01"), number: nil, format: .online, agenda: [" 事例検討 "],
                            issues: ["K-0001"], decisions: [" 研修会を開く "]),
             .meetingRecorded(MeetingRecorded(body: "sodan", on: date("2020-07-01"), number: 1, format: .online, agenda: ["事例検討"],
                                              issues: ["K-0001"], decisions: ["研修会を開く"]))),
]

private let refusedRows: [Refused] = [
    Refused("before initialise", given: [], Fixture.meeting(on: "2020-05-01"), .notInitialised),
    Refused("entered late with no number: it would come after a later one", given: bodies + [Fixture.meeting(on: "2020-09-01", number: 3)],
            Fixture.meeting(on: "2020-05-01"), .meetingOutOfOrder(body: "sodan", date: date("2020-05-01"), later: 3, laterOn: date("2020-09-01"))),
    Refused("unknown body", given: bodies, Fixture.meeting("shuro", on: "2020-05-01"),
            .unknownBody("shuro", known: ["steering", "sodan", "kurashi"])),
    Refused("the day before establishment", given: bodies, Fixture.meeting(on: "2020-03-31"),
            .meetingBeforeEstablished(body: "sodan", date: date("2020-03-31"), established: date("2020-04-01"))),
    Refused("on the day of dissolution", given: dissolved, Fixture.meeting(on: "2021-03-01"),
            .meetingAfterDissolution(body: "sodan", date: date("2021-03-01"), dissolved: date("2021-03-01"))),
    Refused("after dissolution", given: dissolved, Fixture.meeting(on: "2021-06-01"),
            .meetingAfterDissolution(body: "sodan", date: date("2021-06-01"), dissolved: date("2021-03-01"))),
    Refused("on the day of the pause", given: paused, Fixture.meeting(on: "2020-08-01"),
            .meetingWhilePaused(body: "sodan", date: date("2020-08-01"), pausedSince: date("2020-08-01"))),
    Refused("the day before it resumed", given: paused, Fixture.meeting(on: "2020-09-30"),
            .meetingWhilePaused(body: "sodan", date: date("2020-09-30"), pausedSince: date("2020-08-01"))),
    Refused("while still paused", given: bodies + [.pauseBody(BodyPaused(body: "sodan", on: date("2020-08-01")))],
            Fixture.meeting(on: "2022-01-01"),
            .meetingWhilePaused(body: "sodan", date: date("2022-01-01"), pausedSince: date("2020-08-01"))),
    Refused("inside an earlier pause, named by that pause", given: paused + [.pauseBody(BodyPaused(body: "sodan", on: date("2021-01-01")))],
            Fixture.meeting(on: "2020-09-01"),
            .meetingWhilePaused(body: "sodan", date: date("2020-09-01"), pausedSince: date("2020-08-01"))),
    Refused("duplicate number in the same 年度", given: bodies + [Fixture.meeting(on: "2020-05-01")],
            Fixture.meeting(on: "2021-03-31", number: 1),
            .duplicateMeetingNumber(body: "sodan", number: 1, year: fy(2020))),
    Refused("number 0", given: bodies, Fixture.meeting(on: "2020-05-01", number: 0), .invalidMeetingNumber(0)),
    Refused("a negative number", given: bodies, Fixture.meeting(on: "2020-05-01", number: -1), .invalidMeetingNumber(-1)),
    Refused("linking an unknown issue", given: Fixture.withIssue, Fixture.meeting(on: "2020-07-01", issues: ["K-0099"]),
            .unknownIssue("K-0099", known: ["K-0001"])),
    Refused("an empty agenda item", given: bodies,
            .recordMeeting(body: "sodan", on: date("2020-05-01"), number: nil, format: .written, agenda: [" "], issues: [], decisions: []),
            .emptyText(field: "agenda")),
    Refused("an empty decision", given: bodies,
            .recordMeeting(body: "sodan", on: date("2020-05-01"), number: nil, format: .written, agenda: ["報告"], issues: [], decisions: [""]),
            .emptyText(field: "decision")),
]

@Suite struct DecideMeetingTests {
    @Test(arguments: acceptedRows) func accepted(_ row: Accepted) { check(row) }
    @Test(arguments: refusedRows) func refused(_ row: Refused) { check(row) }

    /// Numbers run on through a year and restart on April 1, when recorded one after another.
    @Test func numbersThroughTwoYears() {
        let days = ["2020-05-01", "2020-09-01", "2021-03-31", "2021-04-01", "2021-06-01"]
        let events = run(bodies + days.map { Fixture.meeting(on: $0) }).events.suffix(days.count)
        #expect(events == [held("2020-05-01", 1), held("2020-09-01", 2), held("2021-03-31", 3), held("2021-04-01", 1), held("2021-06-01", 2)])
    }
}
