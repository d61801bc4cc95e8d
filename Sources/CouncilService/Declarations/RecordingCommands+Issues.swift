import Council

extension RecordingCommands {
    /// An issue's life: raised, given to a body, analysed, planned, acted on, evaluated, closed.
    static let issues: [CommandDeclaration] = [
        CommandDeclaration(["issue", "raise"], abstract: Bilingual(ja: "地域課題を提起します。付いた ID を表示します。", en: "Raise a regional issue (地域課題); prints its id."),
                           fields: [FieldDeclaration("title", value: "TEXT", help: Bilingual(ja: "課題名（例：精神障害者が地域で暮らしにくい）", en: "The issue, e.g. 精神障害者が地域で暮らしにくい."), required: true),
                                    FieldDeclaration("by", value: "BODY", help: Bilingual(ja: "提起する会議体（そのまま担当の会議体になる）", en: "The body raising it (it owns it)."), required: true),
                                    FieldDeclaration("id", value: "ID", help: Bilingual(ja: "ID（省略時は K-0001、K-0002 … と続く次の番号）", en: "Its id (default the next K-0001, K-0002 …).")), Fields.on,
                                    FieldDeclaration("source", value: "SRC", help: Bilingual(ja: "課題を把握したきっかけ：個別支援、アンケート、ヒアリング、会議 など", en: "Where it came from: 個別支援, アンケート, ヒアリング, 会議 …")),
                                    FieldDeclaration("category", value: "C", help: Bilingual(ja: "分類（例：地域移行・地域定着支援）", en: "A category, e.g. 地域移行・地域定着支援."), repeatable: true),
                                    FieldDeclaration("group", value: "G", help: Bilingual(ja: "対象者の区分（例：精神）", en: "A target group, e.g. 精神."), repeatable: true),
                                    FieldDeclaration("area", value: "A", help: Bilingual(ja: "地区（例：栃尾）", en: "The area, e.g. 栃尾.")),
                                    FieldDeclaration("summary", value: "TEXT", help: Bilingual(ja: "課題の概要", en: "What it is about."))],
                           examples: ["kadai issue raise --title 精神障害者が地域で暮らしにくい --by soudan --category 地域移行・地域定着支援 --group 精神"],
                           takesCaseNote: true) { i throws(InputRefusal) in
            .raiseIssue(IssueRaised(issue: i.text("id") ?? "", title: i.text("title") ?? "", raisedBy: i.text("by") ?? "",
                                    source: i.text("source"), categories: i.texts("category"), groups: i.texts("group"),
                                    area: i.text("area"), summary: i.text("summary"), on: try i.date("on")))
        },
        CommandDeclaration(["issue", "assign"], abstract: Bilingual(ja: "地域課題を担当する会議体を決めます。", en: "Give an issue to a body."), positional: Fields.issue,
                           fields: [FieldDeclaration("to", value: "BODY", help: Bilingual(ja: "会議体の ID（例：soudan）", en: "The body."), required: true), Fields.reason, Fields.on]) { i throws(InputRefusal) in
            .assignIssue(IssueAssigned(issue: i.positional, to: i.text("to") ?? "", reason: i.text("reason"), on: try i.date("on")))
        },
        CommandDeclaration(["issue", "transfer"], abstract: Bilingual(ja: "地域課題を別の会議体に移管します。", en: "Move an issue to another body (移管)."), positional: Fields.issue,
                           fields: [FieldDeclaration("to", value: "BODY", help: Bilingual(ja: "会議体の ID（例：soudan）", en: "The body."), required: true), Fields.reason, Fields.on]) { i throws(InputRefusal) in
            .transferIssue(issue: i.positional, to: i.text("to") ?? "", reason: i.text("reason"), on: try i.date("on"))
        },
        CommandDeclaration(["issue", "analyze"], abstract: Bilingual(ja: "背景分析を記録します。何度でも記録できます。", en: "Record a background analysis (背景分析); may be repeated."), positional: Fields.issue,
                           fields: [FieldDeclaration("factor", value: "TEXT", help: Bilingual(ja: "背景にある要因", en: "A factor behind it."), repeatable: true),
                                    FieldDeclaration("focus", value: "TEXT", help: Bilingual(ja: "焦点の候補", en: "A focus considered (焦点の候補)."), repeatable: true),
                                    FieldDeclaration("chosen", value: "TEXT", help: Bilingual(ja: "絞り込んだ焦点", en: "A focus chosen."), repeatable: true),
                                    FieldDeclaration("evidence", value: "TEXT", help: Bilingual(ja: "根拠：事例、アンケート、訪問など", en: "The evidence: cases, surveys, visits.")), Fields.on],
                           takesCaseNote: true) { i throws(InputRefusal) in
            .analyseIssue(IssueAnalysed(issue: i.positional, factors: i.texts("factor"), focusCandidates: i.texts("focus"),
                                        chosen: i.texts("chosen"), evidence: i.text("evidence"), on: try i.date("on")))
        },
        CommandDeclaration(["issue", "plan"], abstract: Bilingual(ja: "アクションプランを決定、または見直します。", en: "Adopt or revise the action plan (アクションプラン)."), positional: Fields.issue,
                           fields: [FieldDeclaration("goal", value: "TEXT", help: Bilingual(ja: "目指すべき姿", en: "The target state (目指すべき姿)."), required: true),
                                    FieldDeclaration("action", value: "WHO|TOWARD|WHAT|DUE|FUNCTIONS", help: Bilingual(ja: "取組1件：誰が|誰に対して|何をどのように|いつまでに（日付、または空欄）|機能（コンマ区切り）", en: "One action: who, toward whom, what and how, by when (a date or empty), functions separated by commas."), required: true, repeatable: true), Fields.on],
                           examples: ["kadai issue plan K-0001 --goal 支援者や相談先が明確で安心感を持ってもらえる体制 --action '事務局|民生委員|冊子を作成し配布する|R3.3.31|情報,開発'"]) { i throws(InputRefusal) in
            .planIssue(issue: i.positional, goal: i.text("goal") ?? "", actions: try i.actions("action"), on: try i.date("on"))
        },
        CommandDeclaration(["issue", "act"], abstract: Bilingual(ja: "実行した活動を記録します。アクションプランの取組の進み具合も更新できます。", en: "Record an activity (実行) that may advance actions."), positional: Fields.issue,
                           fields: [FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "実施日（令和3年11月6日。日がわからなければ 令和3年11月 や 2021-11 のように月まで、月もわからなければ 令和3年度）", en: "The day it happened (令和3年11月6日); only the month (令和3年11月, 2021-11) or the 年度 (令和3年度) when that is all that is known."), required: true),
                                    FieldDeclaration("summary", value: "TEXT", help: Bilingual(ja: "実施した内容", en: "What was done."), required: true),
                                    FieldDeclaration("kind", value: "K", help: Bilingual(ja: "活動の種類：meeting training survey visit deliverable other（または 会議 研修 調査 訪問 成果物 その他。省略時は other）", en: "meeting training survey visit deliverable other (default other)."), words: ActivityKind.self),
                                    FieldDeclaration("meeting", value: "ID", help: Bilingual(ja: "その活動を行った会議の ID（例：soudan-2025-3。会議体のページと body show に出ています）", en: "The meeting it belongs to, by its id (e.g. soudan-2025-3, shown on the body's page and by body show).")),
                                    FieldDeclaration("action", value: "N=STATUS", help: Bilingual(ja: "進み具合を更新する取組：番号=notStarted|inProgress|done|dropped（または 未着手 実施中 完了 中止）", en: "An action advanced: number=notStarted|inProgress|done|dropped."), repeatable: true),
                                    Fields.function],
                           takesCaseNote: true) { i throws(InputRefusal) in
            .logActivity(ActivityLogged(issue: i.positional, summary: i.text("summary") ?? "", kind: try i.word("kind", ActivityKind.self) ?? .other,
                                        meeting: i.text("meeting"), advances: try i.advances("action"), functions: try i.functions("function"),
                                        when: try i.partialDate("on")))
        },
        CommandDeclaration(["issue", "evaluate"], abstract: Bilingual(ja: "地域課題の年度ごとの評価を記録します。", en: "Evaluate an issue for a 年度 (評価)."), positional: Fields.issue,
                           fields: [Fields.fy, FieldDeclaration("outcome", value: "TEXT", help: Bilingual(ja: "目指すべき姿に照らした成果", en: "What came of it, against the target state."), required: true), Fields.function,
                                    FieldDeclaration("decision", value: "D", help: Bilingual(ja: "今後の扱い：continue は継続、close は取扱い終了", en: "continue or close."), required: true, choices: ["continue", "close"], words: EvaluationDecision.self),
                                    FieldDeclaration("next", value: "TEXT", help: Bilingual(ja: "次年度の方針と引き継ぎ事項", en: "Next year's policy and hand-over notes.")), Fields.reason, Fields.on]) { i throws(InputRefusal) in
            .evaluateIssue(IssueEvaluated(issue: i.positional, fiscalYear: try i.requiredYear("fy"), outcome: i.text("outcome") ?? "",
                                          functions: try i.functions("function"), decision: try i.requiredWord("decision", EvaluationDecision.self),
                                          next: i.text("next"), reason: i.text("reason"), on: try i.yearEndDate("on", year: "fy")))
        },
        CommandDeclaration(["issue", "close"], abstract: Bilingual(ja: "地域課題を取扱い終了にします。", en: "End the handling of an issue (取扱い終了)."), positional: Fields.issue,
                           fields: [FieldDeclaration("reason", value: "REASON", help: Bilingual(ja: "終了の理由：resolved individualSupport transferred merged withdrawn（または 成果を確認 個別支援で対応可能 他の会議体へ移管 他の課題へ統合 取り下げ）", en: "resolved individualSupport transferred merged withdrawn."), required: true, words: CloseReason.self),
                                    FieldDeclaration("note", value: "TEXT", help: Bilingual(ja: "備考", en: "A note.")), Fields.on]) { i throws(InputRefusal) in
            .closeIssue(IssueClosed(issue: i.positional, reason: try i.requiredWord("reason", CloseReason.self), note: i.text("note"), on: try i.date("on")))
        },
        CommandDeclaration(["issue", "reopen"], abstract: Bilingual(ja: "取扱い終了にした地域課題を、再び取り上げます。", en: "Take a closed issue up again."), positional: Fields.issue,
                           fields: [FieldDeclaration("reason", value: "TEXT", help: Bilingual(ja: "理由", en: "Why."), required: true), Fields.on]) { i throws(InputRefusal) in
            .reopenIssue(IssueReopened(issue: i.positional, reason: i.text("reason") ?? "", on: try i.date("on")))
        },
        CommandDeclaration(["issue", "carry-over"], abstract: Bilingual(ja: "地域課題を次の年度に継続します。", en: "Carry an issue over into the next 年度 (継続)."), positional: Fields.issue,
                           fields: [FieldDeclaration("to-fy", value: "FY", help: Bilingual(ja: "継続先の年度（省略時は記録する日の翌年度。年度が明けてから記録するときは、その年度）", en: "The 年度 carried into (default: the one after the day's; when recorded after it began, that one).")),
                                    FieldDeclaration("note", value: "TEXT", help: Bilingual(ja: "引き継ぎ事項", en: "Hand-over notes.")), Fields.on]) { i throws(InputRefusal) in
            .carryOverIssue(issue: i.positional, note: i.text("note"), on: try i.date("on"), to: try i.fiscalYear("to-fy"))
        },
    ]
}
