import Calendar
import Council
import CouncilService
import Documents
import HTTPServer
import Projections

extension WebApplication {
    /// `/issues`, `/issues/new`, `/issues/K-0001`, `/issues/K-0001/plan` …
    func issues(_ request: HTTPRequest, session: Session, segments: [String], method: String) throws -> HTTPResponse {
        switch (method, segments.count) {
        case ("GET", 0): return try issueList(request)
        case (_, 1) where segments[0] == "new":
            return try commandForm(request, session: session, declaration: RecordingCommands.named("issue raise")!, positional: "", method: method)
        case ("GET", 1): return try issuePage(segments[0])
        case (_, 2):
            guard let declaration = RecordingCommands.named("issue " + segments[1].replacingDashes), declaration.positional != nil else { return notFound() }
            _ = try service.issueView(segments[0])
            return try commandForm(request, session: session, declaration: declaration, positional: segments[0], method: method)
        default: return notFound()
        }
    }

    func issueList(_ request: HTTPRequest) throws -> HTTPResponse {
        let query = request.queryItems
        func given(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
        do {
            let filter = IssueFilter(body: given("body"), phase: try given("phase").map { try CommandInput.word($0, IssuePhase.self, field: "phase") },
                                     fiscalYear: try given("fy").map { try CommandInput.fiscalYear($0, field: "fy") }, openOnly: given("open") != nil)
            let point = ReadingPoint(asOf: try given("as-of").map { try CommandInput.date($0, field: "as-of") })
            let page = IssueListPage(listing: try service.issues(filter, at: point), filter: filter, bodies: try service.bodies(), point: point,
                                     japanese: japanese)
            let raise = "<p><a href=\"/issues/new\">\(HTMLText.escape(t("issues.raise")))</a></p>"
            return .html(frame.page(page.document(), crumbs: [], leader: page.filterForm() + raise))
        }
    }

    func issuePage(_ id: String) throws -> HTTPResponse {
        let view = try service.issueView(id)
        return .html(frame.page(IssuePage(view: view, japanese: japanese).document(), crumbs: [Link(t("nav.issues"), "/issues")]))
    }

    /// A command's form: shown, shown again with a row more or less, or carried out. A recorded
    /// form answers with a redirect to the issue (post/redirect/get); a refused one shows the form
    /// again, everything kept, the refusal beside its field.
    func commandForm(_ request: HTTPRequest, session: Session, declaration: CommandDeclaration, positional: String, method: String) throws -> HTTPResponse {
        let title = japanese ? declaration.abstract.ja : declaration.abstract.en
        var crumbs = [Link(t("nav.issues"), "/issues")]
        if !positional.isEmpty { crumbs.append(Link(positional, IssuePaths.issue(positional))) }
        let action = positional.isEmpty ? "/issues/new" : IssuePaths.form(positional, declaration.path.dropFirst().joined(separator: "-"))
        var form = CommandForm(declaration, positional: positional)
        var key = SessionStore.hex(randomBytes())
        var status = HTTPStatus.ok
        if method == "POST" {
            let pairs = URLEncodedForm(request.body).items.map { ($0.name, $0.value) }
            let (submitted, intent) = CommandForm.submitted(declaration, positional: positional, pairs: pairs)
            key = URLEncodedForm(request.body)["_key"].flatMap { $0.count == 64 ? $0 : nil } ?? key
            switch try FormSubmission.handle(submitted, intent: intent, service: service, as: .signedIn(as: session.actor),
                                             today: .todayInJapan, japanese: japanese, key: "form-" + key) {
            case .recorded(let recorded):
                let id = positional.isEmpty ? (recorded.raisedIssues.first ?? "") : positional
                return .redirect(to: id.isEmpty ? "/issues" : IssuePaths.issue(id))
            case .shownAgain(let again):
                form = again
                status = again.errors.isEmpty ? .ok : .unprocessableContent
            }
        }
        let html = CommandFormHTML(form: form, japanese: japanese, action: action,
                                   hidden: [("_csrf", session.formToken), ("_key", key)], positionalFixed: !positional.isEmpty).render()
        let document = Document(kind: "web.form", title: title, language: japanese ? "ja" : "en")
        return .html(frame.page(document, crumbs: crumbs, trailer: html), status: status)
    }
}

extension String {
    /// `carry-over` in an address is the command's `carry over`… words joined by dashes.
    var replacingDashes: String { split(separator: "-").joined(separator: " ") }
}
