/// Text as the search index compares it: folded scalar by scalar so that what a person types finds
/// what was recorded however either was keyed in. A part of NFKC done without Foundation (whose
/// ICU would load into every run of the command line): full-width ASCII (`Ｋ－０００１`) becomes
/// ASCII, half-width katakana (`ｶﾞｲﾄﾞ`) full-width, a kana followed by a combining voiced or
/// semi-voiced mark one precomposed kana; ASCII letters are lower-cased; every kind of space and
/// control character is a space, which no gram crosses. Hiragana and katakana stay apart, as do
/// kanji variants: 「すまい」 does not find 「スマイ」 or 「住まい」.
public enum SearchText {
    /// The space every separator folds to.
    static let space: UInt32 = 0x20

    /// `text` folded, with the offset in `text.unicodeScalars` of the first scalar behind each
    /// folded one, so an excerpt can be cut from what was recorded.
    public static func fold(_ text: String) -> (scalars: [UInt32], origins: [Int]) {
        var scalars: [UInt32] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let folded = fold(scalar.value)
            if folded == 0x3099 || folded == 0x309A, let last = scalars.last, let composed = compose(last, mark: folded) {
                scalars[scalars.count - 1] = composed
                continue
            }
            scalars.append(folded)
            origins.append(offset)
        }
        return (scalars, origins)
    }

    /// The folded scalars alone.
    public static func folded(_ text: String) -> [UInt32] { fold(text).scalars }

    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0xFF21...0xFF3A: return v - 0xFEE0 + 0x20
        case 0xFF01...0xFF5E: return v - 0xFEE0
        case 0xFF61...0xFF9F: return UInt32(halfWidthKana[Int(v - 0xFF61)])
        case 0...0x20, 0x7F...0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return space
        default: return v
        }
    }

    /// U+FF61…U+FF9F as NFKC has them: the half-width punctuation, katakana, prolonged sound mark
    /// and the voiced and semi-voiced marks (as combining marks, composed with the kana before).
    static let halfWidthKana: [UInt16] = [
        0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3, 0x30FC,
        0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF,
        0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF,
        0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3, 0x3099, 0x309A,
    ]

    /// A kana and a following combining voiced (U+3099) or semi-voiced (U+309A) mark as the one
    /// precomposed kana NFC makes of them; nil when there is none (the mark stays on its own).
    static func compose(_ kana: UInt32, mark: UInt32) -> UInt32? {
        // Katakana sit 0x60 above the hiragana of the same sound.
        let katakana = kana >= 0x30A1
        let base = katakana && kana <= 0x30F6 ? kana - 0x60 : kana
        if mark == 0x309A {
            return [0x306F, 0x3072, 0x3075, 0x3078, 0x307B].contains(base) ? kana + 2 : nil
        }
        switch kana {
        case 0x3046: return 0x3094                      // う → ゔ
        case 0x30A6: return 0x30F4                      // ウ → ヴ
        case 0x30EF...0x30F2: return kana + 8           // ワヰヱヲ → ヷヸヹヺ
        case 0x309D, 0x30FD: return kana + 1            // ゝ → ゞ, ヽ → ヾ
        default: break
        }
        switch base {
        case 0x304B...0x3062 where base % 2 == 1,       // か…ち
             0x3064, 0x3066, 0x3068,                    // つ て と
             0x306F, 0x3072, 0x3075, 0x3078, 0x307B:    // は ひ ふ へ ほ
            return kana + 1
        default:
            return nil
        }
    }

    /// A gram: one scalar (`UInt64(a)`), or two in a row (`a << 32 | b`). No folded scalar is 0,
    /// so the two never collide.
    static func unigram(_ a: UInt32) -> UInt64 { UInt64(a) }
    static func bigram(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// Every gram of folded text, each once, in ascending order: each scalar that is not a space,
    /// and each two in a row of them.
    static func grams(_ folded: [UInt32], into set: inout Set<UInt64>) {
        var previous: UInt32 = space
        for s in folded {
            if s != space {
                set.insert(unigram(s))
                if previous != space { set.insert(bigram(previous, s)) }
            }
            previous = s
        }
    }

    /// The grams a term is found by: its one scalar, or its bigrams.
    static func grams(ofTerm term: [UInt32]) -> [UInt64] {
        guard term.count > 1 else { return term.map(unigram) }
        return (1..<term.count).map { bigram(term[$0 - 1], term[$0]) }
    }

    /// A query as terms, every one of which a match holds: folded, split at spaces.
    public static func terms(_ query: String) -> [[UInt32]] {
        folded(query).split(separator: space).map(Array.init)
    }

    /// Where `term` first occurs in `text`, if it does.
    static func firstIndex(of term: [UInt32], in text: [UInt32]) -> Int? {
        guard !term.isEmpty, term.count <= text.count else { return nil }
        let first = term[0]
        var i = 0
        let last = text.count - term.count
        while i <= last {
            if text[i] == first {
                var j = 1
                while j < term.count && text[i + j] == term[j] { j += 1 }
                if j == term.count { return i }
            }
            i += 1
        }
        return nil
    }
}
