import Council

/// The id an activity names its meeting by: BODY-年度-N, soudan-2023-4 for 相談支援部会's fourth
/// meeting of 令和5年度, as the demo council and the examples write it (a meeting is recorded with
/// no id of its own; its number counts within its body's 年度).
enum MeetingId {
    static func of(_ meeting: MeetingRecorded) -> String {
        "\(meeting.body)-\(meeting.on.fiscalYear.startYear)-\(meeting.number)"
    }
}
