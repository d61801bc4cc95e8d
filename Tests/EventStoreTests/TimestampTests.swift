import Testing
@testable import EventStore

struct TimestampTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00.000Z", Int64(0)),
        ("2026-11-21T10:00:00.123Z", Int64(1_795_255_200_123)),
        ("2020-02-29T23:59:59.999Z", Int64(1_583_020_799_999)),
        ("1969-12-31T23:59:59.999Z", Int64(-1)),
        ("0001-01-01T00:00:00.000Z", Timestamp.earliest.millisecondsSinceEpoch),
        ("9999-12-31T23:59:59.999Z", Timestamp.latest.millisecondsSinceEpoch),
    ])
    func logFormRoundTrips(text: String, milliseconds: Int64) {
        let parsed = Timestamp(logForm: text)
        #expect(parsed?.millisecondsSinceEpoch == milliseconds)
        #expect(Timestamp(millisecondsSinceEpoch: milliseconds).description == text)
    }

    @Test(arguments: [
        "2021-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-11-31T00:00:00.000Z",
        "2026-11-21T24:00:00.000Z", "2026-11-21T10:00:00Z", "2026-11-21 10:00:00.000Z", "", "x",
        "2026-11-21T10:00:00.000+09", "２０２６-11-21T10:00:00.000Z",
    ])
    func refusesAnythingElse(text: String) {
        #expect(Timestamp(logForm: text) == nil)
    }

    @Test func civilDaysAgreeEveryDayForFourCenturies() {
        var days = Timestamp.daysFromCivil(year: 1800, month: 1, day: 1)
        for year in 1800...2200 {
            for month in 1...12 {
                for day in 1...Timestamp.daysIn(month: month, year: year) {
                    #expect(Timestamp.daysFromCivil(year: year, month: month, day: day) == days)
                    let back = Timestamp.civilFromDays(days)
                    if back != (year, month, day) { Issue.record("\(year)-\(month)-\(day) came back as \(back)") }
                    days += 1
                }
            }
        }
    }
}
