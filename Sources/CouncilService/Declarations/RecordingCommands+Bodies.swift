import Council

extension RecordingCommands {
    /// Bodies, their members, policies, meetings and year-end reviews.
    static let bodies: [CommandDeclaration] = [
        CommandDeclaration(["body", "establish"], abstract: Bilingual(ja: "会議体を設置します（部会・WG・運営会議など）。", en: "Set up a meeting body (部会, WG, 運営会議 …)."),
                           positional: PositionalDeclaration("ID", help: Bilingual(ja: "短い ID（例：soudan、shuro-wg）", en: "A short id, e.g. soudan or shuro-wg.")),
                           fields: [FieldDeclaration("name", value: "NAME", help: Bilingual(ja: "名称（例：相談支援部会）", en: "Its name, e.g. 相談支援部会."), required: true),
                                    FieldDeclaration("kind", value: "KIND", help: Bilingual(ja: "会議体の種類：plenary steering subcommittee workingGroup liaison forum preparatory（または 全体会 運営会議 部会 ワーキング など）", en: "plenary steering subcommittee workingGroup liaison forum preparatory (or 全体会 運営会議 部会 ワーキング …)."), required: true, words: BodyKind.self),
                                    FieldDeclaration("parent", value: "ID", help: Bilingual(ja: "上位の会議体の ID（部会の下に置く WG のときなど）", en: "The body it belongs to (a WG under a 部会).")), Fields.on],
                           examples: ["kadai body establish soudan --name 相談支援部会 --kind subcommittee --on 2019-04-01"]) { i throws(InputRefusal) in
            .establishBody(BodyEstablished(body: i.positional, name: i.text("name") ?? "", kind: try i.requiredWord("kind", BodyKind.self),
                                           parent: i.text("parent"), on: try i.date("on")))
        },
        CommandDeclaration(["body", "rename"], abstract: Bilingual(ja: "会議体の名称を変更します。", en: "Give a body a new name."), positional: Fields.body,
                           fields: [FieldDeclaration("name", value: "NAME", help: Bilingual(ja: "新しい名称", en: "The new name."), required: true),
                                    FieldDeclaration("reason", value: "TEXT", help: Bilingual(ja: "名称を変えた理由", en: "Why it was renamed.")), Fields.on]) { i throws(InputRefusal) in
            .renameBody(body: i.positional, name: i.text("name") ?? "", reason: i.text("reason"), on: try i.date("on"))
        },
        CommandDeclaration(["body", "pause"], abstract: Bilingual(ja: "会議体の活動を休止します。", en: "Pause a body (休止)."), positional: Fields.body, fields: [Fields.reason, Fields.on]) { i throws(InputRefusal) in
            .pauseBody(BodyPaused(body: i.positional, reason: i.text("reason"), on: try i.date("on")))
        },
        CommandDeclaration(["body", "resume"], abstract: Bilingual(ja: "休止中の会議体の活動を再開します。", en: "Resume a paused body."), positional: Fields.body, fields: [Fields.on]) { i throws(InputRefusal) in
            .resumeBody(BodyResumed(body: i.positional, on: try i.date("on")))
        },
        CommandDeclaration(["body", "dissolve"], abstract: Bilingual(ja: "会議体を終了します。活動を引き継ぐ会議体も指定できます。", en: "End a body (終了), optionally naming its successor."), positional: Fields.body,
                           fields: [FieldDeclaration("successor", value: "ID", help: Bilingual(ja: "活動を引き継ぐ会議体の ID", en: "The body that takes over its work.")), Fields.reason, Fields.on]) { i throws(InputRefusal) in
            .dissolveBody(BodyDissolved(body: i.positional, successor: i.text("successor"), reason: i.text("reason"), on: try i.date("on")))
        },
        CommandDeclaration(["body", "policy"], abstract: Bilingual(ja: "会議体の年度ごとの活動方針と具体的取組を記録します。", en: "Record a body's activity policy (活動方針) and planned work (具体的取組) for a 年度."),
                           positional: Fields.body,
                           fields: [Fields.fy, FieldDeclaration("policy", value: "TEXT", help: Bilingual(ja: "活動方針", en: "The activity policy."), required: true),
                                    FieldDeclaration("plan", value: "TEXT", help: Bilingual(ja: "具体的取組", en: "The planned work.")),
                                    FieldDeclaration("other", value: "TEXT", help: Bilingual(ja: "その他（計画書の「その他」に載せる文。段落ごとに1つ）", en: "その他: what the plan says besides (one paragraph each)."), repeatable: true),
                                    FieldDeclaration("history", value: "TEXT", help: Bilingual(ja: "これまでの経過（活動方針に載せる、前の年度までの取組。段落ごとに1つ）", en: "これまでの経過: the years before, as the 活動方針 tells them (one paragraph each)."), repeatable: true),
                                    Fields.on]) { i throws(InputRefusal) in
            .setBodyPolicy(BodyPolicySet(body: i.positional, fiscalYear: try i.requiredYear("fy"), policy: i.text("policy") ?? "",
                                         plan: i.text("plan"), other: i.texts("other"), history: i.texts("history"), on: try i.date("on")))
        },
        CommandDeclaration(["member", "appoint"], abstract: Bilingual(ja: "会議体に委員（所属する団体・機関）を加えます。", en: "Seat an organisation on a body."), positional: Fields.bodyOf,
                           fields: [FieldDeclaration("member", value: "ID", help: Bilingual(ja: "委員の短い ID（例：nagaoka-hoken）", en: "A short id for the seat, e.g. nagaoka-hoken."), required: true),
                                    FieldDeclaration("affiliation", value: "TEXT", help: Bilingual(ja: "所属（団体・機関の名称）", en: "The organisation (所属)."), required: true),
                                    FieldDeclaration("category", value: "CAT", help: Bilingual(ja: "種別（例：相談支援事業者 または consultationSupport）", en: "The category (種別), e.g. 相談支援事業者 or consultationSupport."), required: true, words: MemberCategory.self),
                                    FieldDeclaration("role", value: "ROLE", help: Bilingual(ja: "役割：chair viceChair member secretariat adviser（または 会長 副会長 委員 事務局 アドバイザー。省略時は member）", en: "chair viceChair member secretariat adviser (default member)."), words: MemberRole.self),
                                    FieldDeclaration("party-concerned", help: Bilingual(ja: "当事者委員として参加する場合に指定", en: "The member sits as a party concerned (当事者).")),
                                    FieldDeclaration("people", value: "N", help: Bilingual(ja: "同じ所属から出ている人数（省略時は1名）", en: "How many people of the organisation sit on the seat (default 1).")),
                                    Fields.on]) { i throws(InputRefusal) in
            .appointMember(MemberAppointed(body: i.positional, member: i.text("member") ?? "", affiliation: i.text("affiliation") ?? "",
                                           category: try i.requiredWord("category", MemberCategory.self),
                                           role: try i.word("role", MemberRole.self) ?? .member,
                                           partyConcerned: i.flag("party-concerned"), people: try i.number("people"), on: try i.date("on")))
        },
        CommandDeclaration(["member", "retire"], abstract: Bilingual(ja: "委員の退任を記録します。", en: "End a member's seat."), positional: Fields.bodyOf,
                           fields: [FieldDeclaration("member", value: "ID", help: Bilingual(ja: "委員の ID", en: "The seat."), required: true), Fields.on]) { i throws(InputRefusal) in
            .retireMember(MemberRetired(body: i.positional, member: i.text("member") ?? "", on: try i.date("on")))
        },
        CommandDeclaration(["meeting", "record"], abstract: Bilingual(ja: "会議体が開いた会議を記録します。", en: "Record a meeting a body held."), positional: Fields.bodyOf,
                           fields: [FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "開催日", en: "The day it met."), required: true),
                                    FieldDeclaration("number", value: "N", help: Bilingual(ja: "第N回（省略時はその年度の次の回）", en: "第N回 (default: the next number in that 年度).")),
                                    FieldDeclaration("format", value: "F", help: Bilingual(ja: "開催方法：inPerson online written（または 対面 オンライン 書面。省略時は inPerson）", en: "inPerson online written (default inPerson)."), words: MeetingFormat.self),
                                    FieldDeclaration("agenda", value: "TEXT", help: Bilingual(ja: "議題（わからなければ省略。開催したことだけを記録できます）", en: "An item discussed (leave it out when only the meeting's day is known)."), repeatable: true),
                                    FieldDeclaration("issue", value: "ID", help: Bilingual(ja: "取り上げた地域課題の ID", en: "An issue taken up."), repeatable: true),
                                    FieldDeclaration("decision", value: "TEXT", help: Bilingual(ja: "決定事項", en: "A decision made."), repeatable: true),
                                    FieldDeclaration("note", value: "TEXT", help: Bilingual(ja: "備考（公開されます。個人名は書かない）", en: "A remark (備考); it is published, so no personal names."))],
                           examples: ["kadai meeting record soudan --on R2.9.10 --agenda 背景の整理 --issue K-0001"]) { i throws(InputRefusal) in
            .recordMeeting(body: i.positional, on: try i.date("on"), number: try i.number("number"),
                           format: try i.word("format", MeetingFormat.self) ?? .inPerson, agenda: i.texts("agenda"),
                           issues: i.texts("issue"), decisions: i.texts("decision"), note: i.text("note"))
        },
        CommandDeclaration(["meeting", "plan"], abstract: Bilingual(ja: "会議体の年度の活動計画（年間活動計画）に、会議や研修会などの予定を1件加えます。日が決まっていなければ月まで（12月予定）、月の幅（1月～2月）や頻度（毎月1回開催）でも書けます。", en: "Add an entry to a body's plan for a 年度: a meeting or an activity, on a day, in a month (12月予定), over months (1月～2月) or at a rhythm (毎月1回開催)."),
                           positional: Fields.bodyOf,
                           fields: [Fields.fy,
                                    FieldDeclaration("kind", value: "K", help: Bilingual(ja: "予定の種類：meeting training exchange sale event other（または 会議 研修会 意見交換会 販売会 イベント その他。省略時は meeting）", en: "meeting training exchange sale event other (default meeting)."), words: PlannedKind.self),
                                    FieldDeclaration("number", value: "N", help: Bilingual(ja: "会議の回数（第N回）", en: "The meeting's number (第N回).")),
                                    FieldDeclaration("date", value: "DATE", help: Bilingual(ja: "予定の日（令和3年9月21日）、または月（令和3年12月、R3.12）", en: "The planned day (令和3年9月21日) or month (令和3年12月, R3.12).")),
                                    FieldDeclaration("until", value: "DATE", help: Bilingual(ja: "幅のある予定の終わり（1月～2月 なら 令和4年2月）", en: "The end of a span (for 1月～2月, 令和4年2月).")),
                                    FieldDeclaration("rhythm", value: "TEXT", help: Bilingual(ja: "開催の頻度（毎月1回開催、年2回開催）", en: "How often it is held (毎月1回開催, 年2回開催).")),
                                    FieldDeclaration("topic", value: "TEXT", help: Bilingual(ja: "予定している内容", en: "A planned topic."), repeatable: true),
                                    FieldDeclaration("note", value: "TEXT", help: Bilingual(ja: "備考（外部講師を招いて実施予定 など）", en: "A remark (備考).")),
                                    FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "この予定を立てた日（省略時は今日）", en: "The day the plan was made (default today)."))],
                           examples: ["kadai meeting plan soudan --fy R3 --number 2 --date R3.9.21 --on R3.4.1", "kadai meeting plan soudan --fy R3 --kind training --date R3.12 --topic 災害対策研修"]) { i throws(InputRefusal) in
            .planMeeting(MeetingPlanned(body: i.positional, fiscalYear: try i.requiredYear("fy"), kind: try i.word("kind", PlannedKind.self) ?? .meeting,
                                        number: try i.number("number"), date: try i.optionalPartialDate("date"), until: try i.optionalPartialDate("until"),
                                        rhythm: i.text("rhythm"), topics: i.texts("topic"), note: i.text("note"), on: try i.date("on")))
        },
        CommandDeclaration(["meeting", "postpone"], abstract: Bilingual(ja: "予定を延期します（新しい日がわかれば --to で）。予定は計画書に「延期」と残ります。", en: "Postpone a planned entry (to a new date with --to); the plan keeps it, marked postponed."),
                           positional: Fields.bodyOf,
                           fields: [Fields.plan, FieldDeclaration("to", value: "DATE", help: Bilingual(ja: "延期後の日、または月（同じ年度の中）", en: "The new day or month (within the same 年度).")), Fields.reason,
                                    FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "延期を決めた日（省略時は今日）", en: "The day it was postponed (default today)."))],
                           examples: ["kadai meeting postpone soudan --plan soudan-2021-p2 --to R3.10"]) { i throws(InputRefusal) in
            let plan = try i.plan("plan")
            return .changePlan(MeetingPlanChanged(body: i.positional, fiscalYear: plan.year, entry: plan.entry, change: .postponed,
                                                  to: try i.optionalPartialDate("to"), reason: i.text("reason"), on: try i.date("on")))
        },
        CommandDeclaration(["meeting", "cancel"], abstract: Bilingual(ja: "予定を中止します。予定は計画書に「中止」と残ります。", en: "Cancel a planned entry; the plan keeps it, marked cancelled."),
                           positional: Fields.bodyOf,
                           fields: [Fields.plan, Fields.reason, FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "中止を決めた日（省略時は今日）", en: "The day it was cancelled (default today)."))],
                           examples: ["kadai meeting cancel soudan --plan soudan-2021-p3 --reason 感染拡大のため"]) { i throws(InputRefusal) in
            let plan = try i.plan("plan")
            return .changePlan(MeetingPlanChanged(body: i.positional, fiscalYear: plan.year, entry: plan.entry, change: .cancelled, reason: i.text("reason"), on: try i.date("on")))
        },
        CommandDeclaration(["body", "activity"], abstract: Bilingual(ja: "会議体が会議のほかに行ったこと（研修会・意見交換会・販売会など）を記録します。講師は所属と職名で書き、個人名は書きません。", en: "Record what a body did besides meeting (研修会, 意見交換会, 販売会 …). Name lecturers by organisation and role, never by a person's name."),
                           positional: Fields.bodyOf,
                           fields: [FieldDeclaration("kind", value: "K", help: Bilingual(ja: "種類：training exchange sale event other（または 研修会 意見交換会 販売会 イベント その他）", en: "training exchange sale event other."), required: true, words: BodyActivityKind.self),
                                    FieldDeclaration("title", value: "TEXT", help: Bilingual(ja: "名称（障害福祉施設における感染症対策研修 など）", en: "Its title."), required: true),
                                    FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "実施日（日がわからなければ 令和2年7月 のように月まで、月もわからなければ 令和2年度）", en: "When: the day, or only the month (令和2年7月) or the 年度 (令和2年度)."), required: true),
                                    FieldDeclaration("summary", value: "TEXT", help: Bilingual(ja: "内容", en: "What it was.")),
                                    FieldDeclaration("lecturer", value: "TEXT", help: Bilingual(ja: "講師の所属と職名（個人名は書かない）", en: "A lecturer's organisation and role (no personal name)."), repeatable: true),
                                    FieldDeclaration("format", value: "F", help: Bilingual(ja: "開催方法：inPerson online written（または 対面 オンライン 書面）", en: "inPerson online written."), words: MeetingFormat.self),
                                    FieldDeclaration("note", value: "TEXT", help: Bilingual(ja: "備考", en: "A remark (備考).")),
                                    FieldDeclaration("plan", value: "ID", help: Bilingual(ja: "この活動で実施した予定の ID（例 soudan-2021-p4）", en: "The planned entry it carried out (e.g. soudan-2021-p4)."))],
                           examples: ["kadai body activity soudan --kind training --title 感染症対策研修 --on R2.7.31 --lecturer '市内病院 感染管理認定看護師'"]) { i throws(InputRefusal) in
            .recordBodyActivity(BodyActivityRecorded(body: i.positional, kind: try i.requiredWord("kind", BodyActivityKind.self), title: i.text("title") ?? "",
                                                     summary: i.text("summary"), lecturers: i.texts("lecturer"), format: try i.word("format", MeetingFormat.self) ?? .inPerson,
                                                     note: i.text("note"), plan: i.text("plan"), when: try i.partialDate("on")))
        },
        CommandDeclaration(["body", "status"], abstract: Bilingual(ja: "会議体の年度の検討状況報告書を更新します：更新日（--on）と、書くときは「今後の検討の方向性」。", en: "Update a body's status report (検討状況報告書) for a 年度: its date (--on) and, when written, its 今後の検討の方向性."),
                           positional: Fields.body,
                           fields: [Fields.fy, FieldDeclaration("direction", value: "TEXT", help: Bilingual(ja: "今後の検討の方向性（省略時は振り返りの記録から）", en: "The direction from here (今後の検討の方向性); without it, taken from the review.")),
                                    FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "更新日（省略時は今日）", en: "The date it was updated (default today)."))],
                           examples: ["kadai body status shuro --fy R2 --on R3.1.15 --direction '今年度の部会は終了。次年度も就労部会を開催する。'"]) { i throws(InputRefusal) in
            .updateStatusReport(StatusReportUpdated(body: i.positional, fiscalYear: try i.requiredYear("fy"), direction: i.text("direction"), on: try i.date("on")))
        },
        CommandDeclaration(["meeting", "count"], abstract: Bilingual(ja: "会議の回数だけがわかっている年度の開催回数を記録します（運営会議を年7回開催 など）。会議そのものは作られません。", en: "Record how many times a body met in a 年度 when only the number is known (運営会議を年7回開催); no meetings are made up."),
                           positional: Fields.bodyOf,
                           fields: [Fields.fy, FieldDeclaration("count", value: "N", help: Bilingual(ja: "開催回数", en: "How many times it met."), required: true),
                                    FieldDeclaration("note", value: "TEXT", help: Bilingual(ja: "備考（出典 など）", en: "A remark (where the number comes from).")), Fields.on],
                           examples: ["kadai meeting count unei --fy R5 --count 7"]) { i throws(InputRefusal) in
            .countMeetings(MeetingsCounted(body: i.positional, fiscalYear: try i.requiredYear("fy"), count: try i.number("count") ?? 0, note: i.text("note"), on: try i.date("on")))
        },
        CommandDeclaration(["review", "record"], abstract: Bilingual(ja: "会議体の年度末の振り返りを記録します。", en: "Record a body's year-end review (振り返り)."), positional: Fields.bodyOf,
                           fields: [Fields.fy, FieldDeclaration("summary", value: "TEXT", help: Bilingual(ja: "取り組み内容", en: "What the body did (取り組み内容).")),
                                    FieldDeclaration("comment", value: "TEXT", help: Bilingual(ja: "メンバーの感想・意見", en: "A member's comment (メンバーの感想・意見)."), repeatable: true), Fields.function,
                                    FieldDeclaration("next", value: "D", help: Bilingual(ja: "次年度の扱い：continue は継続、end は活動終了", en: "Next 年度: continue or end."), required: true, choices: ["continue", "end"], words: YearDecision.self),
                                    FieldDeclaration("next-policy", value: "TEXT", help: Bilingual(ja: "次年度の活動方針(案)", en: "Next year's policy (活動方針(案)).")),
                                    FieldDeclaration("next-plan", value: "TEXT", help: Bilingual(ja: "次年度の取り組み内容", en: "Next year's work (取り組み内容).")),
                                    FieldDeclaration("handover", value: "TEXT", help: Bilingual(ja: "引き継ぎ事項", en: "Hand-over notes (引き継ぎ事項).")),
                                    FieldDeclaration("to-steering", value: "TEXT", help: Bilingual(ja: "運営会議への伝達事項", en: "What the steering meeting should take up (運営会議への伝達事項).")), Fields.reason,
                                    FieldDeclaration("amend", help: Bilingual(ja: "すでに記録した振り返りを書き直す（修正）。前の内容も記録に残り、変わった項目が記録されます", en: "This amends the review already recorded for the year; the earlier one stays in the record, with what changed.")),
                                    Fields.on]) { i throws(InputRefusal) in
            .recordReview(BodyYearReviewed(body: i.positional, fiscalYear: try i.requiredYear("fy"), summary: i.text("summary"),
                                           comments: i.texts("comment"), functions: try i.functions("function"),
                                           next: try i.requiredWord("next", YearDecision.self), nextPolicy: i.text("next-policy"),
                                           nextPlan: i.text("next-plan"), handover: i.text("handover"), reason: i.text("reason"),
                                           toSteering: i.text("to-steering"), amends: i.flag("amend"), on: try i.yearEndDate("on", year: "fy")))
        },
    ]
}
