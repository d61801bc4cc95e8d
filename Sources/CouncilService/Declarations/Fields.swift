import Council

/// Fields several recording commands share, declared once.
enum Fields {
    static let on = FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "実施した日・起きた日（2020-08-06、令和2年8月6日、R2.8.6 のどの書き方でも可。省略時は今日）", en: "When it happened: 2020-08-06, 令和2年8月6日 or R2.8.6 (default today)."))
    static let plan = FieldDeclaration("plan", value: "ID", help: Bilingual(ja: "予定の ID（例 soudan-2021-p2。予定を記録したときと会議体のページに出ています）", en: "The planned entry (e.g. soudan-2021-p2, printed when it was planned and on the body's page)."), required: true)
    static let reason = FieldDeclaration("reason", value: "TEXT", help: Bilingual(ja: "理由", en: "Why."))
    static let fy = FieldDeclaration("fy", value: "FY", help: Bilingual(ja: "年度（2020、R2、令和2年度、FY2020 のどの書き方でも可）", en: "The fiscal year (年度): 2020, R2, 令和2年度 or FY2020."), required: true)
    static let function = FieldDeclaration("function", value: "F", help: Bilingual(ja: "発揮した協議会の機能：information coordination development education advocacy evaluation（または 情報 調整 開発 教育 権利擁護 評価）", en: "A council function exercised: information coordination development education advocacy evaluation (or 情報 調整 開発 教育 権利擁護 評価)."), repeatable: true, words: CouncilFunction.self)
    static let caseNote = FieldDeclaration("case-note", value: "TEXT", help: Bilingual(ja: "一緒に保管庫に置く事例メモ（公開されません。'kadai case add' を参照）", en: "Case material (事例) to keep with it in the vault, never published (see 'kadai case add')."))

    static let body = PositionalDeclaration("ID", help: Bilingual(ja: "会議体の ID（例：soudan）", en: "The body."))
    static let bodyOf = PositionalDeclaration("BODY", help: Bilingual(ja: "会議体の ID（例：soudan）", en: "The body."))
    static let issue = PositionalDeclaration("ID", help: Bilingual(ja: "地域課題の ID（例：K-0001）", en: "The issue."))
    static let account = PositionalDeclaration("ACCOUNT", help: Bilingual(ja: "OS のアカウント名", en: "The operating-system account."))
}
