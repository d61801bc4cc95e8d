import Arguments
import Calendar
import Council

#if canImport(Glibc)
import Glibc
#endif

/// Every refusal of the council's rules in plain words, in either language: one table for every
/// front (the command line prints it, the web application shows it beside the form).
public struct RefusalText: Sendable {
    public let japanese: Bool

    public init(japanese: Bool) { self.japanese = japanese }

    func text(_ ja: String, _ en: String) -> String { japanese ? ja : en }

    /// A refusal of the council's rules in plain words. Unknown ids get the closest known one.
    public func describe(_ error: DomainError, bodies: [String], issues: [String]) -> String {
        let ja = japanese
        func date(_ d: CalendarDate) -> String { ja ? d.wareki : d.description }
        func suggest(_ id: String, _ known: [String]) -> String {
            if known.contains(id) { return text("（その時点ではまだ記録されていません）", " It did not exist yet at that point.") }
            guard let near = closestMatch(to: id, among: known) else {
                let more = known.count > 8 ? text("…ほか\(known.count - 8)件", ", … and \(known.count - 8) more") : ""
                return known.isEmpty ? "" : text("（登録済み: \(known.prefix(8).joined(separator: "、"))\(more)）", " Known: \(known.prefix(8).joined(separator: ", "))\(more).")
            }
            return text("'\(near)' のことですか？", " Did you mean '\(near)'?")
        }
        switch error {
        case .notInitialised:
            return text("協議会がまだ登録されていません。先に 'kadai init --council 協議会名' を実行してください。",
                        "The council has not been set up yet. Run 'kadai init --council NAME' first.")
        case .alreadyInitialised(let name):
            return text("協議会「\(name)」はすでに登録されています。", "The council '\(name)' is already set up.")
        case .emptyText(let field):
            return text("\(fieldJa(field))が空です。内容を書いてください。", "The \(field) is empty. Write something in it.")
        case .textTooLong(let field, let limit, let length):
            return text("\(fieldJa(field))が長すぎます（\(length)文字、上限\(limit)文字）。短くしてください。",
                        "The \(field) is too long (\(length) characters; at most \(limit)). Shorten it.")
        case .tooManyCodePoints(let field, let limit, let count):
            return text("\(fieldJa(field))の符号位置（コードポイント）が多すぎます（\(count)個、上限\(limit)個）。結合文字（濁点やアクセントなど）を重ねた文字を取り除いてください。",
                        "The \(field) holds too many code points (\(count); at most \(limit)): characters stacked with combining marks. Remove them.")
        case .directionControl(let field):
            return text("\(fieldJa(field))に文字の向きを変える制御文字（U+202A〜U+202E、U+2066〜U+2069）が含まれています。表示が記録と食い違うため、取り除いてください。",
                        "The \(field) holds a bidirectional control character (U+202A–U+202E or U+2066–U+2069), which makes it display differently from what is recorded. Remove it.")
        case .invalidId(let field, let id):
            return text("'\(id)' は\(fieldJa(field))に使えません。半角英数字（A〜Z、a〜z、0〜9）で始め、半角英数字と - _ . だけで64文字以内にしてください（. は末尾や2つ続けては使えません。例 soudan, K-0001）。",
                        "'\(id)' cannot be used as a \(field). Start with an ASCII letter or digit (A–Z, a–z, 0–9) and use only those, '-', '_' and '.' (not at the end, not two in a row), at most 64 (e.g. soudan, K-0001).")
        case .reservedId(let field, let id):
            return text("'\(id)' は\(fieldJa(field))に使えません。Windows が装置の名前として予約しています（CON、PRN、AUX、NUL、COM0〜COM9、LPT0〜LPT9。大文字・小文字を問いません）。公開するサイトが Windows のサーバーでも開けるよう、別のIDにしてください。",
                        "'\(id)' cannot be used as a \(field): Windows keeps it for a device (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9, in any case), and the published site must open on Windows servers too. Choose another id.")
        case .duplicateBody(let id):
            return text("会議体 '\(id)' はすでにあります。別のIDを使うか、'kadai body show \(id)' で確認してください。",
                        "There is already a body '\(id)'. Use another id, or see 'kadai body show \(id)'.")
        case .unknownBody(let id, _):
            return text("会議体 '\(id)' はありません。", "There is no body '\(id)'.") + suggest(id, bodies)
        case .duplicateIssue(let id):
            return text("地域課題 '\(id)' はすでにあります。別のIDを使うか、--id を省いて自動の番号にしてください。",
                        "There is already an issue '\(id)'. Use another id, or leave out --id to get the next number.")
        case .unknownIssue(let id, _):
            return text("地域課題 '\(id)' はありません。", "There is no issue '\(id)'.") + suggest(id, issues)
        case .parentIsItself(let id):
            return text("会議体 '\(id)' を自分自身の親や後継にはできません。", "The body '\(id)' cannot be its own parent or successor.")
        case .bodyDissolved(let id, let on):
            return text("会議体 '\(id)' は\(date(on))に終了しています。活動中の会議体（後継があればその会議体）を指定してください。",
                        "The body '\(id)' was dissolved on \(date(on)). Name a body that is still active (its successor, if it has one).")
        case .bodyAlreadyPaused(let id, let since):
            return text("会議体 '\(id)' は\(date(since))から休止中です。", "The body '\(id)' has been paused since \(date(since)).")
        case .bodyNotPaused(let id):
            return text("会議体 '\(id)' は休止していません。", "The body '\(id)' is not paused.")
        case .resumeBeforePause(let id, let d, let since):
            return text("会議体 '\(id)' は\(date(since))に休止したので、\(date(d))の再開は記録できません。日付を確かめてください。",
                        "The body '\(id)' was paused on \(date(since)), so it cannot resume on \(date(d)). Check the date.")
        case .meetingBeforeEstablished(let id, let d, let established):
            return text("会議体 '\(id)' は\(date(established))の設置なので、\(date(d))の会議は記録できません。日付を確かめてください。",
                        "The body '\(id)' was established on \(date(established)), so it cannot have met on \(date(d)). Check the date.")
        case .meetingAfterDissolution(let id, let d, let dissolved):
            return text("会議体 '\(id)' は\(date(dissolved))に終了しているため、\(date(d))の会議は記録できません。",
                        "The body '\(id)' was dissolved on \(date(dissolved)), so it cannot meet on \(date(d)).")
        case .meetingWhilePaused(let id, let d, let since):
            return text("会議体 '\(id)' は\(date(since))から休止中のため、\(date(d))の会議は記録できません。先に 'kadai body resume \(id)' で再開してください。",
                        "The body '\(id)' is paused since \(date(since)), so it cannot meet on \(date(d)). Resume it first with 'kadai body resume \(id)'.")
        case .duplicateMeetingNumber(let id, let n, let year):
            return text("会議体 '\(id)' の\(year.wareki)第\(n)回はすでに記録されています。--number を変えるか省いてください。",
                        "Meeting no. \(n) of '\(id)' in \(year) is already recorded. Change --number or leave it out.")
        case .meetingOutOfOrder(let id, let on, let later, let laterOn):
            return text("会議体 '\(id)' の第\(later)回（\(date(laterOn))）より前の日付（\(date(on))）の会議です。自動で回数を付けると順番が入れ替わるため、この会議が第何回かを回数（--number）で指定してください。",
                        "This meeting of '\(id)' (\(date(on))) is earlier than its no. \(later) (\(date(laterOn))); numbered automatically it would come out of order. Give its number with --number.")
        case .unknownMeeting(let id, let known):
            return text("会議 '\(id)' は記録されていません。会議の ID は「会議体のID-年度-回数」（例 soudan-2025-3）で、会議を記録したときと会議体のページに出ています。先に会議を記録してください。",
                        "There is no recorded meeting '\(id)'. A meeting's id is BODY-YEAR-NUMBER (e.g. soudan-2025-3), printed when it is recorded and on the body's page; record the meeting first.") + suggest(id, known)
        case .reviewAlreadyRecorded(let id, let year, let on):
            return text("会議体 '\(id)' の\(year.wareki)の振り返りは\(date(on))付けですでに記録されています。書き直すときは「修正」（--amend）として記録してください。前の内容も記録に残ります。",
                        "The review of '\(id)' for \(year) is already recorded (dated \(date(on))). To change it, record it again as an amendment (--amend); the earlier one stays in the record.")
        case .noReviewToAmend(let id, let year):
            return text("会議体 '\(id)' の\(year.wareki)の振り返りはまだ記録されていないため、修正できません。「修正」（--amend）を外して記録してください。",
                        "There is no review of '\(id)' for \(year) to amend yet. Record it without --amend.")
        case .invalidMeetingCount(let n):
            return text("開催回数 \(n) は使えません。1〜999 にしてください。", "A meeting count of \(n) cannot be used; give 1 to 999.")
        case .invalidPeople(let n):
            return text("1つの席の人数 \(n) は使えません。1〜99 にしてください。", "\(n) people cannot sit on one seat; give 1 to 99.")
        case .ledger(let refusal):
            return text(refusal.japanese, refusal.english)
        case .unknownPlan(let id, let known):
            return text("予定 '\(id)' はありません。予定の ID は「会議体のID-年度-p番号」（例 soudan-2021-p2）で、予定を記録したときと会議体のページに出ています。",
                        "There is no planned entry '\(id)'. Its id is BODY-YEAR-pN (e.g. soudan-2021-p2), printed when it was planned and on the body's page.") + suggest(id, known)
        case .planWithoutDate:
            return text("予定の日付（--date。日、または 12月 のように月まで）か、開催の頻度（--rhythm。例 毎月1回開催）のどちらかを書いてください。",
                        "Give the planned date (--date: a day, or a month such as 2021-12) or how often it is held (--rhythm, e.g. 毎月1回開催).")
        case .planOutsideYear(let year, let d, _):
            return text("\(ja ? d.wareki : d.description) は\(year.wareki)の予定の日付にできません。\(year.wareki)（\(date(year.firstDay))〜\(date(year.lastDay))）の中の日付にしてください。次の年度に移すときは、この予定を中止して次の年度の予定を立ててください。",
                        "\(d) cannot be a date of the plan for \(year): give a date within it (\(year.firstDay) to \(year.lastDay)). To move it into the next 年度, cancel it and plan it there.")
        case .planIsAMeeting(let id):
            return text("予定 '\(id)' は会議の予定です。会議は「会議を記録」（meeting record）で記録すると、予定が実施済になります。",
                        "The planned entry '\(id)' is a meeting: recording the meeting (meeting record) carries it out.")
        case .planEndsBeforeItBegins(let from, let until):
            return text("終わり（\(ja ? until.wareki : until.description)）が始まり（\(ja ? from.wareki : from.description)）より前です。終わりを始まりと同じか後にしてください。",
                        "The end (\(until)) is before the start (\(from)); give an end on or after the start.")
        case .duplicatePlannedNumber(let id, let n, let year):
            return text("会議体 '\(id)' の\(year.wareki)第\(n)回はすでに予定にあります。回数を変えるか、前の予定を延期・中止してください。",
                        "No. \(n) of '\(id)' in \(year) is planned already. Change the number, or postpone or cancel the earlier entry.")
        case .unknownRules(let n):
            return text("規則の版 \(n) はこの kadai では扱えません（\(CouncilRules.editions.lowerBound)〜\(CouncilRules.current)）。新しい kadai で開いてください。",
                        "Edition \(n) of the rules is not one this kadai knows (\(CouncilRules.editions.lowerBound)–\(CouncilRules.current)). Open it with a newer kadai.")
        case .invalidMeetingNumber(let n):
            return text("会議の回数 \(n) は使えません。1以上にしてください。", "The meeting number \(n) cannot be used; use 1 or more.")
        case .duplicateMember(let body, let member):
            return text("'\(member)' はすでに会議体 '\(body)' の委員です。", "'\(member)' already sits on '\(body)'.")
        case .unknownMember(let body, let member, let known):
            return text("'\(member)' は会議体 '\(body)' の委員ではありません。", "'\(member)' does not sit on '\(body)'.") + suggest(member, known)
        case .issueClosed(let id, let on):
            return text("地域課題 '\(id)' は\(date(on))に取扱い終了しています。続けるには先に 'kadai issue reopen \(id) --reason …' で再開してください。",
                        "The issue '\(id)' was closed on \(date(on)). To carry on, reopen it first with 'kadai issue reopen \(id) --reason …'.")
        case .issueNotClosed(let id):
            return text("地域課題 '\(id)' は取扱い中です（終了していません）。", "The issue '\(id)' is not closed.")
        case .sameOwner(let issue, let body):
            return text("地域課題 '\(issue)' はすでに '\(body)' の担当です。", "The issue '\(issue)' is already with '\(body)'.")
        case .carryOverYear(let id, let to, let on):
            return text("地域課題 '\(id)' を\(to.wareki)に継続することはできません。継続先の年度は、記録する日（\(date(on))）の年度か、その翌年度にしてください。",
                        "The issue '\(id)' cannot be carried over into \(to.description): the year carried into must be that of the day recorded (\(date(on))) or the next.")
        case .noPlan(let id):
            return text("地域課題 '\(id)' にはまだアクションプランがありません。先に 'kadai issue plan \(id)' で作成してください。",
                        "The issue '\(id)' has no action plan yet. Adopt one first with 'kadai issue plan \(id)'.")
        case .unknownAction(let id, let n, let known):
            return text("地域課題 '\(id)' のアクションプランに番号 \(n) の行動はありません（あるのは \(known.map(String.init).joined(separator: "、"))）。",
                        "The action plan of '\(id)' has no action \(n) (it has \(known.map(String.init).joined(separator: ", "))).")
        case .invalidActionNumber(let n):
            return text("行動の番号 \(n) は使えません。1から順に付けてください。", "Action number \(n) cannot be used; number actions from 1.")
        case .duplicateActionNumber(let n):
            return text("行動の番号 \(n) が重複しています。", "Action number \(n) is given twice.")
        case .noActions:
            return text("アクションプランには --action で行動を1つ以上書いてください。", "An action plan needs at least one --action.")
        case .controlCharacter(let field):
            return text("\(fieldJa(field))に改行などの制御文字は使えません。1行で書いてください。", "The \(field) cannot hold line breaks or other control characters. Write it on one line.")
        case .controlCharacterInText(let field):
            return text("\(fieldJa(field))に制御文字（ESC や NUL など）が含まれています。取り除いてください（改行とタブは使えます）。",
                        "The \(field) holds a control character (such as ESC or NUL). Remove it; line breaks and tabs are fine.")
        case .bodyNotYetEstablished(let body, let d, let established):
            return text("会議体 '\(body)' は\(date(established))の設置なので、\(date(d))の時点では担当にできません。日付を確かめてください。",
                        "The body '\(body)' was established on \(date(established)), so it cannot take an issue on \(date(d)). Check the date.")
        case .reasonNeeded(let field):
            return text("終了する場合は --\(field) で理由を書いてください。", "When it ends, give the reason with --\(field).")
        case .unknownCaseNote(let ref):
            return text("事例メモ '\(ref)' はありません。'kadai issue show 課題ID' で参照を確かめてください。",
                        "There is no case note '\(ref)'. Check its reference with 'kadai issue show ISSUE'.")
        case .caseNoteAlreadyForgotten(let ref):
            return text("事例メモ '\(ref)' はすでに削除されています。", "The case note '\(ref)' was already erased.")
        case .adminNeeded:
            return text("役割を確かめるストア（--enforce-roles）には、--admin で管理者の ID を指定してください。",
                        "A store that enforces roles (--enforce-roles) needs the administrator's id: give it with --admin.")
        case .unknownActor(let actor):
            return text("記録する人 '\(actor)' は、どの会議体の委員でも管理者でもありません。このストアは役割を確かめています。--as（または KADAI_ACTOR）の ID を確かめてください。",
                        "The actor '\(actor)' holds no seat on any body and is not the administrator, and this store enforces roles. Check the id given with --as (or KADAI_ACTOR).")
        case .noSeatOn(let actor, let day):
            return text("'\(actor)' は記録する日（\(date(day))）にどの会議体の委員でもありません。委員の任期は記録する日で確かめます。'kadai body show 会議体ID' で委嘱日と退任日を確かめてください。",
                        "'\(actor)' holds no seat on \(date(day)), the day of recording: seats count from their appointment to their retirement on the day a record is made. Check the dates with 'kadai body show BODY'.")
        case .rolesNotEnforced:
            return text("このストアは役割を確かめないため、アカウントの紐付けは使いません。記録する人は --as（または KADAI_ACTOR）で指定してください。",
                        "This store does not check roles, so it links no accounts: the actor is named with --as (or KADAI_ACTOR).")
        case .invalidAccount(let name):
            return text("'\(name)' はアカウント名に使えません。英数字と . _ - @ $ だけで、- で始めず64文字以内にしてください（例 tanaka）。",
                        "'\(name)' cannot be an account name. Use ASCII letters, digits and '.', '_', '-', '@', '$', not starting with '-', at most 64 (e.g. tanaka).")
        case .unknownActorToLink(let actor, let known):
            return text("'\(actor)' は管理者でもなく、どの会議体の委員にもなったことがありません。先に 'kadai member appoint' で委嘱してから紐付けてください。",
                        "'\(actor)' is not the administrator and has never held a seat. Appoint it first with 'kadai member appoint', then link.") + suggest(actor, known)
        case .accountNotLinked(let account):
            return text("OS のアカウント '\(account.name)' は記録する人に紐付けられていません。このストアは役割を確かめています。管理者に 'kadai actor link \(account.name) --actor 委員ID' を実行するよう依頼してください。",
                        "The operating-system account '\(account.name)' is linked to no actor, and this store checks roles. Ask the administrator to run 'kadai actor link \(account.name) --actor SEAT-ID'.")
        case .noSuchLink(let account, let known):
            return text("OS のアカウント '\(account.name)' は紐付けられていません。", "The operating-system account '\(account.name)' is not linked.") + suggest(account.name, known)
        case .accountWithoutName:
            return text("OS のアカウント（uid \(geteuid())）に名前がないため、誰が記録するか決められません。このストアは役割を確かめています。名前のあるアカウントで実行してください。",
                        "The operating-system account (uid \(geteuid())) has no name, so who records cannot be told, and this store checks roles. Run kadai from a named account.")
        case .actingAsNeedsAdmin(let account, let linked, let named):
            return text("OS のアカウント '\(account.name)' は '\(linked)' として記録します。ほかの人（'\(named)'）として記録できるのは管理者だけです。--as（または KADAI_ACTOR）を外してください。",
                        "The operating-system account '\(account.name)' records as '\(linked)'; only the administrator may record as another actor ('\(named)'). Leave out --as (or KADAI_ACTOR).")
        case .lastAdministratorAccount(let account):
            return text("OS のアカウント '\(account.name)' は管理者に紐付いた最後のアカウントです。外すと誰も紐付けを変えられなくなります。先に別のアカウントを管理者に紐付けてください。",
                        "The operating-system account '\(account.name)' is the last one linked to the administrator: without it no one could link accounts again. Link another account to the administrator first.")
        case .notAsWritten(let field, let recorded, let written):
            func shown(_ json: String) -> String { json.count > 80 ? String(json.prefix(80)) + "…" : json }
            let what = switch (recorded.map(shown), written.map(shown)) {
            case (let r?, nil): text("'\(field)' に \(r) がありますが、kadai はそこに何も書きません。", "Its '\(field)' holds \(r) where kadai writes nothing")
            case (nil, let w?): text("'\(field)' がありませんが、kadai はそこに \(w) と書きます。", "It has no '\(field)' where kadai writes \(w)")
            case (let r, let w): text("'\(field)' が \(r ?? "") ですが、kadai はそこに \(w ?? "") と書きます。", "Its '\(field)' holds \(r ?? "") where kadai writes \(w ?? "")")
            }
            return what + text("kadai が書いた記録ではありません。", ": kadai did not write it.")
        case .changesNothing:
            return text("同じ内容がすでに記録されていて、何も変えません。kadai はこのような記録を書きません。",
                        "It changes nothing (the same is already recorded), and kadai writes no such record.")
        case .invalidFileName(let name):
            return text("ファイル名 '\(name)' は使えません。フォルダー（/ や \\）を含まない名前にしてください（例 第3回議事録.pdf）。",
                        "The file name '\(name)' cannot be used. Give a name without a folder (no / or \\), e.g. minutes-3.pdf.")
        case .duplicateMaterial(let meeting, let sha256, let title):
            return text("同じファイル（SHA-256 \(sha256.prefix(12))…）は、会議 '\(meeting)' に「\(title)」としてすでに添付されています。何も記録していません。",
                        "The same file (SHA-256 \(sha256.prefix(12))…) is already attached to the meeting '\(meeting)' as '\(title)'. Nothing was recorded.")
        case .unknownMaterial(let meeting, let sha256, let known):
            let list = known.isEmpty ? text("この会議には添付ファイルがありません。", " The meeting has no attached files.")
                : text("添付ファイル: \(known.map { String($0.prefix(12)) }.joined(separator: "、"))。", " Attached: \(known.map { String($0.prefix(12)) }.joined(separator: ", ")).")
            return text("会議 '\(meeting)' に SHA-256 が '\(sha256)' で始まる添付ファイルは1つに決まりません。8桁以上を指定してください（'kadai meeting files \(meeting)' で確かめられます）。",
                        "No single file attached to the meeting '\(meeting)' has a SHA-256 beginning '\(sha256)'. Give eight or more of its hex digits (see 'kadai meeting files \(meeting)').") + list
        case .workAlreadyRecorded, .noWorkToAmend, .unknownWorkItem, .noWorkItems, .invalidWorkNumber, .notInWorkColumn, .workDateOutsideYear:
            return describeWork(error)
        case .notAllowed(let actor, let rule):
            return text("'\(actor)' はこれを記録できません。", "'\(actor)' may not record this: ") + describe(rule) + text("何も記録していません。", " Nothing was recorded.")
        }
    }

    /// A role rule in plain words.
    public func describe(_ rule: Permission) -> String {
        switch rule {
        case .manageBodies:
            return text("会議体・委員・活動方針は、管理者と事務局が管理します。", "bodies, members and policies are managed by the administrator and the secretariat.")
        case .bodyRecords(let body):
            return text("会議体 '\(body)' の会議と振り返りは、その委員が記録します。", "the meetings and year-end review of '\(body)' are recorded by its members.")
        case .issueWork(let body):
            return text("地域課題の提起と取組は、担当する会議体 '\(body)' の委員が記録します。", "an issue is raised and worked on by the members of '\(body)', the body that owns it.")
        case .administer:
            return text("アカウントの紐付けは管理者だけが行います。", "accounts are linked by the administrator alone.")
        case .steering:
            return text("地域課題の担当の決定と移管は、運営会議の委員が行います。", "issues are assigned and transferred by the members of the steering meeting (運営会議).")
        }
    }

    private func fieldJa(_ field: String) -> String {
        [
            "title": "タイトル", "name": "名称", "council name": "協議会名", "affiliation": "所属", "policy": "活動方針", "plan": "具体的取組",
            "reason": "理由", "summary": "概要", "comment": "感想・意見", "goal": "目指すべき姿", "what": "行動の内容", "outcome": "成果",
            "factor": "要因", "focus": "焦点の候補", "chosen focus": "選んだ焦点", "evidence": "根拠", "agenda": "議題", "decision": "決定事項",
            "administrator id": "管理者の ID", "note": "メモ", "next": "次年度の方針", "note to the steering meeting": "運営会議への伝達事項", "next policy": "活動方針（案）", "next plan": "来年度の取り組み内容", "handover": "引き継ぎ事項", "body id": "会議体のID", "issue id": "地域課題のID", "member id": "委員のID", "actor id": "記録する人のID",
            "source": "きっかけ", "category": "分野", "group": "対象", "area": "地域", "who": "誰が", "toward": "誰・どこに対して",
            "meeting id": "会議のID", "case note reference": "事例メモの参照", "case note": "事例メモ",
            "file name": "ファイル名",
            "work progress": "取組状況", "work result": "結果及び評価", "work plan": "次年度の計画", "heading": "新規計画内容の見出し",
        ][field] ?? field
    }
}

extension RefusalText {
    /// A query naming what the council does not have, or asking for what cannot be shown. A field
    /// is named as `fieldName` gives it (`--fy` on the command line).
    public func describe(_ refusal: QueryRefusal, fieldName: (String) -> String = { "--\($0)" }) -> String {
        let ja = japanese
        func date(_ d: CalendarDate) -> String { ja ? d.wareki : d.description }
        func fy(_ y: FiscalYear) -> String { ja ? y.wareki : y.description }
        switch refusal {
        case .unknownStream(let stream, let suggestion):
            return text("ストリーム '\(stream)' はありません。" + (suggestion.map { "'\($0)' のことですか？" } ?? "'kadai stats' で確認してください。"),
                        "There is no stream '\(stream)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " See 'kadai stats'."))
        case .unnamableType(let type, let position):
            let shown = String(type.prefix(60)).debugDescription
            return text("位置 \(position) の記録の種類 \(shown) は kadai が記録することのない名前で、ファイル名にできません（ストアが書き換えられたか、別のプログラムが作ったものです）。何も書き込んでいません。'kadai audit verify' でストアを確かめてください。",
                        "The record at position \(position) has the type \(shown), a name kadai never records and no file can take (the store was altered, or made by another program). Nothing was written. Check the store with 'kadai audit verify'.")
        case .noIssueOrBody(let id):
            return text("'\(id)' という地域課題も会議体もありません。", "There is no issue or body '\(id)'.")
        case .bodyNotSetUpYet(let id, let on, let year, let field):
            return text("会議体 '\(id)' の設置は\(date(on))なので、\(fy(year))の資料はありません。\(fieldName(field)) を確かめてください。",
                        "The body '\(id)' was set up on \(date(on)), so there is nothing for \(fy(year)). Check \(fieldName(field)).")
        case .bodyDissolvedBefore(let id, let on, let year, let field):
            return text("会議体 '\(id)' は\(date(on))に終了しているため、\(fy(year))の資料はありません。\(fieldName(field)) を確かめてください。",
                        "The body '\(id)' was dissolved on \(date(on)), so there is nothing for \(fy(year)). Check \(fieldName(field)).")
        case .nothingRecordedYet(let on, let field):
            return text("\(date(on))の時点では、まだ会議体も地域課題も記録されていません。\(fieldName(field)) を確かめてください。",
                        "Nothing was recorded yet on \(date(on)): no body, no issue. Check \(fieldName(field)).")
        case .yearNotBegun(let year, let field):
            return text("\(fy(year))はまだ始まっていません。\(fieldName(field)) には今年度かそれより前の年度を指定してください。",
                        "\(fy(year)) has not begun yet. Give \(fieldName(field)) this fiscal year or an earlier one.")
        case .brokenSiteLink(let page, let href):
            return text("内部の誤りのため、サイトを書き出しませんでした（\(page) のリンク '\(href)' の行き先がありません）。kadai の開発者に知らせてください。",
                        "An internal error stopped the site from being written (the link '\(href)' on \(page) leads nowhere). Please tell kadai's developers.")
        case .unnamablePage(let path):
            let shown = String(path.prefix(80)).debugDescription
            return text("記録から作ったページの名前 \(shown) はファイル名にできないため、サイトを書き出しませんでした。ストアが書き換えられたおそれがあります。'kadai audit verify' で確かめてください。",
                        "The site was not written: the page name \(shown), made from the record, cannot be a file name. The store may have been altered; check it with 'kadai audit verify'.")
        }
    }
}
