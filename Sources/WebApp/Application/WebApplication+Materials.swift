import Council
import CouncilService
import HTTPServer

extension WebApplication {
    /// `/bodies/soudan/files/3fa4…`: an attached file, streamed from the store as it is read, for a
    /// signed-in reader; saved under the name it was given, never shown in the page's origin.
    func material(body: String, sha256: String) throws -> HTTPResponse {
        guard let m = try service.bodyView(body).body.materials.first(where: { $0.sha256 == sha256 }) else { return notFound() }
        let service = service
        let stream = HTTPBodyStream(length: m.size) { sink in
            try service.readMaterial(m) { chunk in
                guard sink(chunk) else { throw Stopped() }
            }
        }
        return .streamed(stream, headers: ["Content-Type": m.mediaType, "Content-Disposition": Self.attachment(m.file),
                                           "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"])
    }

    /// The client went away: nothing more to send.
    struct Stopped: Error {}

    /// `attachment; filename="ascii"; filename*=UTF-8''%E8%AD%B0…` (RFC 6266): the name as given,
    /// with a plain fallback for old clients.
    static func attachment(_ name: String) -> String {
        let plain = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" && $0 != "%" ? Character($0) : "_" })
        var encoded = ""
        for byte in name.utf8 {
            let unreserved = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || [0x2D, 0x2E, 0x5F, 0x7E].contains(byte)
            encoded += unreserved ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }
        return "attachment; filename=\"\(plain)\"; filename*=UTF-8''\(encoded)"
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}
