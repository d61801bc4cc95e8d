import Calendar
import Council
import CouncilService
import Documents
import EventStore
import HTTPServer

#if canImport(Glibc)
import Glibc
#endif

extension WebApplication {
    /// `/bodies/soudan/meeting-attach`: minutes or a material uploaded for one of the body's meetings.
    static let uploadRoute = "meeting-attach"

    /// Whether a request may send a body as large as a file to attach: a POST to an upload form.
    static func isUpload(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return segments.count == 3 && segments[0] == "bodies" && segments[2] == uploadRoute
    }

    /// Where `kadai serve` lets an upload go as it arrives: `directory`, up to the largest file kept
    /// and a little for the form, and only from someone signed in — a stranger's large body is
    /// refused (413) before any of it is written.
    public func uploadSpool(directory: String) -> HTTPSpool {
        HTTPSpool(directory: directory, maxBytes: Int(FileStore.defaultSizeLimit) + 64 * 1024) { [self] method, path, headers in
            guard method == "POST", Self.isUpload(path), MultipartForm.boundary(of: headers["Content-Type"]) != nil,
                  let root = try? RequestTarget("/") else { return false }
            return session(of: HTTPRequest(method: method, target: root, headers: headers)) != nil
        }
    }

    /// The upload form, shown, or sent: the form's token checked first, then the file kept and
    /// recorded as the signed-in person through `meeting attach`'s own declaration and rules, or
    /// the form shown again with the refusal and nothing written.
    func uploadForm(_ request: HTTPRequest, session: Session, body: String, method: String, crumbs: [Link]) throws -> HTTPResponse {
        let declaration = RecordingCommands.attachMaterial
        _ = try service.bodyView(body)
        var form = CommandForm(declaration, positional: "")
        var status = HTTPStatus.ok
        if method == "POST" {
            guard let boundary = MultipartForm.boundary(of: request.headers["Content-Type"]) else {
                return HTTPResponse.text("Unsupported Media Type\n", status: .unsupportedMediaType)
            }
            let upload: MultipartForm
            do {
                upload = try Self.readUpload(request, boundary: boundary, into: uploadDirectory(request))
            } catch {
                return page(status: .badRequest, title: t("error.forbidden.title"), message: japanese ? "送られたフォームを読めませんでした。もう一度送ってください。" : "The form sent could not be read. Send it again.")
            }
            guard let token = upload["_csrf"], Self.same(token, session.formToken) else {
                return page(status: .forbidden, title: t("error.forbidden.title"), message: t("error.csrf"))
            }
            let pairs = upload.fields.filter { $0.name != "_csrf" }
            let (submitted, intent) = CommandForm.submitted(declaration, positional: upload["_id"] ?? "", pairs: pairs)
            form = submitted
            if intent == .record {
                if let file = upload.files.first(where: { $0.name == "file" }) {
                    do {
                        try service.attachMaterial(form.input(today: .todayInJapan), from: file.path, fileName: file.fileName, as: .signedIn(as: session.actor))
                        return .redirect(to: BodyPages.path(body))
                    } catch let refusal as InputRefusal {
                        form.errors[refusal.field ?? "_id"] = refusal.text(japanese: japanese, fieldName: refusal.field ?? "")
                    } catch let refusal as Refusal {
                        form.errors[""] = RefusalText(japanese: japanese).describe(refusal.error, bodies: service.knownIds("body-"), issues: service.knownIds("issue-"))
                    } catch let error as DomainError {
                        form.errors[""] = RefusalText(japanese: japanese).describe(error, bodies: service.knownIds("body-"), issues: service.knownIds("issue-"))
                    } catch let error as StoreError {
                        guard case .fileTooLarge = error else { throw error }
                        form.errors["file"] = japanese ? "ファイルが大きすぎます（\(StoreError.megabytes(FileStore.defaultSizeLimit))まで）。" : error.description
                    }
                } else {
                    form.errors[""] = japanese ? "添付するファイルを選んでください。" : "Choose the file to attach."
                }
                status = .unprocessableContent
            }
        }
        let html = Self.withFileInput(CommandFormHTML(form: form, japanese: japanese, action: BodyPages.form(body, Self.uploadRoute),
                                                      hidden: [("_csrf", session.formToken)], positionalFixed: false).render(),
                                      error: form.errors["file"], japanese: japanese)
        let title = japanese ? declaration.heading.ja : declaration.heading.en
        let meetings = try service.bodyView(body).body.meetings.reversed().map(MeetingReference.id(of:))
        let hint: [Block] = meetings.isEmpty ? [] : [.note((japanese ? "この会議体の会議の ID：" : "This body's meetings: ") + meetings.joined(separator: japanese ? "、" : ", "))]
        let document = Document(kind: "web.form", title: title, blocks: hint + (form.errors[""].map { [.paragraph($0)] } ?? []), language: japanese ? "ja" : "en")
        return .html(frame.page(document, crumbs: crumbs, trailer: html), status: status)
    }

    /// The form of the declaration with the file to choose and the encoding an upload needs.
    static func withFileInput(_ html: String, error: String?, japanese: Bool) -> String {
        let label = japanese ? "添付するファイル（200 MB まで）" : "The file to attach (at most 200 MB)"
        let message = error.map { "<p class=\"error\" id=\"f-file-error\">\(HTMLText.escape($0))</p>" } ?? ""
        let input = "<p><label for=\"f-file\">\(HTMLText.escape(label))</label> <input type=\"file\" id=\"f-file\" name=\"file\" required></p>\(message)"
        var out = html.replacingFirst("<form class=\"command\"", with: "<form class=\"command\" enctype=\"multipart/form-data\"")
        out = out.replacingFirst("<p class=\"submit\">", with: input + "<p class=\"submit\">")
        return out
    }

    /// The upload's fields, and its file written to a file of its own beside the spooled body.
    static func readUpload(_ request: HTTPRequest, boundary: String, into directory: String) throws -> MultipartForm {
        if let spooled = request.bodyFile {
            let fd = open(spooled.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw MultipartForm.Failure.cannotWrite }
            defer { close(fd) }
            return try MultipartForm.read(boundary: boundary, into: directory) { buffer in
                while true {
                    let n = read(fd, buffer.baseAddress, buffer.count)
                    if n >= 0 { return n }
                    if errno != EINTR { throw MultipartForm.Failure.cannotWrite }
                }
            }
        }
        var offset = 0
        let body = request.body
        return try MultipartForm.read(boundary: boundary, into: directory) { buffer in
            let n = min(buffer.count, body.count - offset)
            body.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            offset += n
            return n
        }
    }

    /// Where the uploaded file is written: beside the spooled body, or a private temporary folder.
    func uploadDirectory(_ request: HTTPRequest) -> String {
        if let spooled = request.bodyFile, let slash = spooled.path.lastIndex(of: "/") { return String(spooled.path[..<slash]) }
        return Self.uploadScratch
    }

    /// A private folder (0700, `mkdtemp`) for the file of a small upload that came whole in memory.
    static let uploadScratch: String = {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(base)/kadai-form-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!).map { String(cString: $0) } } ?? base
    }()
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var out = self
        out.replaceSubrange(range, with: replacement)
        return out
    }
}
