/// The one rule every piece of free text a command brings must pass, whatever the field: a title or
/// a name, a list value (source, category, factor …) or a longer text (summary, reasons, agenda,
/// a case note). What it refuses could otherwise reach every terminal, document and web page that
/// shows the text, or make the text read differently from what is recorded:
/// - C0 control characters (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F): a
///   terminal's ESC and OSC sequences, BEL, NUL, a lone CR that writes over its own line. Longer
///   text keeps line feeds and tabs, and a CRLF line break becomes LF;
/// - the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
///   reorder what is displayed around them (`report` U+202E `fdp.exe` shows as `reportexe.pdf`).
/// Limits count characters as a reader does, and Unicode scalars too: a character can carry any
/// number of combining marks (`Z` and a million U+0301 is one character of 2 MB).
public struct TextRule: Sendable {
    /// Whether line breaks and tabs belong in the text.
    public let multiline: Bool
    /// At most this many characters (grapheme clusters).
    public let characterLimit: Int

    /// A title, a name, an affiliation or a list value: one line of at most 200 characters.
    public static let line = TextRule(multiline: false, characterLimit: 200)
    /// A summary, a reason, a note, an agenda item …: lines of at most 4000 characters in all.
    public static let text = TextRule(multiline: true, characterLimit: 4000)

    /// Twice the characters: Japanese written decomposed (か + U+3099 for が) takes two scalars a
    /// character and still fits, while a text's size stays bounded (at most 4 bytes a scalar).
    public var scalarLimit: Int { characterLimit * 2 }

    /// The text trimmed of surrounding spaces (CRLF as LF in longer text), or the refusal naming `field`.
    public func check(_ value: String, _ field: String) throws(DomainError) -> String {
        let text = (multiline ? Self.unixLineBreaks(value) : value).trimmingSpaces
        guard !text.isEmpty else { throw .emptyText(field: field) }
        let characters = text.count
        guard characters <= characterLimit else { throw .textTooLong(field: field, limit: characterLimit, length: characters) }
        let scalars = text.unicodeScalars.count
        guard scalars <= scalarLimit else { throw .tooManyCodePoints(field: field, limit: scalarLimit, count: scalars) }
        if let refused = text.unicodeScalars.first(where: refuses) {
            if Self.isDirectionControl(refused) { throw .directionControl(field: field) }
            throw multiline ? .controlCharacterInText(field: field) : .controlCharacter(field: field)
        }
        return text
    }

    public func check(optional value: String?, _ field: String) throws(DomainError) -> String? {
        guard let value else { return nil }
        return try check(value, field)
    }

    public func check(each values: [String], _ field: String) throws(DomainError) -> [String] {
        try values.map { (v) throws(DomainError) in try check(v, field) }
    }

    /// Whether the rule refuses this scalar wherever it stands (a CR of a CRLF is mended first).
    public func refuses(_ s: Unicode.Scalar) -> Bool {
        isRefusedControl(s) || Self.isDirectionControl(s)
    }

    func isRefusedControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A: !multiline
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    static func isDirectionControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    /// CRLF as LF; a CR alone stays, to be refused.
    static func unixLineBreaks(_ value: String) -> String {
        guard value.utf8.contains(13) else { return value }
        var out = String.UnicodeScalarView()
        var scalars = value.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let s = pending {
            pending = scalars.next()
            if s == "\r", pending == "\n" { continue }
            out.append(s)
        }
        return String(out)
    }
}
