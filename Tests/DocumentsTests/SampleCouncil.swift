import Calendar
import Council
import EventStore
import Projections
@testable import Documents

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
func fy(_ startYear: Int) -> FiscalYear { FiscalYear(startYear: startYear) }

/// A small council decided command by command (so every event is one the rules accept) and
/// given positions 1, 2, 3 … as a log would: what documents are derived from, without a store.
struct SampleCouncil {
    var state = CouncilDecider.initialState
    var events: [LoggedEvent] = []

    mutating func run(_ command: CouncilCommand) {
        let decided = try! CouncilDecider.decide(command, state)
        for event in decided {
            CouncilDecider.evolve(&state, event)
            events.append(LoggedEvent(position: UInt64(events.count + 1), recordedAt: Timestamp(year: 2026, month: 11, day: 21)!,
                                      actor: "secretariat", event: event))
        }
    }

    var record: CouncilRecord { CouncilRecord(state: state, events: events) }

    /// 相談支援部会 in 令和2年度 as in the Nagaoka seed: six meetings in 7, 8, 9, 11, 12, 2月, a plan
    /// naming 情報 and 開発, an activity naming 教育, a review naming 情報 and 調整. 就労部会 met once
    /// the year before, naming 評価 in its review.
    static var nagaoka: SampleCouncil {
        var c = SampleCouncil()
        c.run(.initialise(CouncilInitialised(name: "サンプル市障害者自立支援協議会", on: date("2019-04-01"))))
        c.run(.establishBody(BodyEstablished(body: "soudan", name: "相談支援部会", kind: .subcommittee, on: date("2019-04-01"))))
        c.run(.establishBody(BodyEstablished(body: "shuro", name: "就労部会", kind: .subcommittee, on: date("2019-04-01"))))
        c.run(.appointMember(MemberAppointed(body: "soudan", member: "kikan", affiliation: "基幹相談支援センター", category: .consultationSupport,
                                             role: .secretariat, partyConcerned: false, on: date("2019-04-01"))))
        c.run(.appointMember(MemberAppointed(body: "soudan", member: "oyanokai", affiliation: "手をつなぐ親の会", category: .partyConcerned,
                                             role: .member, partyConcerned: true, on: date("2019-04-01"))))
        c.run(.recordMeeting(body: "shuro", on: date("2019-10-01"), number: nil, format: .inPerson, agenda: ["現状把握"], issues: [], decisions: []))
        c.run(.recordReview(BodyYearReviewed(body: "shuro", fiscalYear: fy(2019), comments: [], functions: [.evaluation], next: .continue, on: date("2020-03-01"))))
        c.run(.setBodyPolicy(BodyPolicySet(body: "soudan", fiscalYear: fy(2020), policy: "地域課題をあげ、解決方法を検討し実行する。", plan: "課題集約と分析", on: date("2020-04-01"))))
        c.run(.raiseIssue(IssueRaised(issue: "", title: "精神障害者が地域で暮らしにくい", raisedBy: "soudan", categories: [], groups: ["精神"], on: date("2020-05-01"))))
        for day in ["2020-07-09", "2020-08-13", "2020-09-10", "2020-11-12", "2020-12-10", "2021-02-18"] {
            c.run(.recordMeeting(body: "soudan", on: date(day), number: nil, format: day == "2020-08-13" ? .online : .inPerson,
                                 agenda: ["議題 \(day)"], issues: ["K-0001"], decisions: []))
        }
        c.run(.planIssue(issue: "K-0001", goal: "支援者や相談先が明確で、安心感を持ってもらえる体制",
                         actions: [PlannedAction(number: 1, who: "相談支援部会", toward: "民生委員", what: "冊子を作る",
                                                 due: date("2021-03-31"), functions: [.information, .development])],
                         on: date("2020-12-10")))
        c.run(.logActivity(ActivityLogged(issue: "K-0001", summary: "冊子の作成", kind: .deliverable, advances: [ActionAdvance(action: 1, status: .inProgress)],
                                         functions: [.education], on: date("2021-02-18"))))
        c.run(.recordReview(BodyYearReviewed(body: "soudan", fiscalYear: fy(2020), summary: "地域課題を抽出した。", comments: ["課題は地域ごとに違う。"],
                                             functions: [.information, .coordination], next: .continue, nextPolicy: "情報発信する。",
                                             handover: "各事業所から課題をあげる。", toSteering: "冊子の予算を確認したい。", on: date("2021-03-01"))))
        return c
    }
}
