import CouncilService
import Documents
import HTTPServer

extension WebApplication {
    /// `/documents/sheet/soudan/R6` …: the document as a page, or with `?format=html|csv|json|md`
    /// as a file to download (HTML as the printable A4 page the command line makes).
    func document(_ request: HTTPRequest, session: Session, segments: [String]) throws -> HTTPResponse {
        let query = Dictionary(request.queryItems.items.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let documentRequest = try DocumentRoute.request(segments: segments, query: query) else { return notFound() }
        let language: DocumentLanguage = japanese ? .ja : .en
        let point = try ReadingPointField.parse(asOf: query["as-of"], knownAt: query["known-at"], today: .todayInJapan)
        let document = try service.document(documentRequest, at: point, language: language, reader: session.actor)
        if let name = query["format"], let format = DocumentFormat(rawValue: name) {
            let types: [DocumentFormat: String] = [.html: "text/html", .csv: "text/csv", .json: "application/json", .md: "text/markdown"]
            var response = HTTPResponse(status: .ok, headers: ["Content-Type": "\(types[format] ?? "text/plain"); charset=utf-8"],
                                        body: Array(format.render(document).utf8))
            let file = segments.map { $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }.joined(separator: "-") + "." + format.rawValue
            response.headers.set("Content-Disposition", "attachment; filename=\"\(file)\"")
            return response
        }
        // A download is the same document: the same day and the same recorded time.
        let kept = ["as-of", "known-at", "body", "on", "stale-months", "public"].compactMap { name in
            query[name].flatMap { $0.isEmpty ? nil : "&\(name)=" + IssuePaths.encode($0) }
        }.joined()
        let downloads = DocumentFormat.allCases.map { f in
            "<a href=\"\(HTMLText.escape(IssuePaths.encodePath(request.path) + "?format=" + f.rawValue + kept))\">\(f.rawValue.uppercased())</a>"
        }.joined(separator: " ")
        return .html(frame.page(document, crumbs: [Link(t("nav.documents"), "/documents")],
                                leader: ReadingPointField.form(action: request.path, asOf: query["as-of"], knownAt: query["known-at"], japanese: japanese),
                                trailer: "<p class=\"downloads\">\(HTMLText.escape(t("documents.download"))) \(downloads)</p>"))
    }
}
