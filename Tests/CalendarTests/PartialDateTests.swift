import Calendar
import Testing

@Suite struct PartialDateTests {
    static let accepted: [(input: String, stored: String, wareki: String)] = [
        ("2021-11-06", "2021-11-06", "令和3年11月6日"),
        ("R3.11.6", "2021-11-06", "令和3年11月6日"),
        ("令和3年11月", "2021-11", "令和3年11月"),
        ("令和３年１１月", "2021-11", "令和3年11月"),
        ("R3.11", "2021-11", "令和3年11月"),
        ("R3/11", "2021-11", "令和3年11月"),
        ("Ｒ５．９", "2023-09", "令和5年9月"),
        ("2021-11", "2021-11", "令和3年11月"),
        ("2021/11", "2021-11", "令和3年11月"),
        ("2021年11月", "2021-11", "令和3年11月"),
        ("令和元年5月", "2019-05", "令和元年5月"),
        ("平成31年4月", "2019-04", "平成31年4月"),
        ("平成元年1月", "1989-01", "昭和64年1月"),
        ("昭和64年1月", "1989-01", "昭和64年1月"),
        ("平成33年3月", "2021-03", "令和3年3月"),
        ("令和3年度", "FY2021", "令和3年度"),
        ("R3年度", "FY2021", "令和3年度"),
        ("2021年度", "FY2021", "令和3年度"),
        ("FY2021", "FY2021", "令和3年度"),
        ("令和元年度", "FY2019", "令和元年度"),
    ]

    @Test(arguments: accepted)
    func readsEachPrecisionAndPrintsItAsWritten(input: String, stored: String, wareki: String) throws {
        let date = try PartialDateParser.parse(input)
        #expect(date.description == stored)
        #expect(date.wareki == wareki)
        #expect(PartialDate(stored: stored) == date)
        #expect(try PartialDateParser.parse(date.wareki) == date)
    }

    static let refused: [(input: String, reason: CalendarError.Reason)] = [
        ("2021", .unreadable),
        ("R3", .unreadable),
        ("令和3年", .unreadable),
        ("令和3年13月", .impossibleDate(year: 2021, month: 13, day: 1)),
        ("2021-00", .impossibleDate(year: 2021, month: 0, day: 1)),
        ("令和元年4月", .beforeEraBegan(.reiwa, correction: "平成31年4月")),
        ("R1.4", .beforeEraBegan(.reiwa, correction: "H31.4")),
        ("昭和64年2月", .afterEraEnded(.showa, correction: "平成元年2月")),
        ("令和0年5月", .eraYearZero(.reiwa)),
        ("慶応3年5月", .unknownEra("慶応")),
        ("1872-12", .yearOutOfRange),
        ("令和3年11月31日", .impossibleDate(year: 2021, month: 11, day: 31)),
        ("20211106", .digitsOnly),
        ("大正16年度", .afterEraEnded(.taisho, correction: "昭和2年度")),
    ]

    @Test(arguments: refused)
    func refusesWithTheReasonAndAllThreeForms(input: String, reason: CalendarError.Reason) {
        #expect(throws: CalendarError(input: input, reason: reason, subject: .partialDate)) { try PartialDateParser.parse(input) }
    }

    @Test func theMessageShowsEveryWayOfWriting() {
        let error = CalendarError(input: "2021", reason: .unreadable, subject: .partialDate)
        #expect(error.message(japanese: true) == "'2021' は日付として読めません。日付は 2020-08-06 や 令和2年8月6日、月までなら 2020-08 や 令和2年8月、年度だけなら 令和2年度 のように書いてください。")
        #expect(error.message(japanese: false).contains("a month like 2020-08 or 令和2年8月"))
    }

    @Test func aDayFieldSaysTheDayIsMissing() {
        #expect(throws: CalendarError(input: "令和3年11月", reason: .noDay)) { try DateParser.parse("令和3年11月") }
        #expect(CalendarError(input: "R3.11", reason: .noDay).message(japanese: true) == "'R3.11' は月までで、日がありません。2020-08-06 や 令和2年8月6日 のように日まで書いてください。")
    }

    /// A month after its dated days, a 年度 after everything dated in it.
    @Test func sortsByTheLastDayItMayBeAndThenByPrecision() throws {
        let written = ["2021-12-01", "FY2021", "2021-11", "2021-11-30", "2021-11-01", "2022-03-31", "2022-03", "FY2020", "2021-04-01"]
        let sorted = written.compactMap(PartialDate.init(stored:)).sorted().map(\.description)
        #expect(sorted == ["FY2020", "2021-04-01", "2021-11-01", "2021-11-30", "2021-11", "2021-12-01", "2022-03-31", "2022-03", "FY2021"])
    }

    @Test func knowsItsYearAndSpan() throws {
        let january = try #require(PartialDate(stored: "2022-01"))
        #expect(january.fiscalYear == FiscalYear(startYear: 2021))
        #expect(january.firstDay.description == "2022-01-01" && january.lastDay.description == "2022-01-31")
        #expect(january.day == nil)
        let february = try #require(PartialDate(stored: "2024-02"))
        #expect(february.lastDay.description == "2024-02-29")
        let year = try #require(PartialDate(stored: "FY2021"))
        #expect(year.firstDay.description == "2021-04-01" && year.lastDay.description == "2022-03-31")
    }

    @Test(arguments: ["2021-1", "2021-13", "21-11", "FY21", "FY20211", "2021-11-6", "2021-11-31", "R3.11", "", "FYabcd", "２０２１-11"])
    func storedFormIsExact(text: String) {
        #expect(PartialDate(stored: text) == nil)
    }
}
