import Calendar
import Foundation
import Testing

@Suite struct EraTests {
    static let boundaries: [(iso: String, wareki: String, short: String)] = [
        ("1868-10-22", "1868-10-22", "1868-10-22"),
        ("1868-10-23", "明治元年10月23日", "M1.10.23"),
        ("1912-07-29", "明治45年7月29日", "M45.7.29"),
        ("1912-07-30", "大正元年7月30日", "T1.7.30"),
        ("1926-12-24", "大正15年12月24日", "T15.12.24"),
        ("1926-12-25", "昭和元年12月25日", "S1.12.25"),
        ("1927-01-01", "昭和2年1月1日", "S2.1.1"),
        ("1989-01-07", "昭和64年1月7日", "S64.1.7"),
        ("1989-01-08", "平成元年1月8日", "H1.1.8"),
        ("2019-04-30", "平成31年4月30日", "H31.4.30"),
        ("2019-05-01", "令和元年5月1日", "R1.5.1"),
        ("2020-08-06", "令和2年8月6日", "R2.8.6"),
        ("2020-12-31", "令和2年12月31日", "R2.12.31"),
        ("0001-01-01", "0001-01-01", "0001-01-01"),
        ("9999-12-31", "令和7981年12月31日", "R7981.12.31"),
    ]

    @Test(arguments: boundaries)
    func writesDatesInWareki(_ iso: String, _ wareki: String, _ short: String) {
        #expect(date(iso).wareki == wareki)
        #expect(date(iso).warekiShort == short)
    }

    static let eras: [(Era, String, Character, String, String?, Int)] = [
        (.meiji, "明治", "M", "1868-10-23", "1912-07-29", 1868),
        (.taisho, "大正", "T", "1912-07-30", "1926-12-24", 1912),
        (.showa, "昭和", "S", "1926-12-25", "1989-01-07", 1926),
        (.heisei, "平成", "H", "1989-01-08", "2019-04-30", 1989),
        (.reiwa, "令和", "R", "2019-05-01", nil, 2019),
    ]

    @Test(arguments: eras)
    func knowsItsNamesAndDays(_ era: Era, _ kanji: String, _ letter: Character, _ first: String, _ last: String?, _ year1: Int) {
        #expect(era.kanji == kanji)
        #expect(era.letter == letter)
        #expect(era.firstDay == date(first))
        #expect(era.lastDay == last.map(date))
        #expect(era.gregorianYear(eraYear: 1) == year1)
        #expect(era.eraYear(gregorianYear: year1) == 1)
        #expect(Era(name: kanji) == era && Era(name: String(letter)) == era && Era(name: String(letter).lowercased()) == era)
        #expect(Era.of(era.firstDay) == era)
        #expect(Era.of(era.firstDay.adding(days: -1)) == (era == .meiji ? nil : Era.allCases.last { $0.firstDay < era.firstDay }))
    }

    @Test func convertsEraYears() {
        #expect(Era.heisei.gregorianYear(eraYear: 1) == 1989)
        #expect(Era.heisei.gregorianYear(eraYear: 33) == 2021)
        #expect(Era.showa.gregorianYear(eraYear: 64) == 1989)
        #expect(Era.reiwa.gregorianYear(eraYear: 2) == 2020)
        #expect(Era(name: "X") == nil && Era(name: "") == nil && Era(name: "慶応") == nil)
    }

    /// ICU's Japanese calendar as an independent witness, from 1873, when Japan adopted the
    /// Gregorian calendar (ICU starts 明治 on the lunar date, which differs in 1868).
    @Test func agreesWithFoundationsJapaneseCalendarFrom1873() {
        var japanese = Foundation.Calendar(identifier: .japanese)
        japanese.timeZone = TimeZone(identifier: "UTC")!
        let icuEras: [Int: Era] = [232: .meiji, 233: .taisho, 234: .showa, 235: .heisei, 236: .reiwa]
        var mismatches: [String] = []
        for days in date("1873-01-01").daysSinceEpoch...date("2100-12-31").daysSinceEpoch {
            let ours = CalendarDate(daysSinceEpoch: days)
            let parts = japanese.dateComponents([.era, .year], from: Date(timeIntervalSince1970: Double(days) * 86400))
            guard let era = ours.era else { mismatches.append(ours.description); continue }
            if icuEras[parts.era ?? -1] != era || parts.year != era.eraYear(gregorianYear: ours.year) {
                mismatches.append(ours.description)
            }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
    }
}
