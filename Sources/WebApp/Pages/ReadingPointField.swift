import Calendar
import CouncilService
import Documents
import EventStore
import Projections

/// The two ways back in time every page that supports them offers (DESIGN §4.9), as `?as-of=`
/// and `?known-at=` in its address and as a small form on it: the council as it stood on a day
/// (business dates), and as it had been recorded by the end of a day (recorded time).
enum ReadingPointField {
    /// The reading point the address asks for. A day that cannot be read, or a `known-at` day that
    /// has not ended yet... is refused naming the field.
    static func parse(asOf: String?, knownAt: String?, today: CalendarDate) throws(InputRefusal) -> ReadingPoint {
        let asOfDay = try asOf.flatMap { $0.isEmpty ? nil : $0 }.map { (text) throws(InputRefusal) in try CommandInput.date(text, field: "as-of") }
        guard let knownText = knownAt, !knownText.isEmpty else { return ReadingPoint(asOf: asOfDay) }
        let day = try CommandInput.date(knownText, field: "known-at")
        guard day <= today else {
            throw InputRefusal(field: "known-at") { japanese, name in
                japanese ? "\(name) の日付はまだ来ていません。今日かそれより前の日を指定してください。" : "\(name) is a day yet to come. Give today or an earlier day."
            }
        }
        // The end of that day in Japan: what a meeting that evening could have seen.
        let start = Timestamp(year: day.year, month: day.month, day: day.day)!.millisecondsSinceEpoch - JapanTime.offsetMilliseconds
        return ReadingPoint(asOf: asOfDay, knownAt: Timestamp(millisecondsSinceEpoch: start + 86_399_999))
    }

    /// The form: both days, kept as typed, and a button; it submits to the page itself.
    static func form(action: String, asOf: String?, knownAt: String?, japanese: Bool) -> String {
        let e = HTMLText.escape
        func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }
        return """
        <form class="filters" method="get" action="\(e(action))"><p>
        <label for="q-as-of">\(e(t("filter.asOf")))</label> <input id="q-as-of" name="as-of" value="\(e(asOf ?? ""))" size="12">
        <label for="q-known-at">\(e(t("filter.knownAt")))</label> <input id="q-known-at" name="known-at" value="\(e(knownAt ?? ""))" size="12">
        <button type="submit">\(e(t("filter.show")))</button></p></form>
        """
    }
}
