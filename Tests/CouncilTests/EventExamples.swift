import Calendar
import Council

// One example of every event type with every field filled, and one with every optional field
// left empty, so the codec tests reach each key the data can hold.

enum EventExamples {
    static let day = date("2020-08-06")

    /// Every type, all fields filled, with the stream each belongs to.
    static let full: [(event: CouncilEvent, stream: String)] = [
        (.councilInitialised(CouncilInitialised(name: "長岡市障害者自立支援協議会", on: day)), "council"),
        (.bodyEstablished(BodyEstablished(body: "wg", name: "就労WG", kind: .workingGroup, parent: "sodan", on: day)), "body-wg"),
        (.bodyRenamed(BodyRenamed(body: "kurashi", name: "どこでだれと暮らしたいか部会", previousName: "地域生活移行部会", on: day)), "body-kurashi"),
        (.bodyPaused(BodyPaused(body: "sodan", reason: "休止", on: day)), "body-sodan"),
        (.bodyResumed(BodyResumed(body: "sodan", on: day)), "body-sodan"),
        (.bodyDissolved(BodyDissolved(body: "kurashi", successor: "sodan", reason: "再編", on: day)), "body-kurashi"),
        (.bodyPolicySet(BodyPolicySet(body: "sodan", fiscalYear: FiscalYear(startYear: 2020), policy: "方針", plan: "取組", other: ["その他の文"], history: ["平成30年度は…"], on: day)), "body-sodan"),
        (.memberAppointed(MemberAppointed(body: "sodan", member: "m1", affiliation: "育成会", category: .partyConcerned, role: .viceChair,
                                          partyConcerned: true, on: day)), "body-sodan"),
        (.memberRetired(MemberRetired(body: "sodan", member: "m1", on: day)), "body-sodan"),
        (.meetingRecorded(MeetingRecorded(body: "sodan", on: day, number: 3, format: .written, agenda: ["報告", "協議"],
                                          issues: ["K-0001"], decisions: ["承認"])), "body-sodan"),
        (.bodyYearReviewed(BodyYearReviewed(body: "sodan", fiscalYear: FiscalYear(startYear: 2020), summary: "概要", comments: ["感想1", "感想2"],
                                            functions: [.information, .advocacy], next: .end, nextPolicy: "方針案", nextPlan: "取組案",
                                            handover: "引き継ぎ", reason: "目的達成", toSteering: "伝達事項", amends: true, changed: ["summary", "comments"], on: day)), "body-sodan"),
        (.issueRaised(IssueRaised(issue: "K-0001", title: "題", raisedBy: "sodan", source: "アンケート", categories: ["就労支援"],
                                  groups: ["知的", "精神"], area: "中之島", summary: "概要", on: day)), "issue-K-0001"),
        (.issueAssigned(IssueAssigned(issue: "K-0001", to: "kurashi", reason: "理由", on: day)), "issue-K-0001"),
        (.issueTransferred(IssueTransferred(issue: "K-0001", from: "kurashi", to: "sodan", reason: "移管", on: day)), "issue-K-0001"),
        (.issueAnalysed(IssueAnalysed(issue: "K-0001", factors: ["要因"], focusCandidates: ["医療", "保健師"], chosen: ["医療"],
                                      evidence: "事例", on: day)), "issue-K-0001"),
        (.actionPlanAdopted(ActionPlanAdopted(issue: "K-0001", revision: 2, goal: "目指すべき姿", actions: [
            PlannedAction(number: 1, who: "部会", toward: "医療機関", what: "訪問する", due: date("2021-03-31"), functions: [.coordination, .education]),
            PlannedAction(number: 2, who: "事務局", toward: "市民", what: "冊子を作る"),
        ], on: day)), "issue-K-0001"),
        (.activityLogged(ActivityLogged(issue: "K-0001", summary: "冊子を配布", kind: .deliverable, meeting: "sodan-3",
                                        advances: [ActionAdvance(action: 2, status: .done), ActionAdvance(action: 1, status: .dropped)],
                                        functions: [.development], on: day)), "issue-K-0001"),
        (.issueEvaluated(IssueEvaluated(issue: "K-0001", fiscalYear: FiscalYear(startYear: 2020), outcome: "成果", functions: [.evaluation],
                                        decision: .continue, next: "次", reason: "理由", on: day)), "issue-K-0001"),
        (.issueClosed(IssueClosed(issue: "K-0001", reason: .merged, note: "K-0002へ統合", on: day)), "issue-K-0001"),
        (.issueReopened(IssueReopened(issue: "K-0001", reason: "再燃", on: day)), "issue-K-0001"),
        (.issueCarriedOver(IssueCarriedOver(issue: "K-0001", from: FiscalYear(startYear: 2020), to: FiscalYear(startYear: 2021),
                                            note: "継続", on: day)), "issue-K-0001"),
        (.caseNoteAttached(CaseNoteAttached(issue: "K-0001", ref: "N-3fa40c9e1b2d", on: day)), "issue-K-0001"),
        (.caseNoteForgotten(CaseNoteForgotten(issue: "K-0001", ref: "N-3fa40c9e1b2d", on: day)), "issue-K-0001"),
        (.actorLinked(ActorLinked(actor: "minami", account: .operatingSystem("tanaka"), on: day)), "council"),
        (.actorUnlinked(ActorUnlinked(actor: "minami", account: .operatingSystem("tanaka"), on: day)), "council"),
        (.recordedOnBehalf(RecordedOnBehalf(actor: "minami", by: "city-admin", account: .operatingSystem("root"), on: day)), "council"),
        (.councilRulesAdopted(CouncilRulesAdopted(rules: 2, on: day)), "council"),
        (.bodyActivityRecorded(BodyActivityRecorded(body: "sodan", kind: .training, title: "感染症対策研修", summary: "内容", lecturers: ["市内病院 感染管理認定看護師"],
                                                    format: .online, note: "備考", plan: "sodan-2020-p1", when: .day(day))), "body-sodan"),
        (.meetingPlanned(MeetingPlanned(body: "sodan", fiscalYear: FiscalYear(startYear: 2020), entry: 1, kind: .training, number: 1,
                                        date: .month(CalendarMonth(year: 2021, month: 1)!), until: .month(CalendarMonth(year: 2021, month: 2)!),
                                        rhythm: "年2回開催", topics: ["連携"], note: "外部講師", on: day)), "body-sodan"),
        (.meetingPlanChanged(MeetingPlanChanged(body: "sodan", fiscalYear: FiscalYear(startYear: 2020), entry: 1, change: .postponed,
                                                to: .month(CalendarMonth(year: 2021, month: 3)!), reason: "感染拡大", on: day)), "body-sodan"),
        (.statusReportUpdated(StatusReportUpdated(body: "sodan", fiscalYear: FiscalYear(startYear: 2020), direction: "次年度も開催する", on: day)), "body-sodan"),
        (.meetingsCounted(MeetingsCounted(body: "sodan", fiscalYear: FiscalYear(startYear: 2020), count: 7, note: "年7回開催", on: day)), "body-sodan"),
        (.workItemSet(WorkItemSet(body: "unei", fiscalYear: FiscalYear(startYear: 2021), number: 1, title: "地域の障害福祉の資源の把握",
                                  carriedFrom: FiscalYear(startYear: 2020), amends: true, on: day)), "body-unei"),
        (.workEntryRecorded(WorkEntryRecorded(body: "unei", fiscalYear: FiscalYear(startYear: 2020), item: 3, column: .plan, number: 2, text: "要件を整理する。",
                                              dates: [.day(day), .month(CalendarMonth(year: 2020, month: 9)!)], heading: "児童発達支援センターについて",
                                              amends: true, on: day)), "body-unei"),
        (.workTableDated(WorkTableDated(body: "unei", fiscalYear: FiscalYear(startYear: 2020), asOf: .month(CalendarMonth(year: 2021, month: 3)!),
                                        amends: true, on: day)), "body-unei"),
    ]

    /// The types with optional or list fields, each left empty.
    static let sparse: [CouncilEvent] = [
        .bodyEstablished(BodyEstablished(body: "sodan", name: "相談支援部会", kind: .subcommittee, on: day)),
        .bodyPaused(BodyPaused(body: "sodan", on: day)),
        .bodyDissolved(BodyDissolved(body: "sodan", on: day)),
        .bodyPolicySet(BodyPolicySet(body: "sodan", fiscalYear: FiscalYear(startYear: 2019), policy: "方針", on: day)),
        .memberAppointed(MemberAppointed(body: "sodan", member: "m1", affiliation: "市", category: .government, role: .secretariat,
                                         partyConcerned: false, on: day)),
        .meetingRecorded(MeetingRecorded(body: "sodan", on: day, number: 1, format: .inPerson, agenda: [], issues: [], decisions: [])),
        .bodyYearReviewed(BodyYearReviewed(body: "sodan", fiscalYear: FiscalYear(startYear: 2020), comments: [], functions: [], next: .continue, on: day)),
        .issueRaised(IssueRaised(issue: "K-0001", title: "題", raisedBy: "sodan", categories: [], groups: [], on: day)),
        .issueAssigned(IssueAssigned(issue: "K-0001", to: "kurashi", on: day)),
        .issueTransferred(IssueTransferred(issue: "K-0001", from: "kurashi", to: "sodan", on: day)),
        .issueAnalysed(IssueAnalysed(issue: "K-0001", factors: [], focusCandidates: [], chosen: [], on: day)),
        .actionPlanAdopted(ActionPlanAdopted(issue: "K-0001", revision: 1, goal: "目標", actions: [], on: day)),
        .activityLogged(ActivityLogged(issue: "K-0001", summary: "会議", kind: .meeting, advances: [], functions: [], on: day)),
        .issueEvaluated(IssueEvaluated(issue: "K-0001", fiscalYear: FiscalYear(startYear: 2020), outcome: "成果", functions: [], decision: .close, on: day)),
        .issueClosed(IssueClosed(issue: "K-0001", reason: .withdrawn, on: day)),
        .issueCarriedOver(IssueCarriedOver(issue: "K-0001", from: FiscalYear(startYear: 2020), to: FiscalYear(startYear: 2021), on: day)),
        .workItemSet(WorkItemSet(body: "unei", fiscalYear: FiscalYear(startYear: 2020), number: 4, title: "その他", on: day)),
        .workEntryRecorded(WorkEntryRecorded(body: "unei", fiscalYear: FiscalYear(startYear: 2020), item: 1, column: .progress, number: 1, text: "配付した。", on: day)),
        .workTableDated(WorkTableDated(body: "unei", fiscalYear: FiscalYear(startYear: 2020), asOf: .day(day), on: day)),
    ]
}
