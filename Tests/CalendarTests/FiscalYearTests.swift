import Calendar
import Testing

@Suite struct FiscalYearTests {
    static let membership: [(iso: String, fiscalYear: Int)] = [
        ("2021-03-31", 2020), ("2021-04-01", 2021), ("2020-04-01", 2020), ("2020-03-31", 2019),
        ("2020-12-31", 2020), ("2021-01-01", 2020), ("2019-04-30", 2019), ("2019-05-01", 2019),
        ("0001-01-01", 0), ("9999-12-31", 9999),
    ]

    @Test(arguments: membership)
    func datesFallInTheFiscalYearStartingTheAprilBefore(_ iso: String, _ startYear: Int) {
        let fiscalYear = FiscalYear(startYear: startYear)
        #expect(date(iso).fiscalYear == fiscalYear)
        #expect(fiscalYear.contains(date(iso)))
        #expect(startYear == 9999 || !fiscalYear.next.contains(date(iso)))
        #expect(startYear == 0 || !fiscalYear.previous.contains(date(iso)))
    }

    @Test func runsFromAprilToMarch() {
        let fy2020 = FiscalYear(startYear: 2020)
        #expect(fy2020.firstDay == date("2020-04-01"))
        #expect(fy2020.lastDay == date("2021-03-31"))
        #expect(fy2020.next == FiscalYear(startYear: 2021) && fy2020.previous == FiscalYear(startYear: 2019))
        #expect(fy2020.description == "FY2020")
        #expect(fy2020 < fy2020.next)
        #expect(FiscalYear(startYear: 2021).firstDay == fy2020.lastDay.adding(days: 1))
        #expect(FiscalYear(startYear: 0).firstDay == .earliest && FiscalYear(startYear: 9999).lastDay == .latest)
    }

    @Test func listsItsTwelveMonthsAprilFirst() {
        let months = FiscalYear(startYear: 2020).months.map { "\($0.year)-\($0.month)" }
        #expect(months == [
            "2020-4", "2020-5", "2020-6", "2020-7", "2020-8", "2020-9", "2020-10", "2020-11", "2020-12",
            "2021-1", "2021-2", "2021-3",
        ])
        #expect(FiscalYear(startYear: 0).months.count == 3 && FiscalYear(startYear: 9999).months.count == 9)
    }

    static let warekiNames: [(Int, String)] = [
        (2020, "令和2年度"), (2019, "令和元年度"), (2018, "平成30年度"), (1989, "平成元年度"),
        (1988, "昭和63年度"), (1926, "大正15年度"), (1927, "昭和2年度"), (1912, "大正元年度"),
        (1869, "明治2年度"), (1868, "1868年度"), (2021, "令和3年度"),
    ]

    @Test(arguments: warekiNames)
    func isNamedByTheEraOfItsFirstOctober(_ startYear: Int, _ wareki: String) throws {
        #expect(FiscalYear(startYear: startYear).wareki == wareki)
        let typed = CalendarDate.typedYears.contains(startYear)
        #expect((try? FiscalYearParser.parse(wareki)) == (typed ? FiscalYear(startYear: startYear) : nil))
    }

    static let accepted: [(input: String, startYear: Int)] = [
        ("2020", 2020), ("FY2020", 2020), ("fy2020", 2020), ("Fy2020", 2020), ("FY 2020", 2020),
        ("2020年度", 2020), ("FY2020年度", 2020), ("R2", 2020), ("r2", 2020), ("R2年度", 2020),
        ("令和2年度", 2020), ("令和2", 2020), ("令和元年度", 2019), ("令和元", 2019), ("平成31年度", 2019),
        ("H31", 2019), ("平成33年度", 2021), ("昭和64年度", 1989), ("昭和63年度", 1988),
        ("２０２０", 2020), ("ＦＹ２０２０", 2020), ("令和２年度", 2020), ("Ｒ２", 2020), ("　令和2年度　", 2020),
        ("令和 2 年度", 2020), ("㋿2年度", 2020), ("1873", 1873), ("明治6年度", 1873), ("2100", 2100), ("R82", 2100),
        // An era year the era reached, even for a day, names the fiscal year starting that April.
        ("明治45年度", 1912), ("大正15年度", 1926), ("平成32年度", 2020), ("H112", 2100),
    ]

    @Test(arguments: accepted)
    func readsEveryAcceptedForm(_ input: String, _ startYear: Int) throws {
        #expect(try FiscalYearParser.parse(input) == FiscalYear(startYear: startYear))
    }

    @Test func readsBackWhatItWritesInTheYearsThatCanBeTyped() {
        let unread = (1...9999).map(FiscalYear.init(startYear:)).filter { (year: FiscalYear) -> Bool in
            let expected: FiscalYear? = CalendarDate.typedYears.contains(year.startYear) ? year : nil
            return [year.wareki, year.description].contains { (written: String) -> Bool in (try? FiscalYearParser.parse(written)) != expected }
        }
        #expect(unread.isEmpty)
    }

    @Test func aStepPastTheLastOrFirstYearStaysThere() {
        #expect(FiscalYear(startYear: 9999).next == FiscalYear(startYear: 9999) && FiscalYear(startYear: 0).previous == FiscalYear(startYear: 0))
        #expect(FiscalYear(startYear: 9998).next.startYear == 9999 && FiscalYear(startYear: 1).previous.startYear == 0)
    }

    static let refused: [(input: String, reason: CalendarError.Reason)] = [
        ("", .empty), ("FY", .unreadable), ("令和", .unreadable), ("令和2年", .unreadable), ("2020年", .unreadable),
        ("20", .unreadable), ("FY20", .unreadable), ("2020-08-06", .unreadable), ("R2.8.6", .unreadable),
        ("年度", .unreadable), ("X2", .unknownEra("X")), ("R0", .eraYearZero(.reiwa)), ("令和0年度", .eraYearZero(.reiwa)),
        ("0000", .yearOutOfRange), ("FY0000", .yearOutOfRange), ("H9999", .yearOutOfRange), ("0001", .yearOutOfRange),
        ("9999", .yearOutOfRange), ("1872", .yearOutOfRange), ("2101", .yearOutOfRange), ("明治5年度", .yearOutOfRange),
        ("R83", .yearOutOfRange), ("明治46年度", .afterEraEnded(.meiji, correction: "大正2年度")),
        ("大正16年度", .afterEraEnded(.taisho, correction: "昭和2年度")), ("S65", .afterEraEnded(.showa, correction: "平成2年度")),
    ]

    @Test(arguments: refused)
    func refusesWithAReason(_ input: String, _ reason: CalendarError.Reason) {
        #expect(throws: CalendarError(input: input, reason: reason, subject: .fiscalYear)) {
            try FiscalYearParser.parse(input)
        }
    }
}
