import Calendar
import Council
import Testing
@testable import Documents

/// Agenda items written as sentences (「…を確認した。」) joined on one line read without 「。、」.
@Suite struct AgendaListTests {
    static let cases: [(items: [String], japanese: Bool, line: String)] = [
        (["背景の整理", "冊子の作成"], true, "背景の整理、冊子の作成"),
        (["活動方針を確認した。", "素案について意見聴取を行った。"], true, "活動方針を確認した、素案について意見聴取を行った。"),
        (["報告．", "振り返り"], true, "報告、振り返り"),
        (["Review the plan.", "Next steps"], false, "Review the plan, Next steps"),
        (["一つだけ。"], true, "一つだけ。"),
        ([], true, ""),
    ]

    @Test(arguments: cases)
    func aSentenceLosesItsFullStopBeforeTheComma(_ c: (items: [String], japanese: Bool, line: String)) {
        #expect(AgendaList.line(c.items, japanese: c.japanese) == c.line)
    }

    @Test func aMeetingInAHistoryReadsAsOneSentence() {
        let meeting = MeetingRecorded(body: "soudan", on: date("2020-10-20"), number: 1, format: .inPerson,
                                      agenda: ["活動方針について確認を行う。", "スケジュールと素案について説明した。"], issues: [], decisions: [])
        #expect(EventLabels.label(.meetingRecorded(meeting), japanese: true) == "第1回 会議：活動方針について確認を行う、スケジュールと素案について説明した。")
        #expect(EventLabels.label(.meetingRecorded(meeting), japanese: false).contains("確認を行う, スケジュール"))
    }
}
