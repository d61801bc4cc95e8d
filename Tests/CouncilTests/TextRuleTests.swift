import Council
import Testing

// The one text rule (issue 11, findings 9, 10 and 14): what each shape keeps, mends and refuses.

struct TextCase: Sendable, CustomTestStringConvertible {
    var name: String
    var rule: TextRule
    var value: String
    var expected: Result<String, DomainError>
    var testDescription: String { name }

    init(_ name: String, _ rule: TextRule, _ value: String, _ expected: Result<String, DomainError>) {
        self.name = name
        self.rule = rule
        self.value = value
        self.expected = expected
    }
}

private let marks = String(repeating: "\u{301}", count: 1_000_000)

private let cases: [TextCase] = [
    TextCase("a title, trimmed", .line, "\u{3000} 相談先が分からない ", .success("相談先が分からない")),
    TextCase("a title of 200 characters", .line, String(repeating: "課", count: 200), .success(String(repeating: "課", count: 200))),
    TextCase("a title of 201 characters", .line, String(repeating: "課", count: 201), .failure(.textTooLong(field: "f", limit: 200, length: 201))),
    TextCase("an emoji family is one character of seven scalars", .line, "👨‍👩‍👧‍👦の会", .success("👨‍👩‍👧‍👦の会")),
    TextCase("200 characters written decomposed (が as か + U+3099) fit", .line, String(repeating: "か\u{3099}", count: 200),
             .success(String(repeating: "か\u{3099}", count: 200))),
    TextCase("Z and a million combining marks: one character of 1000001 scalars", .line, "Z" + marks,
             .failure(.tooManyCodePoints(field: "f", limit: 400, count: 1_000_001))),
    TextCase("the same in a longer text", .text, "Z" + marks, .failure(.tooManyCodePoints(field: "f", limit: 8000, count: 1_000_001))),
    TextCase("a text of 4000 characters", .text, String(repeating: "a", count: 4000), .success(String(repeating: "a", count: 4000))),
    TextCase("a text of 4001 characters", .text, String(repeating: "a", count: 4001), .failure(.textTooLong(field: "f", limit: 4000, length: 4001))),
    TextCase("spaces only", .line, " \u{3000}\t", .failure(.emptyText(field: "f"))),
    TextCase("a line with a line feed", .line, "二行の\nタイトル", .failure(.controlCharacter(field: "f"))),
    TextCase("a line with a tab", .line, "W\tG", .failure(.controlCharacter(field: "f"))),
    TextCase("a line with a CRLF", .line, "a\r\nb", .failure(.controlCharacter(field: "f"))),
    TextCase("a line with an OSC sequence (ESC ] … BEL)", .line, "a\u{1B}]0;x\u{07}b", .failure(.controlCharacter(field: "f"))),
    TextCase("a line with DEL", .line, "a\u{7F}b", .failure(.controlCharacter(field: "f"))),
    TextCase("a line with C1 CSI (U+009B)", .line, "a\u{9B}31mb", .failure(.controlCharacter(field: "f"))),
    TextCase("a line with C1 NEL (U+0085) inside", .line, "a\u{85}b", .failure(.controlCharacter(field: "f"))),
    TextCase("a line with a right-to-left override", .line, "report\u{202E}fdp.exe", .failure(.directionControl(field: "f"))),
    TextCase("a line with a left-to-right embedding", .line, "a\u{202A}b", .failure(.directionControl(field: "f"))),
    TextCase("a line with a first-strong isolate", .line, "a\u{2068}b", .failure(.directionControl(field: "f"))),
    TextCase("a line with a pop directional isolate", .line, "a\u{2069}b", .failure(.directionControl(field: "f"))),
    TextCase("a right-to-left mark is no override", .line, "a\u{200F}b", .success("a\u{200F}b")),
    TextCase("a text keeps line feeds and tabs", .text, "一行目\n\t二行目", .success("一行目\n\t二行目")),
    TextCase("a text's CRLF becomes LF", .text, "一行目\r\n二行目\r\n", .success("一行目\n二行目")),
    TextCase("a text with a CR alone (it writes over its line)", .text, "safe\rEVIL", .failure(.controlCharacterInText(field: "f"))),
    TextCase("a text with ESC", .text, "a\u{1B}[31mred", .failure(.controlCharacterInText(field: "f"))),
    TextCase("a text with NUL", .text, "a\u{0}b", .failure(.controlCharacterInText(field: "f"))),
    TextCase("a text with C1 OSC (U+009D)", .text, "a\u{9D}0;x\u{9C}b", .failure(.controlCharacterInText(field: "f"))),
    TextCase("a text with an isolate override", .text, "a\n\u{2066}b", .failure(.directionControl(field: "f"))),
]

@Suite struct TextRuleTests {
    @Test(arguments: cases) func theRule(_ c: TextCase) {
        let got = Result { () throws(DomainError) in try c.rule.check(c.value, "f") }
        switch (got, c.expected) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a), .failure(let b)): #expect(a == b)
        default: Issue.record("got \(String(describing: got).prefix(200)), expected \(String(describing: c.expected).prefix(200))")
        }
    }

    @Test func theLimitsInScalarsAreTwiceThoseInCharacters() {
        #expect(TextRule.line.scalarLimit == 400)
        #expect(TextRule.text.scalarLimit == 8000)
    }
}
