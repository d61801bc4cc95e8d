/// The formats every document can be written in.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case md, html, csv, json

    /// The document in this format, ready to write out as UTF-8.
    public func render(_ document: Document) -> String {
        switch self {
        case .md: MarkdownRenderer.render(document)
        case .html: HTMLRenderer.render(document)
        case .csv: CSVRenderer.render(document)
        case .json: JSONRenderer.render(document)
        }
    }
}
