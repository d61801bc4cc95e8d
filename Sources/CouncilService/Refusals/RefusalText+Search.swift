extension RefusalText {
    /// Why a search was not run, in plain words.
    public func describe(_ refusal: SearchRefusal) -> String {
        switch refusal {
        case .emptyQuery:
            return text("検索する言葉を入れてください（地域課題の名前、概要、背景分析、アクションプラン、実行、評価から探します）。",
                        "Type what to look for (titles, summaries, analyses, action plans, activities and evaluations are searched).")
        case .queryTooLong(let length, let limit):
            return text("検索する言葉が長すぎます（\(length)文字、上限\(limit)文字）。短い言葉をいくつか、空白で区切って入れてください。",
                        "The search is too long (\(length) characters; at most \(limit)). Type a few short words, separated by spaces.")
        }
    }
}
