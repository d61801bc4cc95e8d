import Calendar
import Testing

@Suite struct DateParserTests {
    static let accepted: [(input: String, iso: String)] = [
        ("2020-08-06", "2020-08-06"),
        ("2020/8/6", "2020-08-06"),
        ("2020-8-6", "2020-08-06"),
        ("2020/08/06", "2020-08-06"),
        ("2020年8月6日", "2020-08-06"),
        ("令和2年8月6日", "2020-08-06"),
        ("令和元年5月1日", "2019-05-01"),
        ("令和1年5月1日", "2019-05-01"),
        ("令和２年８月６日", "2020-08-06"),
        ("令和 2 年 8 月 6 日", "2020-08-06"),
        ("令和　２年８月６日", "2020-08-06"),
        ("　令和2年8月6日　", "2020-08-06"),
        ("\t 2020-08-06 \n", "2020-08-06"),
        ("２０２０／０８／０６", "2020-08-06"),
        ("２０２０－０８－０６", "2020-08-06"),
        ("R2.8.6", "2020-08-06"),
        ("r2.8.6", "2020-08-06"),
        ("R2/8/6", "2020-08-06"),
        ("R2-8-6", "2020-08-06"),
        ("R02.08.06", "2020-08-06"),
        ("Ｒ２．８．６", "2020-08-06"),
        ("R元.5.1", "2019-05-01"),
        ("H30.4.1", "2018-04-01"),
        ("h30.4.1", "2018-04-01"),
        ("S64.1.7", "1989-01-07"),
        ("T15.12.24", "1926-12-24"),
        ("M45.7.29", "1912-07-29"),
        ("㋿2年8月6日", "2020-08-06"),
        ("㍻31年4月30日", "2019-04-30"),
        // Written before an era change, in an era that had already ended.
        ("平成33年4月1日", "2021-04-01"),
        ("H33.4.1", "2021-04-01"),
        ("平成31年5月1日", "2019-05-01"),
        ("昭和64年1月8日", "1989-01-08"),
        ("大正15年12月25日", "1926-12-25"),
        // Leap days by the Gregorian rule.
        ("2020-02-29", "2020-02-29"),
        ("2000-02-29", "2000-02-29"),
        ("令和2年2月29日", "2020-02-29"),
        ("H12.2.29", "2000-02-29"),
        ("0001-01-01", "0001-01-01"),
        ("9999-12-31", "9999-12-31"),
    ]

    @Test(arguments: accepted)
    func readsEveryAcceptedForm(_ input: String, _ iso: String) throws {
        #expect(try DateParser.parse(input).description == iso)
    }

    /// Every form the library writes reads back to the same day, across all five eras and the
    /// years before them.
    @Test func readsBackWhatItWritesEveryDayFrom1800To2200() {
        var mismatches: [String] = []
        for days in date("1800-01-01").daysSinceEpoch...date("2200-12-31").daysSinceEpoch {
            let day = CalendarDate(daysSinceEpoch: days)
            for written in [day.description, day.wareki, day.warekiShort] where (try? DateParser.parse(written)) != day {
                mismatches.append(written)
            }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
    }

    static let refused: [(input: String, reason: CalendarError.Reason)] = [
        ("", .empty),
        ("  \u{3000} ", .empty),
        ("abc", .unreadable),
        ("2020-8", .unreadable),
        ("2020-08-06-01", .unreadable),
        ("2020-08/06", .unreadable),
        ("20-08-06", .unreadable),
        ("2020-008-06", .unreadable),
        ("2020年8月6", .unreadable),
        ("令和", .unreadable),
        ("令和2年", .unreadable),
        ("R2.8", .unreadable),
        ("R.8.6", .unreadable),
        ("令和2年8月6日(木)", .unreadable),
        ("2 020-08-06", .unreadable),
        ("R-1.1.1", .unreadable),
        ("20200806", .digitsOnly),
        ("200806", .digitsOnly),
        ("X2.1.1", .unknownEra("X")),
        ("慶応4年1月1日", .unknownEra("慶応")),
        ("Reiwa2.8.6", .unreadable),
        ("R0.1.1", .eraYearZero(.reiwa)),
        ("令和0年5月1日", .eraYearZero(.reiwa)),
        ("0000-01-01", .yearOutOfRange),
        ("H9999.1.1", .yearOutOfRange),
        ("2021-02-29", .impossibleDate(year: 2021, month: 2, day: 29)),
        ("1900-02-29", .impossibleDate(year: 1900, month: 2, day: 29)),
        ("令和3年2月29日", .impossibleDate(year: 2021, month: 2, day: 29)),
        ("令和2年13月1日", .impossibleDate(year: 2020, month: 13, day: 1)),
        ("2020-04-31", .impossibleDate(year: 2020, month: 4, day: 31)),
        ("2020-00-10", .impossibleDate(year: 2020, month: 0, day: 10)),
        ("令和元年4月30日", .beforeEraBegan(.reiwa, correction: "平成31年4月30日")),
        ("R1.4.30", .beforeEraBegan(.reiwa, correction: "H31.4.30")),
        ("平成元年1月7日", .beforeEraBegan(.heisei, correction: "昭和64年1月7日")),
        ("明治元年1月1日", .beforeEraBegan(.meiji, correction: "1868-01-01")),
        (String(repeating: "1", count: 65), .tooLong(characters: 65)),
    ]

    @Test(arguments: refused)
    func refusesWithAReason(_ input: String, _ reason: CalendarError.Reason) {
        #expect(throws: CalendarError(input: input, reason: reason)) { try DateParser.parse(input) }
    }

    @Test func readsTheLongestAllowedInput() throws {
        let padded = "令和" + String(repeating: " ", count: 56) + "2年8月6日"
        #expect(padded.unicodeScalars.count == 64)
        #expect(try DateParser.parse(padded) == date("2020-08-06"))
    }
}
