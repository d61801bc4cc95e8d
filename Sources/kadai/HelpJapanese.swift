import Arguments

/// The Japanese of every help text in `CommandCatalogue`, `CouncilCatalogue` and `DocumentCatalogue`,
/// keyed by the English exactly as declared, so the declarations stay single and a translator reads one file.
///
/// Command names, option names, placeholders and examples are what staff type, so they are not here.
/// Neither are English vocabulary names inside a text (`subcommittee`, `inPerson` …): they are accepted
/// input and stay as written, next to the Japanese labels that are accepted as well.
/// Abstracts are sentences and end in 「。」; option and argument texts are noun phrases and do not,
/// because help appends （必須） and the like right after them.
enum HelpJapanese {
    /// Whatever is missing falls back to the English; `HelpTranslationTests` keeps that from happening.
    static func localise(_ text: String, _ language: Language) -> String {
        guard language == .ja else { return text }
        return table[text] ?? text
    }

    static let table: [String: String] = [
        // MARK: The program and its global options
        "kadai (課題) keeps the regional issues of a disability self-reliance support council as a verifiable event log.":
            "kadai（課題）は、障害者自立支援協議会の地域課題を、あとから改ざんがないか確かめられる記録（イベントログ）として管理します。",
        "The store folder (default ./EventLog, or KADAI_STORE).":
            "記録を保存するストアのフォルダー（省略時は KADAI_STORE、それもなければ ./EventLog）",
        "Who is recording (default KADAI_ACTOR, else 'secretariat'). A store that checks roles takes it from your operating-system account; only its administrator may name another actor.":
            "記録する人（省略時は KADAI_ACTOR、それもなければ 'secretariat'）。役割を確かめるストアでは OS のアカウントから決まり、ほかの人を指定できるのは管理者だけ",
        "Language of messages: ja (default) or en.":
            "表示の言語：ja（日本語、省略時）または en（英語）",
        "Print one JSON object instead of text.":
            "結果を文章ではなく JSON（1つのオブジェクト）で出力",

        // MARK: Store and audit
        "Create a new store for a council.":
            "協議会のストアを新しく作成します。",
        "The council's name, e.g. サンプル市障害者自立支援協議会.":
            "協議会の名称（例：サンプル市障害者自立支援協議会）",
        "Start a new segment file after this many bytes (default 67108864).":
            "この大きさ（バイト数）を超えたら新しいセグメントファイルに切り替える（省略時は 67108864）",
        "Check the whole log: every record, every link of the hash chain.":
            "記録全体を検査します（すべての記録と、ハッシュチェーンのすべてのつながり）。",
        "Also check that the record at POS still has HASH (from 'kadai audit anchor').":
            "位置 POS の記録が今も HASH のままかも確認（値は 'kadai audit anchor' で控えたもの）",
        "Print the head position and hash, to write into the minutes.":
            "議事録に書き留めるための、最新の記録の位置とハッシュを表示します。",
        "List who recorded what, and when, page by page.":
            "誰が・いつ・何を記録したかを、ページごとに一覧表示します。",
        "Only events recorded on or after DATE (2026-04-01, or 2026-04-01T09:00:00+09:00).":
            "DATE 以降に記録されたものだけ（2026-04-01 または 2026-04-01T09:00:00+09:00 の形）",
        "Only events recorded on or before DATE.":
            "DATE 以前に記録されたものだけ",
        "Only events recorded by ACTOR.":
            "ACTOR が記録したものだけ",
        "Only events of STREAM.":
            "ストリーム STREAM の記録だけ",
        "Start at position POS (to see the next page).":
            "位置 POS から表示（次のページを見るとき）",
        "At most N events per page (default 50).":
            "1ページに表示する件数の上限（省略時は 50）",
        "Show what the store holds: events, streams, segments, bytes, head, index and snapshots.":
            "ストアの中身を表示します（記録数、ストリーム、セグメント、バイト数、最新の位置、索引、スナップショット）。",
        "Rebuild the stream index and the snapshots from the log.":
            "記録をもとに、ストリームの索引とスナップショットを作り直します。",

        // MARK: Shared by council commands
        "When it happened: 2020-08-06, 令和2年8月6日 or R2.8.6 (default today).":
            "実施した日・起きた日（2020-08-06、令和2年8月6日、R2.8.6 のどの書き方でも可。省略時は今日）",
        "Show it as it stood on this date (business time).":
            "この日付の時点の状態で表示（業務上の日付）",
        "Show only what had been recorded by then, e.g. 2026-11-21T10:00:00Z.":
            "その時点までに記録されていた内容だけで表示（例：2026-11-21T10:00:00Z）",
        "Why.":
            "理由",
        "A council function exercised: information coordination development education advocacy evaluation (or 情報 調整 開発 教育 権利擁護 評価).":
            "発揮した協議会の機能：information coordination development education advocacy evaluation（または 情報 調整 開発 教育 権利擁護 評価）",
        "The fiscal year (年度): 2020, R2, 令和2年度 or FY2020.":
            "年度（2020、R2、令和2年度、FY2020 のどの書き方でも可）",
        "The body.":
            "会議体の ID（例：soudan）",
        "The issue.":
            "地域課題の ID（例：K-0001）",

        // MARK: Bodies
        "Set up a meeting body (部会, WG, 運営会議 …).":
            "会議体を設置します（部会・WG・運営会議など）。",
        "A short id, e.g. soudan or shuro-wg.":
            "短い ID（例：soudan、shuro-wg）",
        "Its name, e.g. 相談支援部会.":
            "名称（例：相談支援部会）",
        "plenary steering subcommittee workingGroup liaison forum preparatory (or 全体会 運営会議 部会 ワーキング …).":
            "会議体の種類：plenary steering subcommittee workingGroup liaison forum preparatory（または 全体会 運営会議 部会 ワーキング など）",
        "The body it belongs to (a WG under a 部会).":
            "上位の会議体の ID（部会の下に置く WG のときなど）",
        "Give a body a new name.":
            "会議体の名称を変更します。",
        "The new name.":
            "新しい名称",
        "Pause a body (休止).":
            "会議体の活動を休止します。",
        "Resume a paused body.":
            "休止中の会議体の活動を再開します。",
        "End a body (終了), optionally naming its successor.":
            "会議体を終了します。活動を引き継ぐ会議体も指定できます。",
        "The body that takes over its work.":
            "活動を引き継ぐ会議体の ID",
        "Record a body's activity policy (活動方針) and planned work (具体的取組) for a 年度.":
            "会議体の年度ごとの活動方針と具体的取組を記録します。",
        "The activity policy.":
            "活動方針",
        "The planned work.":
            "具体的取組",
        "Show a body: members, policies, meetings, issues.":
            "会議体の内容を表示します（委員、活動方針、会議、地域課題）。",
        "List the bodies.":
            "会議体を一覧表示します。",

        // MARK: Members and meetings
        "Seat an organisation on a body.":
            "会議体に委員（所属する団体・機関）を加えます。",
        "A short id for the seat, e.g. nagaoka-hoken.":
            "委員の短い ID（例：nagaoka-hoken）",
        "The organisation (所属).":
            "所属（団体・機関の名称）",
        "The category (種別), e.g. 相談支援事業者 or consultationSupport.":
            "種別（例：相談支援事業者 または consultationSupport）",
        "chair viceChair member secretariat adviser (default member).":
            "役割：chair viceChair member secretariat adviser（または 会長 副会長 委員 事務局 アドバイザー。省略時は member）",
        "The member sits as a party concerned (当事者).":
            "当事者委員として参加する場合に指定",
        "End a member's seat.":
            "委員の退任を記録します。",
        "The seat.":
            "委員の ID",
        "Record a meeting a body held.":
            "会議体が開いた会議を記録します。",
        "The day it met.":
            "開催日",
        "第N回 (default: the next number in that 年度).":
            "第N回（省略時はその年度の次の回）",
        "inPerson online written (default inPerson).":
            "開催方法：inPerson online written（または 対面 オンライン 書面。省略時は inPerson）",
        "An item discussed.":
            "議題",
        "An issue taken up.":
            "取り上げた地域課題の ID",
        "A decision made.":
            "決定事項",

        // MARK: Issues
        "Raise a regional issue (地域課題); prints its id.":
            "地域課題を提起します。付いた ID を表示します。",
        "The issue, e.g. 精神障害者が地域で暮らしにくい.":
            "課題名（例：精神障害者が地域で暮らしにくい）",
        "The body raising it (it owns it).":
            "提起する会議体（そのまま担当の会議体になる）",
        "Its id (default the next K-0001, K-0002 …).":
            "ID（省略時は K-0001、K-0002 … と続く次の番号）",
        "Where it came from: 個別支援, アンケート, ヒアリング, 会議 …":
            "課題を把握したきっかけ：個別支援、アンケート、ヒアリング、会議 など",
        "A category, e.g. 地域移行・地域定着支援.":
            "分類（例：地域移行・地域定着支援）",
        "A target group, e.g. 精神.":
            "対象者の区分（例：精神）",
        "The area, e.g. 栃尾.":
            "地区（例：栃尾）",
        "What it is about.":
            "課題の概要",
        "Give an issue to a body.":
            "地域課題を担当する会議体を決めます。",
        "Move an issue to another body (移管).":
            "地域課題を別の会議体に移管します。",
        "Record a background analysis (背景分析); may be repeated.":
            "背景分析を記録します。何度でも記録できます。",
        "A factor behind it.":
            "背景にある要因",
        "A focus considered (焦点の候補).":
            "焦点の候補",
        "A focus chosen.":
            "絞り込んだ焦点",
        "The evidence: cases, surveys, visits.":
            "根拠：事例、アンケート、訪問など",
        "Adopt or revise the action plan (アクションプラン).":
            "アクションプランを決定、または見直します。",
        "The target state (目指すべき姿).":
            "目指すべき姿",
        "One action: who, toward whom, what and how, by when (a date or empty), functions separated by commas.":
            "取組1件：誰が|誰に対して|何をどのように|いつまでに（日付、または空欄）|機能（コンマ区切り）",
        "Record an activity (実行) that may advance actions.":
            "実行した活動を記録します。アクションプランの取組の進み具合も更新できます。",
        "The day it happened.":
            "実施日",
        "What was done.":
            "実施した内容",
        "meeting training survey visit deliverable other (default other).":
            "活動の種類：meeting training survey visit deliverable other（または 会議 研修 調査 訪問 成果物 その他。省略時は other）",
        "The meeting it belongs to.":
            "その活動を行った会議の ID",
        "An action advanced: number=notStarted|inProgress|done|dropped.":
            "進み具合を更新する取組：番号=notStarted|inProgress|done|dropped（または 未着手 実施中 完了 中止）",
        "Evaluate an issue for a 年度 (評価).":
            "地域課題の年度ごとの評価を記録します。",
        "What came of it, against the target state.":
            "目指すべき姿に照らした成果",
        "continue or close.":
            "今後の扱い：continue は継続、close は取扱い終了",
        "Next year's policy and hand-over notes.":
            "次年度の方針と引き継ぎ事項",
        "End the handling of an issue (取扱い終了).":
            "地域課題を取扱い終了にします。",
        "resolved individualSupport transferred merged withdrawn.":
            "終了の理由：resolved individualSupport transferred merged withdrawn（または 成果を確認 個別支援で対応可能 他の会議体へ移管 他の課題へ統合 取り下げ）",
        "A note.":
            "備考",
        "Take a closed issue up again.":
            "取扱い終了にした地域課題を、再び取り上げます。",
        "Carry an issue over into the next 年度 (継続).":
            "地域課題を次の年度に継続します。",
        "Hand-over notes.":
            "引き継ぎ事項",
        "Show an issue: phase, owner, analysis, plan, activities, evaluations.":
            "地域課題の内容を表示します（段階、担当の会議体、背景分析、アクションプラン、実行、評価）。",
        "List issues.":
            "地域課題を一覧表示します。",
        "Only those this body owns.":
            "この会議体が担当しているものだけ",
        "raised analysing planned executing evaluated closed.":
            "段階：raised analysing planned executing evaluated closed（または 提起 背景分析 行動計画 実行 評価 取扱い終了）",
        "Only those worked on in this 年度.":
            "この年度に取り組んだものだけ",
        "Only issues not closed.":
            "取扱い終了になっていないものだけ",
        "Every event of an issue: when, by whom, at which position.":
            "地域課題のすべての記録を表示します（いつ、誰が、どの位置に記録したか）。",

        // MARK: Year-end review, audit diff, apply
        "Record a body's year-end review (振り返り).":
            "会議体の年度末の振り返りを記録します。",
        "What the body did (取り組み内容).":
            "取り組み内容",
        "A member's comment (メンバーの感想・意見).":
            "メンバーの感想・意見",
        "Next 年度: continue or end.":
            "次年度の扱い：continue は継続、end は活動終了",
        "Next year's policy (活動方針(案)).":
            "次年度の活動方針(案)",
        "Next year's work (取り組み内容).":
            "次年度の取り組み内容",
        "Hand-over notes (引き継ぎ事項).":
            "引き継ぎ事項",
        "What changed in an issue or body between two dates.":
            "地域課題または会議体について、2つの日付の間に変わった内容を表示します。",
        "The issue or body.":
            "地域課題または会議体の ID",
        "From this date (exclusive).":
            "この日付より後（この日は含まない）",
        "To this date (inclusive).":
            "この日付まで（この日を含む）",
        "Run many commands from a file (one JSON object a line) as one all-or-nothing write.":
            "ファイルに書いた複数のコマンド（1行に JSON オブジェクト1つ）をまとめて実行します。1つでも受け付けられなければ、何も記録しません。",
        "The file, or - for standard input.":
            "ファイル（- を指定すると標準入力から読む）",

        // MARK: Accounts and actors
        "Link an operating-system account to a council actor, in a store that checks roles; the administrator's to run.":
            "OS のアカウントを協議会の記録者（委員の ID または管理者）に紐付けます。役割を確かめるストアで、管理者だけが実行できます。",
        "The operating-system account, e.g. tanaka.":
            "OS のアカウント名（例：tanaka）",
        "The council actor it records as: a seat's id, or the administrator's.":
            "そのアカウントで記録する人：委員の ID、または管理者の ID",
        "End an account's link, so that it can no longer record; the administrator's to run.":
            "アカウントの紐付けを解除し、記録できないようにします。管理者だけが実行できます。",
        "The operating-system account.":
            "OS のアカウント名",
        "List which account records as which actor, and who this account records as.":
            "どのアカウントが誰として記録するかと、いま使っているアカウントが誰として記録するかを一覧表示します。",

        // MARK: Documents (DocumentCatalogue)
        "md (default), html (a printable A4 page), csv (for Excel) or json.":
            "出力形式：md（省略時）、html（A4 で印刷できるページ）、csv（Excel 用）、json",
        "The year-end review sheet (振り返り・評価シート) of a body for a 年度.":
            "会議体の年度末の振り返り・評価シートを出力します。",
        "The status report (検討状況報告書) of a body for a 年度.":
            "会議体の年度の検討状況報告書を出力します。",
        "The action plan (アクションプラン) of an issue, with each action's status.":
            "地域課題のアクションプランを、取組ごとの進み具合とあわせて出力します。",
        "The annual schedule (全体スケジュール): every body's meetings by month.":
            "全体スケジュール（すべての会議体の会議を月ごとにまとめたもの）を出力します。",
        "The council functions scorecard (機能別評価) for a 年度.":
            "年度の機能別評価（協議会の機能ごとの評価）を出力します。",
        "A static web site of the council's work, safe to publish: a top page, a page per body, per issue and per 年度 with its documents, and a page for checking the record. Nothing internal and no case notes.":
            "協議会の取組を公開用の静的なウェブサイトとして書き出します。トップページ、会議体・地域課題・年度ごとのページと資料、記録の検証のページからなり、内部の情報や事例メモは載せません。",
        "The folder to write the site into: a new or empty folder, or one an earlier 'kadai site' made (it is replaced).":
            "サイトを書き出すフォルダー（新しいフォルダー、空のフォルダー、または以前 'kadai site' で作ったフォルダー。以前のものは置き換えます）",
        "The fiscal year the site is published for (default: the current one); the site shows the council as at its end, or today.":
            "公開する年度（省略時は今年度）。その年度末時点（年度の途中なら今日）の協議会を載せます。",
        "The fiscal year (default: the current one).":
            "年度（省略時は今年度）",
        "Only this body's part.":
            "この会議体の分だけ",
        "When the council was set up, e.g. H20.5.1 (default today).":
            "協議会を設置した日（例：H20.5.1。省略時は今日）",
        "Check who records what: only the administrator and members may write, each within their role.":
            "誰が何を記録するかを確かめる：管理者と委員だけが、それぞれの役割の範囲で記録できる",
        "The administrator's id, with --enforce-roles; the operating-system account running init records as it.":
            "管理者の ID（--enforce-roles と一緒に）。init を実行した OS のアカウントがこの管理者として記録します",
        "Attach case material (事例) to an issue: kept in the vault beside the log, cited by reference; prints the reference.":
            "地域課題に事例メモを付けます。本文はログの外の保管庫に置き、記録には参照だけを残します。参照を表示します。",
        "The case note. Never published, and erasable with 'kadai forget'.":
            "事例メモの本文（公開されません。'kadai forget' で削除できます）",
        "Erase a case note's text from the vault on request; the chain of records stays whole.":
            "求めに応じて事例メモの本文を保管庫から削除します。記録の連鎖はそのまま保たれます。",
        "The note's reference, e.g. N-3fa40c9e1b2d.":
            "事例メモの参照（例：N-3fa40c9e1b2d）",
        "Case material (事例) to keep with it in the vault, never published (see 'kadai case add').":
            "一緒に保管庫に置く事例メモ（公開されません。'kadai case add' を参照）",
        "What the steering meeting should take up (運営会議への伝達事項).":
            "運営会議への伝達事項",
        "Leave out anything internal (who recorded what, seat ids), for publishing.":
            "内部向けの情報（誰が記録したか、委員の ID など）を除き、公開用にする",
        "An issue's timeline and audit trail: every event, when and by whom it was recorded, its position and hash.":
            "地域課題の経過と記録の履歴を出力します（すべての記録について、いつ・誰が記録したか、位置とハッシュ）。",
        "The audit trail of the whole council: what was recorded in a span of time, by whom, at which position.":
            "協議会全体の記録の履歴を出力します（期間内に、誰が・何を・どの位置に記録したか）。",
        "Only events recorded on or after DATE.":
            "DATE 以降に記録されたものだけ",
        "Write out the whole history: every record with its position, actor, times and chain hash (never case-note text).":
            "記録の全体を書き出します（すべての記録を、位置・記録者・日時・ハッシュとともに。事例メモの本文は含みません）。",
        "jsonl (default: one record a line, for import) or csv (one file per kind of record, for Excel).":
            "jsonl（省略時。1行に1件、取り込み用）または csv（記録の種類ごとに1ファイル、Excel 用）",
        "The file to write (jsonl; default standard output) or the folder (csv).":
            "書き出すファイル（jsonl。省略時は標準出力）またはフォルダー（csv）",
        "Create a store from an export, checking every record and the whole hash chain first.":
            "書き出したファイルから新しいストアを作ります。先にすべての記録とハッシュの連鎖を確かめます。",
        "The export (from 'kadai export').":
            "書き出したファイル（'kadai export' で作ったもの）",
        "A body's annual report and next year's plan (年間活動報告書・計画書).":
            "会議体の年間活動報告書・計画書（今年度の報告と次年度の計画）を出力します。",
        "The council-wide table of work items, progress, results and next year's plan (事業項目).":
            "協議会全体の事業項目の表（取組状況・結果及び評価・次年度の計画）を出力します。",
        "What the steering meeting (運営会議) should look at on a date: quiet issues, overdue actions, issues not yet taken up, bodies not yet met, changes since its last meeting.":
            "運営会議で確認する事項を出力します（動きのない地域課題、期限を過ぎた取組、まだ担当や背景分析が決まっていない地域課題、今年度まだ開かれていない会議体、前回の運営会議からの動き）。",
        "The day of the steering meeting (default today).":
            "運営会議の開催日（省略時は今日）",
        "List open issues with no event for N months (default 6).":
            "この月数（N）以上記録のない取扱い中の地域課題を挙げる（省略時は6）",
        "The council's composition (委員構成): each body's seats by member category, parties concerned in brackets.":
            "委員構成を出力します（会議体ごとの委員数を種別ごとに。当事者の人数は（　）内）。",
        "As seated on this day (default today).":
            "この日時点の委員で数える（省略時は今日）",
    ]
}
