/// A document derived from the council's record: its labels come from `DocumentLabels` in the
/// builder's language.
public protocol DocumentBuilder {
    var language: DocumentLanguage { get }
    func document() -> Document
}

extension DocumentBuilder {
    func t(_ key: String) -> String { DocumentLabels.text(key, language) }
}
