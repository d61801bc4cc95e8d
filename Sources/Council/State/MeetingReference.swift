import Calendar

/// How an activity names the meeting it happened at (`issue act --meeting`): the body, the 年度
/// the meeting was held in and its number in that year, `soudan-2025-3` for the 相談支援部会's
/// 第3回 of 令和7年度. Printed when a meeting is recorded and beside each meeting in `body show`.
public enum MeetingReference {
    public static func id(of meeting: MeetingRecorded) -> String {
        "\(meeting.body)-\(meeting.on.fiscalYear.startYear)-\(meeting.number)"
    }

    /// The body an id names (`seishin-kyogi` of `seishin-kyogi-2024-1`); nil for an id not of
    /// this shape.
    public static func body(of id: String) -> String? {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.suffix(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return nil }
        let body = parts.dropLast(2).joined(separator: "-")
        return body.isEmpty ? nil : body
    }
}
