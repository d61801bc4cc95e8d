import Council
import JSON
import Projections
import Testing
@testable import Documents

/// The legends under the functions (機能) say what the count is made of, and that is what
/// `FunctionUse` counts: reviews, activities (with the functions of the plan actions they moved
/// forward) and evaluations. A plan alone counts nothing.
@Suite struct FunctionLegendTests {
    /// The Nagaoka council with a second plan revision naming 権利擁護 for an action nobody moved.
    static var record: CouncilRecord {
        var c = SampleCouncil.nagaoka
        c.run(.planIssue(issue: "K-0001", goal: "支援者や相談先が明確で、安心感を持ってもらえる体制",
                         actions: [PlannedAction(number: 1, who: "相談支援部会", toward: "民生委員", what: "冊子を作る", due: date("2021-03-31"), functions: [.information, .development]),
                                   PlannedAction(number: 2, who: "相談支援部会", toward: "本人", what: "権利を守る", due: nil, functions: [.advocacy])],
                         on: date("2021-03-10")))
        return c.record
    }

    @Test func aFunctionNamedOnlyInAPlanIsNotCounted() {
        let d = Scorecard(record: Self.record, year: fy(2020), language: .ja).document()
        guard case .table(let t)? = d.blocks.first else { Issue.record("no table"); return }
        #expect(t.rows.first { $0[0] == "権利擁護機能" }?[3] == "0")
        #expect(t.rows.first { $0[0] == "開発機能" }?[3] == "1", "carried by the activity that moved action 1")
    }

    static let legends: [(DocumentLanguage, scorecard: String, sheet: String)] = [
        (.ja, "記録数は、振り返り・活動・評価のうち、その機能を挙げた記録の数です。活動には、その活動で実施中または完了にしたアクションプランの取組に挙げた機能も含みます。アクションプランを立てただけでは数えません。",
         "■ この年度に発揮した機能（振り返り・活動・評価の記録から。活動で進めたアクションプランの取組の機能を含み、計画だけでは数えません）　□ 発揮の記録なし"),
        (.en, "Records: reviews, activities and evaluations that name the function. An activity also counts the functions of the plan's actions it moved to in progress or done; a plan alone counts nothing.",
         "■ exercised this year (from the review, activities and evaluations, with the functions of the plan's actions an activity moved forward; a plan alone counts nothing)   □ no record"),
    ]

    @Test(arguments: legends)
    func theLegendsSayWhatIsCounted(_ language: DocumentLanguage, scorecard: String, sheet: String) {
        let record = Self.record
        #expect(Scorecard(record: record, year: fy(2020), language: language).document().blocks.last == .note(scorecard))
        #expect(ReviewSheet(record: record, body: record.body("soudan")!, year: fy(2020), language: language).document().blocks.contains(.note(sheet)))
    }

    /// Each kind of record the count is made of is named in the legend, so a new one cannot be counted unsaid.
    @Test func everySourceOfAUseIsNamed() {
        let words: [FunctionUse.Source: (ja: String, en: String)] = [.review: ("振り返り", "review"), .activity: ("活動", "activit"), .evaluation: ("評価", "evaluation")]
        for source in FunctionUse.Source.allCases {
            let word = words[source]
            #expect(word != nil, "\(source) has no word in the legend")
            #expect(DocumentLabels.text("scorecard.note", .ja).contains(word?.ja ?? "?") && DocumentLabels.text("scorecard.note", .en).contains(word?.en ?? "?"))
        }
    }
}
