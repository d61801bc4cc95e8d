/// A text in both languages the council works in: Japanese for its screens and documents,
/// English for the command line's `--lang en` and for readers abroad.
public struct Bilingual: Sendable, Equatable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public func text(japanese: Bool) -> String { japanese ? ja : en }
}
