import Calendar
import Testing

@Suite struct CalendarErrorTests {
    static let long = String(repeating: "令和2年8月6日", count: 1024)

    static let dateMessages: [(input: String, english: String)] = [
        ("", "'' is not a date: it is empty. Write a date like 2020-08-06 or 令和2年8月6日."),
        ("abc", "'abc' is not a date. Write a date like 2020-08-06 or 令和2年8月6日."),
        ("2021-02-29", "'2021-02-29' is not a date: February 2021 has 28 days."),
        ("1900-02-29", "'1900-02-29' is not a date: February 1900 has 28 days."),
        ("2020-04-00", "'2020-04-00' is not a date: April 2020 has 30 days, counted from 1."),
        ("令和2年13月1日", "'令和2年13月1日' is not a date: there is no month 13. Write a date like 2020-08-06 or 令和2年8月6日."),
        ("令和元年4月30日", "'令和元年4月30日' is before 令和 began (2019-05-01); write 平成31年4月30日."),
        ("平成元年1月7日", "'平成元年1月7日' is before 平成 began (1989-01-08); write 昭和64年1月7日."),
        ("R1.4.30", "'R1.4.30' is before 令和 began (2019-05-01); write H31.4.30."),
        ("R0.1.1", "'R0.1.1' is not a date: there is no 令和0年; the first year is 令和元年 (R1)."),
        ("X2.1.1", "'X2.1.1' is not a date: X is not an era. Use 明治 (M), 大正 (T), 昭和 (S), 平成 (H) or 令和 (R)."),
        ("2020-8", "'2020-8' gives the month but not the day; write the day as well, like 2020-08-06 or 令和2年8月6日."),
        ("令和", "'令和' is not a date. Write a date like 2020-08-06 or 令和2年8月6日."),
        ("FY", "'FY' is not a date. Write a date like 2020-08-06 or 令和2年8月6日."),
        ("20200806", "'20200806' is not a date: separate the year, month and day. Write a date like 2020-08-06 or 令和2年8月6日."),
        ("0000-01-01", "'0000-01-01' is outside the dates kadai takes: from 1873-01-01 (明治6年1月1日, when Japan adopted the Gregorian calendar) to 2100-12-31."),
        ("9999-12-31", "'9999-12-31' is outside the dates kadai takes: from 1873-01-01 (明治6年1月1日, when Japan adopted the Gregorian calendar) to 2100-12-31."),
        ("S64.1.8", "'S64.1.8' is after 昭和 ended (1989-01-07); write H1.1.8."),
        (long, "'令和2年8月6日令和2年8月6日令和2年8月6日…' is not a date: it is 8192 characters long. Write a date like 2020-08-06 or 令和2年8月6日."),
    ]

    @Test(arguments: dateMessages)
    func explainsARefusedDateInEnglish(_ input: String, _ english: String) {
        #expect(dateError(input)?.message(japanese: false) == english)
        #expect(dateError(input)?.description == english)
    }

    @Test func aTenKilobyteStringIsRefusedQuickly() {
        let input = String(repeating: "2", count: 10 * 1024)
        #expect(dateError(input)?.reason == .tooLong(characters: 10240))
        #expect(dateError(input)?.message(japanese: false) == "'222222222222222222222222…' is not a date: it is 10240 characters long. Write a date like 2020-08-06 or 令和2年8月6日.")
        #expect(fiscalYearError(input)?.reason == .tooLong(characters: 10240))
    }

    static let japaneseMessages: [(input: String, japanese: String)] = [
        ("", "'' は空です。2020-08-06 や 令和2年8月6日 のように書いてください。"),
        ("abc", "'abc' は日付として読めません。2020-08-06 や 令和2年8月6日 のように書いてください。"),
        ("2021-02-29", "'2021-02-29' は存在しない日付です（2021年2月は28日まで）。"),
        ("令和2年13月1日", "'令和2年13月1日' は存在しない日付です（13月はありません）。2020-08-06 や 令和2年8月6日 のように書いてください。"),
        ("令和元年4月30日", "'令和元年4月30日' は令和の始まり（2019-05-01）より前です。平成31年4月30日 と書いてください。"),
        ("R0.1.1", "'R0.1.1' は日付として読めません（令和0年はありません。最初の年は令和元年 (R1) です）。"),
        ("X2.1.1", "'X2.1.1' の X は元号ではありません。明治 (M)・大正 (T)・昭和 (S)・平成 (H)・令和 (R) のいずれかを使ってください。"),
        ("20200806", "'20200806' は日付として読めません（年・月・日を区切ってください）。2020-08-06 や 令和2年8月6日 のように書いてください。"),
        ("0000-01-01", "'0000-01-01' は扱える日付の範囲の外です（太陽暦を採用した1873-01-01（明治6年1月1日）から2100-12-31まで）。"),
        ("昭和64年1月8日", "'昭和64年1月8日' は昭和の終わり（1989-01-07）より後です。平成元年1月8日 と書いてください。"),
    ]

    @Test(arguments: japaneseMessages)
    func explainsARefusedDateInJapanese(_ input: String, _ japanese: String) {
        #expect(dateError(input)?.message(japanese: true) == japanese)
    }

    static let fiscalYearMessages: [(input: String, english: String, japanese: String)] = [
        ("FY", "'FY' is not a fiscal year. Write a fiscal year like 2020, FY2020 or 令和2年度.",
         "'FY' は年度として読めません。2020、FY2020、令和2年度 のように書いてください。"),
        ("", "'' is not a fiscal year: it is empty. Write a fiscal year like 2020, FY2020 or 令和2年度.",
         "'' は空です。2020、FY2020、令和2年度 のように書いてください。"),
        ("令和0年度", "'令和0年度' is not a fiscal year: there is no 令和0年; the first year is 令和元年 (R1).",
         "'令和0年度' は年度として読めません（令和0年はありません。最初の年は令和元年 (R1) です）。"),
        ("H9999", "'H9999' is outside the fiscal years kadai takes: from 1873 (明治6年度) to 2100.",
         "'H9999' は扱える年度の範囲の外です（1873年度（明治6年度）から2100年度まで）。"),
        ("大正16年度", "'大正16年度' is after 大正 ended (1926-12-24); write 昭和2年度.",
         "'大正16年度' は大正の終わり（1926-12-24）より後です。昭和2年度 と書いてください。"),
    ]

    @Test(arguments: fiscalYearMessages)
    func explainsARefusedFiscalYear(_ input: String, _ english: String, _ japanese: String) {
        #expect(fiscalYearError(input)?.message(japanese: false) == english)
        #expect(fiscalYearError(input)?.message(japanese: true) == japanese)
    }
}

func dateError(_ input: String) -> CalendarError? {
    do throws(CalendarError) {
        _ = try DateParser.parse(input)
        return nil
    } catch {
        return error
    }
}

func fiscalYearError(_ input: String) -> CalendarError? {
    do throws(CalendarError) {
        _ = try FiscalYearParser.parse(input)
        return nil
    } catch {
        return error
    }
}
