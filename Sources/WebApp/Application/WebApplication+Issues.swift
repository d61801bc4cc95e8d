import Calendar
import Council
import CouncilService
import Documents
import HTTPServer
import Projections
import Hashing

extension WebApplication {
    /// The key a form's write is recorded under: the page's random key, bound to the person and
    /// the form it was made for, so one person's key can never stand for another's write.
    static func idempotencyKey(_ key: String, login: String, action: String) -> String {
        "form-" + SHA256.hash(Array("\(login)\n\(action)\n\(key)".utf8)).hex
    }

    /// `/issues`, `/issues/new`, `/issues/K-0001`, `/issues/K-0001/plan` …
    func issues(_ request: HTTPRequest, session: Session, segments: [String], method: String) throws -> HTTPResponse {
        switch (method, segments.count) {
        case ("GET", 0): return try issueList(request)
        case (_, 1) where segments[0] == "new":
            return try commandForm(request, session: session, declaration: RecordingCommands.named("issue raise")!, positional: "", method: method,
                                   action: "/issues/new", crumbs: [Link(t("nav.issues"), "/issues")]) { recorded in
                recorded.raisedIssues.first.map(IssuePaths.issue) ?? "/issues"
            }
        case ("GET", 1): return try issuePage(segments[0], request: request, session: session)
        case (_, 2):
            guard let declaration = RecordingCommands.declaration(["issue", segments[1]]), declaration.positional != nil else { return notFound() }
            let id = segments[0]
            _ = try service.issueView(id)
            return try commandForm(request, session: session, declaration: declaration, positional: id, method: method, watching: id,
                                   action: IssuePaths.form(id, segments[1]),
                                   crumbs: [Link(t("nav.issues"), "/issues"), Link(id, IssuePaths.issue(id))]) { _ in IssuePaths.issue(id) }
        default: return notFound()
        }
    }

    func issueList(_ request: HTTPRequest) throws -> HTTPResponse {
        let query = request.queryItems
        func given(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
        let status = given("status") ?? (given("open") != nil ? "open" : nil)
        let filter = IssueFilter(body: given("body"), phase: try given("phase").map { try CommandInput.word($0, IssuePhase.self, field: "phase") },
                                 fiscalYear: try given("fy").map { try CommandInput.fiscalYear($0, field: "fy") },
                                 openOnly: status == "open", closedOnly: status == "closed",
                                 category: given("category"), group: given("group"), area: given("area"))
        let point = try ReadingPointField.parse(asOf: given("as-of"), knownAt: given("known-at"), today: .todayInJapan)
        let listing = try service.issues(filter, at: point, page: given("page").flatMap { Int($0) } ?? 1, pageSize: IssueListPage.pageSize)
        let page = IssueListPage(listing: listing, filter: filter, bodies: try service.bodies(), point: point, knownAtText: given("known-at"),
                                 query: query.items.map { ($0.name, $0.value) }, japanese: japanese)
        let raise = "<p><a href=\"/issues/new\">\(HTMLText.escape(t("issues.raise")))</a></p>"
        return .html(frame.page(page.document(), leader: page.filterForm() + raise))
    }

    func issuePage(_ id: String, request: HTTPRequest, session: Session) throws -> HTTPResponse {
        let (asOf, knownAt) = (request.queryItems["as-of"], request.queryItems["known-at"])
        let point = try ReadingPointField.parse(asOf: asOf, knownAt: knownAt, today: .todayInJapan)
        let view = try service.issueView(id, at: point, reader: session.actor)
        let timeline = try service.document(.timeline(issue: id, isPublic: false), at: point, language: japanese ? .ja : .en, reader: session.actor)
        var page = IssuePage(view: view, timeline: timeline, japanese: japanese)
        page.materials = try service.materials(concerning: id, at: point)
        return .html(frame.page(page.document(), crumbs: [Link(t("nav.issues"), "/issues")],
                                leader: ReadingPointField.form(action: IssuePaths.issue(id), asOf: asOf, knownAt: knownAt, japanese: japanese)))
    }

    /// A command's form: shown, shown again with a row more or less, or carried out. A recorded
    /// form answers with a redirect to the page `recorded` names (post/redirect/get); a refused
    /// one shows the form again, everything kept, the refusal beside its field. A form about an
    /// issue (`watching`) remembers how many events the issue had when it was shown: if someone
    /// else recorded about it meanwhile, the form comes back once with what they recorded, and
    /// is recorded only when sent again.
    func commandForm(_ request: HTTPRequest, session: Session, declaration: CommandDeclaration, positional: String, method: String,
                     watching issue: String? = nil, action: String, crumbs: [Link], recorded: (Recorded) -> String) throws -> HTTPResponse {
        var form = CommandForm(declaration, positional: positional)
        var key = SessionStore.hex(randomBytes())
        var status = HTTPStatus.ok
        let history = try issue.map { try service.issueHistory($0) } ?? []
        var changes: [Block] = []
        if method == "POST", let issue, let seen = URLEncodedForm(request.body)["_seen"].flatMap(Int.init), seen < history.count {
            let body = URLEncodedForm(request.body)
            let (submitted, _) = CommandForm.submitted(declaration, positional: issue, pairs: body.items.map { ($0.name, $0.value) })
            form = submitted
            key = body["_key"].flatMap { $0.count == 64 && $0.allSatisfy(\.isHexDigit) ? $0 : nil } ?? key
            changes = [.heading(t("form.changedMeanwhile")),
                       .bullets(history[max(0, seen)...].map { "\($0.record.actor)：" + EventLabels.label($0.event, japanese: japanese) }),
                       .paragraph(t("form.sendAgain"))]
            status = .conflict
        } else if method == "POST" {
            let body = URLEncodedForm(request.body)
            let typedId = positional.isEmpty ? (body["_id"] ?? "") : positional
            let (submitted, intent) = CommandForm.submitted(declaration, positional: typedId, pairs: body.items.map { ($0.name, $0.value) })
            // A key the page made (64 hex digits) is kept across a row added or a refusal, so the
            // form sent twice still records once.
            key = body["_key"].flatMap { $0.count == 64 && $0.allSatisfy(\.isHexDigit) ? $0 : nil } ?? key
            switch try FormSubmission.handle(submitted, intent: intent, service: service, as: .signedIn(as: session.actor),
                                             today: .todayInJapan, japanese: japanese, key: Self.idempotencyKey(key, login: session.login, action: action)) {
            case .recorded(let outcome):
                return .redirect(to: recorded(outcome))
            case .shownAgain(let again):
                form = again
                status = again.errors.isEmpty ? .ok : .unprocessableContent
            }
        }
        let seen: [(name: String, value: String)] = issue == nil ? [] : [("_seen", "\(history.count)")]
        let html = CommandFormHTML(form: form, japanese: japanese, action: action,
                                   hidden: [("_csrf", session.formToken), ("_key", key)] + seen, positionalFixed: !positional.isEmpty).render()
        let title = japanese ? declaration.heading.ja : declaration.heading.en
        let document = Document(kind: "web.form", title: title, blocks: changes, language: japanese ? "ja" : "en")
        return .html(frame.page(document, crumbs: crumbs, trailer: html), status: status)
    }
}
