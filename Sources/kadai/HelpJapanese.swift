import Arguments
import CouncilService

/// The Japanese of every help text in `CommandCatalogue`, `CouncilCatalogue`'s reads and `DocumentCatalogue`,
/// keyed by the English exactly as declared. The recording commands carry both languages in their
/// declarations (`RecordingCommands`, in CouncilService), which every front shares.
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
        return translations[text] ?? text
    }

    /// This table with the recording commands' own Japanese: every help text the program shows.
    static let translations: [String: String] = table.merging(CommandDeclaration.japanese) { mine, _ in mine }.merging(materials) { mine, _ in mine }

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
        "The fiscal year (年度): 2020, R2, 令和2年度 or FY2020.":
            "年度（2020、R2、令和2年度、FY2020 のどの書き方でも可）",
        "The body.":
            "会議体の ID（例：soudan）",
        "The issue.":
            "地域課題の ID（例：K-0001）",

        // MARK: Bodies
        "Show a body: members, policies, meetings, issues.":
            "会議体の内容を表示します（委員、活動方針、会議、地域課題）。",
        "List the bodies.":
            "会議体を一覧表示します。",

        // MARK: Issues (the recording commands' help is declared with them, in CouncilService)
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
        "Only closed issues.":
            "取扱い終了になったものだけ",
        "Only those with this category, as recorded.":
            "この分類のものだけ（記録したとおりの言葉で）",
        "Only those with this target group, as recorded.":
            "この対象者の区分のものだけ（記録したとおりの言葉で）",
        "Only those of this area, as recorded.":
            "この地区のものだけ（記録したとおりの言葉で）",
        "Every event of an issue: when, by whom, at which position.":
            "地域課題のすべての記録を表示します（いつ、誰が、どの位置に記録したか）。",

        // MARK: Audit diff, apply
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
        "List which account records as which actor, and who this account records as.":
            "どのアカウントが誰として記録するかと、いま使っているアカウントが誰として記録するかを一覧表示します。",
        "Open the council's web application: people sign in with their accounts and record, look up and print in a browser. Stops with Ctrl-C.":
            "協議会のウェブアプリケーションを開きます。各自のアカウントでサインインし、ブラウザーで記録・閲覧・印刷ができます。Ctrl-C で止まります。",
        "Where to listen (default 127.0.0.1:8080, this machine only).":
            "待ち受けるアドレスとポート（省略時は 127.0.0.1:8080、このコンピューターからだけ）",
        "A reverse proxy (nginx, Apache) in front terminates HTTPS: cookies are Secure, and failed sign-ins are counted by the address it forwards (X-Forwarded-For).":
            "前に置いたリバースプロキシ（nginx、Apache）が HTTPS を受ける場合に指定（Cookie に Secure を付け、サインインの失敗はプロキシが伝える接続元（X-Forwarded-For）ごとに数える）",
        "Add an account to sign in to the web application with, acting as a council actor; the password is read from standard input or a file. The administrator's to run where roles are enforced.":
            "ウェブアプリケーションにサインインするアカウントを作り、協議会の記録者に結び付けます。パスワードは標準入力かファイルから読みます。役割を確かめるストアでは、管理者だけが実行できます。",
        "The council actor it acts as: the administrator's id or a seat's.":
            "そのアカウントで記録する人：管理者の ID、または委員の ID",
        "Give an account a new password, read from standard input or a file.":
            "アカウントのパスワードを新しくします。パスワードは標準入力かファイルから読みます。",
        "Stop an account from signing in; it stays listed.":
            "アカウントを停止し、サインインできないようにします（一覧には残ります）。",
        "Let a disabled account sign in again.":
            "停止したアカウントを再開し、またサインインできるようにします。",
        "List the accounts: login name, the actor each acts as, whether it is disabled, when it was made and changed.":
            "アカウントを一覧表示します（ログイン名、記録する人、停止中かどうか、作成と変更の日時）。",
        "The login name, e.g. tanaka: ASCII letters, digits, '-', '_' and '.'.":
            "ログイン名（例：tanaka）。ASCII の英数字（半角）と - _ . が使えます",
        "Read the password from FILE, one line that only you may read (chmod 600); without it, from standard input. Never on the command line, which other accounts see.":
            "パスワードをファイル FILE から読む（1行だけ書いた、自分だけが読めるファイル。chmod 600）。省略時は標準入力から読む。他のアカウントから見えるため、コマンドの引数には書けません",

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
        "One body's table: its work items (kadai work …) as of their date, with next year's plan.":
            "この会議体の事業項目の表（kadai work … で記録したもの）。取組状況の時点と次年度の計画つき",
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
        "A body's activity policy for a 年度 (活動方針), with what it did in the years before (これまでの経過).":
            "会議体の年度の活動方針（これまでの経過・今年度の方針・具体的活動内容）を出力します。",
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
