import Calendar
import Documents

/// What a page of the application says in the person's language: its labels, text escaped for
/// its own markup, and dates (和暦 in Japanese). A page that conforms needs only `japanese`.
protocol PageWording {
    var japanese: Bool { get }
}

extension PageWording {
    func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }
    func e(_ text: String) -> String { HTMLText.escape(text) }
    func date(_ d: CalendarDate) -> String { japanese ? d.wareki : d.description }
}
