import Calendar
import Testing

/// Random strings of the characters dates are made of reach the corners the tables miss: every
/// one must be read or refused with a `CalendarError` that quotes it, never crash.
@Suite struct ParserFuzzTests {
    static let alphabet: [String] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "０", "２", "９",
        "R", "H", "S", "T", "M", "r", "h", "X", "F", "Y", "Ｒ",
        "令和", "平成", "昭和", "大正", "明治", "令", "年", "月", "日", "元", "度", "㋿",
        ".", "/", "-", "ー", "．", "／", " ", "\u{3000}", "\t", "(", "'", "\u{301}",
    ]

    static let valid = ["2020-08-06", "令和2年8月6日", "令和元年5月1日", "R2.8.6", "H31.4.30", "S64.1.7", "2020年度", "R2", "FY2020"]

    /// Half the strings are drawn from the alphabet alone; the other half are valid forms with a
    /// few pieces replaced, inserted or removed, which keeps many of them near the accepting paths.
    static func randomText(_ random: inout TestRandom) -> String {
        if random.below(2) == 0 {
            return (0..<random.below(14)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
        }
        var pieces = valid[random.below(valid.count)].map(String.init)
        for _ in 0..<random.below(3) {
            let piece = alphabet[random.below(alphabet.count)], at = random.below(pieces.count + 1)
            switch random.below(3) {
            case 0 where at < pieces.count: pieces[at] = piece
            case 1 where at < pieces.count: pieces.remove(at: at)
            default: pieces.insert(piece, at: at)
            }
        }
        return pieces.joined()
    }

    @Test(arguments: [1 as UInt64, 20_200_806])
    func parsersNeverCrash(seed: UInt64) {
        var random = TestRandom(seed: seed)
        var (dates, fiscalYears) = (0, 0)
        for _ in 0..<4000 {
            let text = Self.randomText(&random)
            do throws(CalendarError) {
                let day = try DateParser.parse(text)
                dates += 1
                #expect(try DateParser.parse(day.description) == day, "\(text)")
            } catch {
                #expect(error.input == text)
                #expect(quotes(error.message(japanese: false), text), "\(text)")
                #expect(quotes(error.message(japanese: true), text), "\(text)")
            }
            do throws(CalendarError) {
                let fiscalYear = try FiscalYearParser.parse(text)
                fiscalYears += 1
                #expect(try FiscalYearParser.parse(fiscalYear.wareki) == fiscalYear, "\(text)")
            } catch {
                #expect(error.subject == .fiscalYear && quotes(error.message(japanese: false), text), "\(text)")
            }
        }
        // Mostly refusals, but enough successes that the loop also exercises the accepting paths.
        #expect(dates > 100 && fiscalYears > 100, "seed \(seed): \(dates) dates, \(fiscalYears) fiscal years")
    }

    /// Near-miss dates: valid shapes with numbers drawn wide, including the era boundaries.
    @Test func shapedInputsAreReadOrRefusedConsistently() {
        var random = TestRandom(seed: 7)
        let eras = ["令和", "平成", "昭和", "大正", "明治", "R", "H", "S", "T", "M", "慶応", "Q"]
        for _ in 0..<3000 {
            let era = eras[random.below(eras.count)]
            let (year, month, day) = (random.below(70), random.below(15), random.below(33))
            let text = random.below(2) == 0 ? "\(era)\(year)年\(month)月\(day)日" : "\(era)\(year).\(month).\(day)"
            do throws(CalendarError) {
                let parsed = try DateParser.parse(text)
                #expect(parsed.month == month && parsed.day == day, "\(text)")
                #expect(Era(name: era).map { $0.gregorianYear(eraYear: year) } == parsed.year, "\(text)")
            } catch {
                #expect(quotes(error.message(japanese: false), text), "\(text)")
            }
        }
    }
}

/// Whether `message` holds `'text'`, compared by scalars: as Characters, a combining mark at the
/// start of `text` would merge with the quote and hide a correct quotation.
func quotes(_ message: String, _ text: String) -> Bool {
    let message = Array(message.unicodeScalars), quoted = Array("'\(text)'".unicodeScalars)
    guard quoted.count <= message.count else { return false }
    return (0...(message.count - quoted.count)).contains { message[$0..<($0 + quoted.count)].elementsEqual(quoted) }
}
