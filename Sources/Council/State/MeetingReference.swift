import Calendar

/// How an activity names the meeting it happened at (`issue act --meeting`): the body, the 年度
/// the meeting was held in and its number in that year, `soudan-2025-3` for the 相談支援部会's
/// 第3回 of 令和7年度. Printed when a meeting is recorded and beside each meeting in `body show`.
public enum MeetingReference {
    public static func id(of meeting: MeetingRecorded) -> String {
        "\(meeting.body)-\(meeting.on.fiscalYear.startYear)-\(meeting.number)"
    }
}
