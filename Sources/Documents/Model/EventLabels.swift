import Council

/// One line saying what an event recorded, for histories, diffs and what a write prints. The
/// command line names bodies and seats by id; documents pass `body` to print names instead, and
/// `ids: false` to leave seat ids out (they may be internal). A case note's text shows only when
/// `caseNote` gives it (to internal readers); without it the line says the note is not public.
public enum EventLabels {
    public static func label(_ event: CouncilEvent, japanese ja: Bool, body: (String) -> String = { $0 }, ids: Bool = true,
                             caseNote: ((String) -> String)? = nil) -> String {
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        func seat(_ member: String) -> String { ids ? member + " " : "" }
        switch event {
        case .councilInitialised(let e): return t("協議会を登録：\(e.name)", "council set up: \(e.name)")
        case .bodyEstablished(let e):
            let id = ids ? "\(e.body) " : ""
            return t("会議体を設置：\(id)\(e.name)（\(e.kind.japanese)）", "body established: \(id)\(e.name) (\(e.kind.english))")
        case .bodyRenamed(let e): return t("名称変更：\(e.previousName) → \(e.name)", "renamed: \(e.previousName) → \(e.name)")
        case .bodyPaused(let e): return t("休止：\(body(e.body))", "paused: \(body(e.body))")
        case .bodyResumed(let e): return t("再開：\(body(e.body))", "resumed: \(body(e.body))")
        case .bodyDissolved(let e):
            return t("終了：\(body(e.body))", "dissolved: \(body(e.body))") + (e.successor.map { t("（後継：\(body($0))）", " (successor \(body($0)))") } ?? "")
        case .bodyPolicySet(let e): return t("活動方針（\(e.fiscalYear.wareki)）：\(e.policy)", "policy for \(e.fiscalYear): \(e.policy)")
        case .memberAppointed(let e): return t("委員：\(seat(e.member))\(e.affiliation)", "member appointed: \(seat(e.member))\(e.affiliation)")
        case .memberRetired(let e): return t("退任：\(ids ? e.member : "委員")", "member retired: \(ids ? e.member : "a member")")
        case .meetingRecorded(let e): return t("第\(e.number)回 会議：\(AgendaList.line(e.agenda, japanese: true))", "meeting no. \(e.number): \(AgendaList.line(e.agenda, japanese: false))")
        case .bodyYearReviewed(let e) where e.amends:
            let changed = { (ja: Bool) in e.changed.map { DocumentLabels.text("review." + $0, ja ? .ja : .en) }.joined(separator: ja ? "・" : ", ") }
            return t("振り返りの修正（\(e.fiscalYear.wareki)）：\(changed(true))を変更", "review of \(e.fiscalYear) amended: \(changed(false)) changed")
        case .bodyYearReviewed(let e): return t("振り返り（\(e.fiscalYear.wareki)）：次年度\(e.next.japanese)", "review of \(e.fiscalYear): next year \(e.next.english)")
        case .issueRaised(let e): return t("提起：\(e.issue) \(e.title)", "raised: \(e.issue) \(e.title)")
        case .issueAssigned(let e): return t("担当：\(body(e.to))", "assigned to \(body(e.to))")
        case .issueTransferred(let e): return t("移管：\(body(e.from)) → \(body(e.to))", "transferred: \(body(e.from)) → \(body(e.to))")
        case .issueAnalysed(let e): return t("背景分析：\(e.factors.joined(separator: "、"))", "analysed: \(e.factors.joined(separator: ", "))")
        case .actionPlanAdopted(let e): return t("アクションプラン第\(e.revision)版：\(e.goal)", "action plan revision \(e.revision): \(e.goal)")
        case .activityLogged(let e): return t("実行（\(e.kind.japanese)）：\(e.summary)", "activity (\(e.kind.english)): \(e.summary)")
        case .issueEvaluated(let e): return t("評価（\(e.fiscalYear.wareki)）：\(e.decision.japanese)", "evaluated for \(e.fiscalYear): \(e.decision.english)")
        case .issueClosed(let e):
            return t("取扱い終了：\(e.reason.japanese)", "closed: \(e.reason.english)") + (e.note.map { t("（\($0)）", " (\($0))") } ?? "")
        case .issueReopened(let e): return t("再開：\(e.reason)", "reopened: \(e.reason)")
        case .issueCarriedOver(let e): return t("次年度へ継続：\(e.to.wareki)", "carried over to \(e.to)")
        case .caseNoteAttached(let e):
            guard let caseNote else { return t("事例メモ（非公開）", "case note (not public)") }
            return t("事例メモ \(e.ref)：", "case note \(e.ref): ") + caseNote(e.ref)
        case .caseNoteForgotten(let e): return t("事例メモ \(e.ref) を削除", "case note \(e.ref) erased")
        // A file's title only where ids are shown (the command line, signed-in members): a
        // document may be published, and a file not public never shows its title there.
        case .materialAttached(let e):
            let title = ids ? t("「\(e.title)」", " '\(e.title)'") : ""
            let shown = e.isPublic ? t("公開", "public") : t("非公開", "not public")
            return t("\(e.kind.japanese)を添付\(title)（\(e.meeting)、\(shown)）", "\(e.kind.english) attached\(title) (\(e.meeting), \(shown))")
        case .materialPublicationChanged(let e):
            let file = ids ? " " + e.sha256.prefix(12) : ""
            let fileJa = ids ? file + " " : ""
            return e.isPublic ? t("添付ファイル\(fileJa)を公開（\(e.meeting)）", "attached file\(file) made public (\(e.meeting))")
                : t("添付ファイル\(fileJa)を非公開に（\(e.meeting)）", "attached file\(file) withdrawn from publication (\(e.meeting))")
        // Account names can be people's names: documents (ids: false) say only what happened.
        case .actorLinked(let e):
            return ids ? t("アカウント \(e.account.name) を \(e.actor) に紐付け", "account \(e.account.name) linked to \(e.actor)") : t("アカウントの紐付け", "an account linked")
        case .actorUnlinked(let e):
            return ids ? t("アカウント \(e.account.name) の紐付けを解除（\(e.actor)）", "account \(e.account.name) unlinked from \(e.actor)") : t("アカウントの紐付けを解除", "an account unlinked")
        case .bodyActivityRecorded(let e):
            return t("\(e.kind.japanese)（\(e.when.wareki)）：\(e.title)", "\(e.kind.english) (\(e.when)): \(e.title)")
        case .meetingPlanned(let e):
            let what = e.kind == .meeting ? (e.number.map { t("第\($0)回", "meeting no. \($0)") } ?? t("会議", "meeting")) : t(e.kind.japanese, e.kind.english)
            let when = [e.date.map { ja ? $0.wareki : $0.description }, e.rhythm].compactMap { $0 }.joined(separator: " ")
            return t("予定（\(e.fiscalYear.wareki)）：\(what) \(when)", "planned for \(e.fiscalYear): \(what) \(when)")
        case .meetingPlanChanged(let e):
            let id = PlanReference.id(body: e.body, year: e.fiscalYear, entry: e.entry)
            let to = e.to.map { ja ? "（\($0.wareki)へ）" : " to \($0)" } ?? ""
            return t("予定を\(e.change.japanese)\(to)：\(id)", "plan \(e.change.english)\(to): \(id)")
        case .statusReportUpdated(let e):
            return t("検討状況報告書を更新（\(e.fiscalYear.wareki)）", "status report of \(e.fiscalYear) updated") + (e.direction.map { (ja ? "：" : ": ") + $0 } ?? "")
        case .meetingsCounted(let e):
            return t("開催回数（\(e.fiscalYear.wareki)）：\(e.count)回", "meetings in \(e.fiscalYear): \(e.count)")
        case .workItemSet, .workEntryRecorded, .workTableDated: return WorkItemText.label(event, japanese: ja)
        case .councilRulesAdopted(let e): return t("規則の第\(e.rules)版を採用", "rules: edition \(e.rules) adopted")
        case .recordedOnBehalf(let e):
            return ids ? t("以下は \(e.by)（アカウント \(e.account.name)）が \(e.actor) として記録", "what follows recorded by \(e.by) (account \(e.account.name)) as \(e.actor)")
                : t("管理者による代理の記録", "recorded by the administrator on a member's behalf")
        }
    }
}
