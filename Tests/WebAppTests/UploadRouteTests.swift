import Calendar
import Council
import CouncilService
import Foundation
import HTTPServer
import Testing
@testable import WebApp

/// Minutes uploaded from the body's page: a multipart form checked for its token first, recorded
/// through `meeting attach`'s own rules as the signed-in person, refused beside the form with
/// nothing written; no other route takes a multipart body.
@Suite struct UploadRouteTests {
    static let boundary = "----kadaiForm0123"

    static func council() throws -> WebApplicationTests.Browser {
        let b = try WebApplicationTests.Browser()
        let meeting = try #require(RecordingCommands.named("meeting record"))
        _ = try b.council.service.record(meeting, CommandInput(positional: "soudan", values: ["on": ["2024-06-10"], "agenda": ["事例検討"]],
                                                               today: CommandFormTests.today), as: CommandFormTests.caller)
        _ = try b.signIn()
        return b
    }

    static func multipart(_ fields: [(String, String)], file: (name: String, bytes: [UInt8])?) -> [UInt8] {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }

    static func post(_ b: WebApplicationTests.Browser, _ target: String, _ body: [UInt8]) throws -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        headers.add("Cookie", b.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        headers.add("Content-Type", "multipart/form-data; boundary=\(boundary)")
        return b.app.handle(HTTPRequest(method: "POST", target: try RequestTarget(target), headers: headers, body: body, peer: "127.0.0.1:50000"))
    }

    static func token(_ b: WebApplicationTests.Browser) throws -> String {
        b.hidden("_csrf", in: try b.request("GET", "/bodies/soudan/meeting-attach"))
    }

    @Test func theFormAsksForAFileAndRecordsItAsTheSignedInPerson() throws {
        let b = try Self.council()
        let form = b.text(try b.request("GET", "/bodies/soudan/meeting-attach"))
        #expect(form.contains("enctype=\"multipart/form-data\"") && form.contains("type=\"file\"") && form.contains("soudan-2024-1"))
        #expect(b.text(try b.request("GET", "/bodies/soudan")).contains("href=\"/bodies/soudan/meeting-attach\""))
        let bytes = Array("%PDF 第1回 議事録".utf8)
        let sent = try Self.post(b, "/bodies/soudan/meeting-attach", Self.multipart(
            [("_csrf", try Self.token(b)), ("_id", "soudan-2024-1"), ("title", "第1回 議事録"), ("kind", "minutes"), ("public", "on")],
            file: ("第1回議事録.pdf", bytes)))
        #expect(sent.status == .seeOther && sent.headers["Location"] == "/bodies/soudan", "\(b.text(sent).suffix(3000))")
        let kept = try b.council.service.materials(of: "soudan-2024-1")
        #expect(kept.map(\.file) == ["第1回議事録.pdf"] && kept.map(\.isPublic) == [true] && kept.map(\.size) == [bytes.count])
        var back: [UInt8] = []
        try b.council.service.readMaterial(kept[0]) { back += $0 }
        #expect(back == bytes)
        let audit = try b.council.service.auditLog(AuditLogFilter())
        #expect(audit.records.last?.actor == "secretariat" && audit.records.last?.type == "MaterialAttached")
    }

    @Test func aRefusalComesBackBesideTheFormAndNothingIsWritten() throws {
        let b = try Self.council()
        let head = b.council.service.head
        let unknown = try Self.post(b, "/bodies/soudan/meeting-attach", Self.multipart(
            [("_csrf", try Self.token(b)), ("_id", "soudan-2024-9"), ("title", "議事録"), ("kind", "minutes")], file: ("a.pdf", [1, 2, 3])))
        #expect(unknown.status == .unprocessableContent && b.text(unknown).contains("会議 &#39;soudan-2024-9&#39; は記録されていません"))
        let noFile = try Self.post(b, "/bodies/soudan/meeting-attach", Self.multipart(
            [("_csrf", try Self.token(b)), ("_id", "soudan-2024-1"), ("title", "議事録"), ("kind", "minutes")], file: nil))
        #expect(noFile.status == .unprocessableContent && b.text(noFile).contains("添付するファイルを選んでください"))
        #expect(b.council.service.head == head)
        #expect(!FileManager.default.fileExists(atPath: b.council.folder.path("EventLog/files")))
    }

    @Test func aMultipartBodyWithoutTheTokenOrElsewhereIsRefused() throws {
        let b = try Self.council()
        let head = b.council.service.head
        let forged = try Self.post(b, "/bodies/soudan/meeting-attach", Self.multipart(
            [("_id", "soudan-2024-1"), ("title", "議事録"), ("kind", "minutes")], file: ("a.pdf", [1, 2, 3])))
        #expect(forged.status == .forbidden)
        let elsewhere = try Self.post(b, "/issues/new", Self.multipart([("_csrf", try Self.token(b)), ("title", "t"), ("by", "soudan")], file: nil))
        #expect(elsewhere.status == .unsupportedMediaType)
        #expect(b.council.service.head == head)
        #expect(WebApplication.isUpload("/bodies/soudan/meeting-attach") && !WebApplication.isUpload("/bodies/soudan/meeting-record"))
    }
}

extension UploadRouteTests {
    /// Only someone signed in may send a body as large as a file to attach.
    @Test func theSpoolTakesOnlyASignedInPersonsUpload() throws {
        let b = try Self.council()
        let spool = b.app.uploadSpool(directory: b.council.folder.path(""))
        var headers: HTTPHeaders = [:]
        headers.add("Content-Type", "multipart/form-data; boundary=\(Self.boundary)")
        #expect(!spool.accepts("POST", "/bodies/soudan/meeting-attach", headers), "no session")
        headers.add("Cookie", b.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        #expect(spool.accepts("POST", "/bodies/soudan/meeting-attach", headers))
        #expect(!spool.accepts("POST", "/bodies/soudan/meeting-record", headers))
        #expect(!spool.accepts("GET", "/bodies/soudan/meeting-attach", headers))
    }
}
