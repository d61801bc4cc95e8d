import Calendar
import Testing
import TestSupport

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
        ("H32.1.1", "2020-01-01"),
        // Leap days by the Gregorian rule.
        ("2020-02-29", "2020-02-29"),
        ("2000-02-29", "2000-02-29"),
        ("令和2年2月29日", "2020-02-29"),
        ("H12.2.29", "2000-02-29"),
        // The ends of what can be typed.
        ("1873-01-01", "1873-01-01"),
        ("明治6年1月1日", "1873-01-01"),
        ("2100-12-31", "2100-12-31"),
        ("R82.12.31", "2100-12-31"),
    ]

    @Test(arguments: accepted)
    func readsEveryAcceptedForm(_ input: String, _ iso: String) throws {
        #expect(try DateParser.parse(input).description == iso)
    }

    /// Every form the library writes reads back to the same day, across all five eras, from the
    /// first day that can be typed to the last; the years around them are refused in every form.
    @Test(.tags(.slow), .notInFastSet) func readsBackWhatItWritesEveryDayThatCanBeTyped() {
        var mismatches: [String] = []
        for days in date("1800-01-01").daysSinceEpoch...date("2200-12-31").daysSinceEpoch {
            let day = CalendarDate(daysSinceEpoch: days)
            let typed = CalendarDate.typedYears.contains(day.year)
            for written in [day.description, day.wareki, day.warekiShort] {
                do throws(CalendarError) {
                    if try DateParser.parse(written) != day || !typed { mismatches.append(written) }
                } catch {
                    if typed || error.reason != .yearOutOfRange { mismatches.append(written) }
                }
            }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
    }

    /// Each era change, both ways: the era's last day and the next era's first are read; the day
    /// after an era ended is refused with the next era's form (but 平成 runs on, DESIGN §6), and
    /// the day before an era began with the previous era's form.
    static let eraBoundaries: [(input: String, read: String?, refused: CalendarError.Reason?)] = [
        ("M6.1.1", "1873-01-01", nil),
        ("M5.12.31", nil, .yearOutOfRange),
        ("明治5年12月2日", nil, .yearOutOfRange),
        ("M45.7.29", "1912-07-29", nil),
        ("M45.7.30", nil, .afterEraEnded(.meiji, correction: "T1.7.30")),
        ("明治46年1月1日", nil, .afterEraEnded(.meiji, correction: "大正2年1月1日")),
        ("T1.7.29", nil, .beforeEraBegan(.taisho, correction: "M45.7.29")),
        ("大正元年7月30日", "1912-07-30", nil),
        ("T15.12.24", "1926-12-24", nil),
        ("大正15年12月25日", nil, .afterEraEnded(.taisho, correction: "昭和元年12月25日")),
        ("S1.12.24", nil, .beforeEraBegan(.showa, correction: "T15.12.24")),
        ("S1.12.25", "1926-12-25", nil),
        ("S64.1.7", "1989-01-07", nil),
        ("S64.1.8", nil, .afterEraEnded(.showa, correction: "H1.1.8")),
        ("昭和64年1月8日", nil, .afterEraEnded(.showa, correction: "平成元年1月8日")),
        ("S65.4.1", nil, .afterEraEnded(.showa, correction: "H2.4.1")),
        ("H1.1.7", nil, .beforeEraBegan(.heisei, correction: "S64.1.7")),
        ("H1.1.8", "1989-01-08", nil),
        ("H31.4.30", "2019-04-30", nil),
        ("H31.5.1", "2019-05-01", nil),
        ("H32.1.1", "2020-01-01", nil),
        ("平成33年4月1日", "2021-04-01", nil),
        ("H112.12.31", "2100-12-31", nil),
        ("H113.1.1", nil, .yearOutOfRange),
        ("R1.4.30", nil, .beforeEraBegan(.reiwa, correction: "H31.4.30")),
        ("令和元年5月1日", "2019-05-01", nil),
        ("R82.12.31", "2100-12-31", nil),
        ("R83.1.1", nil, .yearOutOfRange),
    ]

    @Test(arguments: eraBoundaries)
    func readsEachEraFromItsFirstDayToItsLast(_ input: String, _ read: String?, _ refused: CalendarError.Reason?) {
        #expect(dateError(input)?.reason == refused)
        #expect((try? DateParser.parse(input))?.description == read)
    }

    static let refused: [(input: String, reason: CalendarError.Reason)] = [
        ("", .empty),
        ("  \u{3000} ", .empty),
        ("abc", .unreadable),
        ("2020-8", .noDay),
        ("2020-08-06-01", .unreadable),
        ("2020-08/06", .unreadable),
        ("20-08-06", .unreadable),
        ("2020-008-06", .unreadable),
        ("2020年8月6", .unreadable),
        ("令和", .unreadable),
        ("令和2年", .unreadable),
        ("R2.8", .noDay),
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
        ("0001-01-01", .yearOutOfRange),
        ("1872-12-31", .yearOutOfRange),
        ("2101-01-01", .yearOutOfRange),
        ("9999-12-31", .yearOutOfRange),
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
        ("明治元年1月1日", .yearOutOfRange),
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
