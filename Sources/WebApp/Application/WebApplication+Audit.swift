import CouncilService
import Documents
import HTTPServer

extension WebApplication {
    /// `/audit`: who recorded what and when, in log order, page by page, with each record's
    /// position and chain hash; filtered by actor and by stream (`issue-K-0001`, `body-soudan`).
    func auditLog(_ request: HTTPRequest) throws -> HTTPResponse {
        let query = request.queryItems
        func given(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
        let from = given("from").flatMap { UInt64($0) }.map { max($0, 1) } ?? 1
        let filter = AuditLogFilter(actor: given("actor"), stream: given("stream"), from: from, limit: 100)
        let page = try service.auditLog(filter)
        let e = HTMLText.escape
        let table = Table(header: [t("audit.position"), t("audit.recordedAt"), t("audit.actor"), t("audit.stream"), t("audit.type"), t("audit.hash")],
                          rows: page.records.map { r in
                              ["\(r.position)", r.recordedAt.description, r.actor, r.stream, r.type, String(r.hash.hex.prefix(16)) + "…"]
                          })
        var blocks: [Block] = [page.records.isEmpty ? .paragraph(t("audit.none")) : .table(table)]
        if let next = page.next {
            var parameters = ["from=\(next)"]
            if let actor = filter.actor { parameters.append("actor=" + IssuePaths.encode(actor)) }
            if let stream = filter.stream { parameters.append("stream=" + IssuePaths.encode(stream)) }
            blocks.append(.links([Link(t("audit.next"), "/audit?" + parameters.joined(separator: "&"))]))
        }
        let form = """
        <form class="filters" method="get" action="/audit"><p>
        <label for="q-actor">\(e(t("audit.actor")))</label> <input id="q-actor" name="actor" value="\(e(filter.actor ?? ""))" size="16">
        <label for="q-stream">\(e(t("audit.stream")))</label> <input id="q-stream" name="stream" value="\(e(filter.stream ?? ""))" size="20">
        <button type="submit">\(e(t("filter.apply")))</button></p></form>
        """
        let document = Document(kind: "web.audit", title: t("nav.audit"), blocks: blocks, language: japanese ? "ja" : "en")
        return .html(frame.page(document, leader: form))
    }
}
