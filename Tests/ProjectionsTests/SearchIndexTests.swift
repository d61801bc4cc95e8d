import Calendar
import Council
import Foundation
import Testing
@testable import Projections

/// Full-text search over the council's issues: Japanese words found by their bigrams and confirmed
/// in the text (no false positive from grams of two texts or far apart), one character by its
/// unigram, full-width and half-width forms alike; ranked title first, then by latest activity;
/// posting lists that stay exact when a plan is revised or a closure undone; a binary snapshot
/// that reads back the same and never misreads.
@Suite struct SearchIndexTests {
    static let events: [CouncilEvent] = [
        .issueRaised(IssueRaised(issue: "K-0001", title: "精神障害者が地域で暮らしにくい", raisedBy: "soudan", categories: ["地域移行・地域定着支援"],
                                 groups: ["精神"], summary: "退院後の住まいが見つからない", on: date("2019-06-01"))),
        .issueRaised(IssueRaised(issue: "K-0002", title: "住まいの確保が難しい", raisedBy: "kyoju", categories: ["住まい"], groups: ["知的", "身体"],
                                 on: date("2019-07-01"))),
        .issueRaised(IssueRaised(issue: "K-0003", title: "就労の場が少ない", raisedBy: "shuro", source: "個別支援会議", categories: [], groups: [],
                                 area: "北部", summary: "ＩＴ就労の場がない", on: date("2020-04-01"))),
        .issueAnalysed(IssueAnalysed(issue: "K-0003", factors: ["企業の理解"], focusCandidates: ["企業", "ハローワーク"], chosen: ["企業"],
                                     evidence: "アンケート", on: date("2020-06-01"))),
        .actionPlanAdopted(ActionPlanAdopted(issue: "K-0003", revision: 1, goal: "企業と福祉の連携",
                                             actions: [PlannedAction(number: 1, who: "事務局", toward: "企業", what: "ｳｪﾌﾞ説明会を開く")], on: date("2020-07-01"))),
        .activityLogged(ActivityLogged(issue: "K-0003", summary: "Ｗｅｂ説明会を開いた", kind: .deliverable, advances: [], functions: [], on: date("2020-09-01"))),
        .issueEvaluated(IssueEvaluated(issue: "K-0003", fiscalYear: FiscalYear(startYear: 2020), outcome: "参加企業が増えた", functions: [],
                                       decision: .continue, next: "継続する", on: date("2021-03-31"))),
        .issueRaised(IssueRaised(issue: "K-0004", title: "福祉の相談支援", raisedBy: "soudan", categories: [], groups: [], area: "支援センター周辺",
                                 summary: "住まわせてまいる先がない", on: date("2021-04-01"))),
        .activityLogged(ActivityLogged(issue: "K-0001", summary: "住まいの相談会を開いた", kind: .meeting, advances: [], functions: [], on: date("2022-01-10"))),
        .issueClosed(IssueClosed(issue: "K-0003", reason: .resolved, note: "就労支援部会へ引継ぎ", on: date("2022-03-31"))),
    ]

    static func fold(_ events: [CouncilEvent], into index: inout SearchIndex) {
        for event in events {
            if let change = SearchChange(event) { SearchIndexProjection.apply(&index, change) }
        }
    }

    static func index(_ events: [CouncilEvent] = events) -> SearchIndex {
        var index = SearchIndex()
        fold(events, into: &index)
        return index
    }

    @Test(arguments: [
        ("住まい", ["K-0002", "K-0001"]),          // the title first, then the summary and an activity
        ("精神", ["K-0001"]),
        ("福", ["K-0004", "K-0003"]),              // one kanji: by its unigram, the title first
        ("企業", ["K-0003"]),                      // an analysis, the plan, an evaluation
        ("ｉｔ", ["K-0003"]), ("IT", ["K-0003"]), ("ｉT", ["K-0003"]),   // full-width and half-width, either case
        ("web説明会", ["K-0003"]),                 // Ｗｅｂ in the activity
        ("ウェブ", ["K-0003"]), ("ｳｪﾌﾞ", ["K-0003"]), // half-width katakana in the plan, as typed or as recorded
        ("就労 企業", ["K-0003"]),                 // every word, each in its own text
        ("引継ぎ", ["K-0003"]),                    // the closure note
        ("北部", ["K-0003"]), ("個別支援", ["K-0003"]),
        ("相談支援センター", []),                  // every bigram in K-0004, but 相談支援 in the title, 支援センター in the area
        ("難しい住まい", []),                      // K-0002's title ends 難しい and its category is 住まい: no gram joins them
        ("相談支援", ["K-0004"]),
        ("住まわせて", ["K-0004"]),
        ("すまい", []),                            // hiragana is not kanji
        ("住まい 企業", []),
    ])
    func aQueryFindsWhatHoldsEveryWordInOneText(_ query: String, _ expected: [String]) {
        #expect(Self.index().search(query, limit: 10).map(\.issue) == expected, "\(query)")
    }

    @Test func gramsOfTwoTextsOrFarApartInOneAreNoMatch() {
        // 住ま and まい both in K-0004's summary (住まわせてまいる), but not 住まい.
        let index = Self.index()
        #expect(index.candidates(SearchText.terms("住まい")).contains(3))
        #expect(!index.search("住まい", limit: 10).map(\.issue).contains("K-0004"))
        #expect(index.candidates(SearchText.terms("相談支援センター")) == [3] && index.search("相談支援センター", limit: 10).isEmpty)
    }

    @Test func titleHitsComeFirstThenTheLatestActivity() {
        var index = Self.index()
        Self.fold([.issueRaised(IssueRaised(issue: "K-0005", title: "グループホームの住まい", raisedBy: "kyoju", categories: [], groups: [],
                                            on: date("2023-01-01")))], into: &index)
        let hits = index.search("住まい", limit: 10)
        #expect(hits.map(\.issue) == ["K-0005", "K-0002", "K-0001"])
        #expect(hits.map(\.titleTerms) == [1, 1, 0])
        #expect(index.search("住まい", limit: 2).map(\.issue) == ["K-0005", "K-0002"])
    }

    @Test func theExcerptIsTheFirstMatchAfterTheTitleWithTheMatchApart() throws {
        let hits = Self.index().search("住まい", limit: 10)
        let k1 = try #require(hits.first { $0.issue == "K-0001" })
        #expect(k1.part == .summary && k1.excerpt == SearchExcerpt(before: "退院後の", match: "住まい", after: "が見つからない"))
        let k2 = try #require(hits.first { $0.issue == "K-0002" })
        #expect(k2.part == .category && k2.excerpt.match == "住まい", "a category after the title")
        let web = try #require(Self.index().search("WEB", limit: 1).first)
        #expect(web.part == .activity && web.excerpt == SearchExcerpt(before: "", match: "Ｗｅｂ", after: "説明会を開いた"))
        let katakana = try #require(Self.index().search("ウェブ", limit: 1).first)
        #expect(katakana.part == .plan && katakana.excerpt.match == "ｳｪﾌﾞ", "the match as recorded, half-width")
        let it = try #require(Self.index().search("it", limit: 1).first)
        #expect(it.part == .summary && it.excerpt.match == "ＩＴ")
    }

    @Test func aLongTextIsCutAroundTheMatch() {
        let text = String(repeating: "あ", count: 50) + "住まい\n" + String(repeating: "い", count: 50)
        let excerpt = SearchIndex.excerpt(text, at: 50, length: 3)
        #expect(excerpt.before == "…" + String(repeating: "あ", count: 20) && excerpt.match == "住まい")
        #expect(excerpt.after == " " + String(repeating: "い", count: 39) + "…")
    }

    @Test func aRevisedPlanAndAnUndoneClosureLeaveNoTrace() {
        var index = Self.index()
        #expect(index.search("連携", limit: 10).map(\.issue) == ["K-0003"])
        Self.fold([
            .actionPlanAdopted(ActionPlanAdopted(issue: "K-0003", revision: 2, goal: "企業の開拓",
                                                 actions: [PlannedAction(number: 1, who: "事務局", toward: "企業", what: "訪問する")], on: date("2022-04-10"))),
            .issueReopened(IssueReopened(issue: "K-0003", reason: "再検討", on: date("2022-04-01"))),
        ], into: &index)
        #expect(index.search("連携", limit: 10).isEmpty && index.search("引継ぎ", limit: 10).isEmpty)
        #expect(index.search("開拓", limit: 10).map(\.issue) == ["K-0003"])
        #expect(index.postings[SearchText.bigram(0x9023, 0x643A)] == nil, "連携 has no posting list left")
        #expect(index.search("企業", limit: 10).map(\.issue) == ["K-0003"], "still in the analysis")
        #expect(index.postings == index.postingsFromTexts())
    }

    @Test func aLongHistoryKeepsPostingListsExactAndFindsWhatASubstringSearchFinds() {
        let history = SampleHistory(seed: 7, issues: 30)
        var index = SearchIndex()
        for (_, event) in history.events {
            if let change = SearchChange(event) { index.apply(change) }
        }
        #expect(index.count == history.state.issueOrder.count)
        #expect(index.postings == index.postingsFromTexts())
        for query in ["地域課題1", "要因", "冊子", "課", "地域課題2 冊子", "題"] {
            let terms = SearchText.terms(query)
            let expected = index.entries.filter { entry in
                terms.allSatisfy { term in entry.texts.contains { SearchText.firstIndex(of: term, in: $0.folded) != nil } }
            }.map(\.id)
            #expect(Set(index.search(query, limit: .max).map(\.issue)) == Set(expected), "\(query)")
        }
    }

    // MARK: Folding

    @Test(arguments: [
        ("Ｋ－０００１", "k-0001"), ("ＡＢＣ　ｘｙｚ", "abc xyz"), ("ｶﾞｲﾄﾞﾍﾙﾊﾟｰ", "ガイドヘルパー"), ("ｳﾞ", "ヴ"),
        ("か\u{3099}", "が"), ("ハ\u{309A}", "パ"), ("ゝ\u{3099}", "ゞ"), ("A\u{3099}", "a\u{3099}"), ("住まい", "住まい"), ("スマイ", "スマイ"),
        ("a\tb\nc", "a b c"),
    ])
    func textIsFoldedAsTyped(_ typed: String, _ folded: String) {
        #expect(SearchText.folded(typed) == folded.unicodeScalars.map(\.value), "\(typed)")
    }

    /// Every full-width and half-width form folds as NFKC (then lower-case ASCII) has it, and every
    /// kana with a combining voiced or semi-voiced mark as NFC composes it. (Foundation's NFKC
    /// leaves `ｶﾞ` as カ and a combining mark here, so NFC composes after it.)
    @Test func foldingAgreesWithFoundationsNormalisation() {
        func nfkc(_ s: String) -> [UInt32] {
            s.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.unicodeScalars.map { $0.value >= 0x41 && $0.value <= 0x5A ? $0.value + 0x20 : $0.value }
        }
        for v in Array(0xFF01...0xFF5E) + Array(0xFF61...0xFF9F) {
            let s = String(UnicodeScalar(UInt32(v))!)
            #expect(SearchText.folded(s) == nfkc(s), "U+\(String(v, radix: 16, uppercase: true))")
        }
        for kana in 0x3041...0x30FF {
            for mark in [0x3099, 0x309A] {
                let s = String(UnicodeScalar(UInt32(kana))!) + String(UnicodeScalar(UInt32(mark))!)
                #expect(SearchText.folded(s) == s.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value),
                        "U+\(String(kana, radix: 16, uppercase: true)) U+\(String(mark, radix: 16, uppercase: true))")
            }
        }
        for half in 0xFF66...0xFF9D {
            for mark in ["ﾞ", "ﾟ"] {
                let s = String(UnicodeScalar(UInt32(half))!) + mark
                #expect(SearchText.folded(s) == nfkc(s), "U+\(String(half, radix: 16, uppercase: true)) \(mark)")
            }
        }
    }

    // MARK: Snapshot

    @Test func theSnapshotReadsBackTheSameAndTheTailFoldsOnIt() throws {
        let whole = Self.index()
        let bytes = SearchIndexProjection.encode(whole)
        #expect(SearchIndexProjection.decode(bytes) == whole)
        #expect(SearchIndexProjection.decode(SearchIndexProjection.encode(SearchIndex())) == SearchIndex())
        var resumed = try #require(SearchIndexProjection.decode(SearchIndexProjection.encode(Self.index(Array(Self.events.prefix(5))))))
        Self.fold(Array(Self.events.dropFirst(5)), into: &resumed)
        #expect(resumed == whole && resumed.search("住まい", limit: 10).map(\.issue) == ["K-0002", "K-0001"])
    }

    @Test func everyTruncationReadsAsNothingAndAlteredBytesNeverCrash() {
        let bytes = SearchIndexProjection.encode(Self.index(Array(Self.events.prefix(3))))
        for length in 0..<bytes.count {
            #expect(SearchIndexProjection.decode(Array(bytes[..<length])) == nil, "cut to \(length) bytes")
        }
        #expect(SearchIndexProjection.decode(bytes + [0]) == nil, "trailing bytes")
        for i in 0..<bytes.count {
            for value: UInt8 in [0x00, 0x01, 0x7F, 0xFF] {
                var altered = bytes
                altered[i] = value
                if let index = SearchIndexProjection.decode(altered) { _ = index.search("住まい", limit: 10) }
            }
        }
    }
}
