import Foundation
import HTTPServer
import TestSupport
import Testing

/// `multipart/form-data` read in chunks: fields by name, files to files of their own, a boundary
/// found across any chunk's edge, and malformed bodies refused.
@Suite struct MultipartFormTests {
    static let boundary = "----kadaiBoundary7MA4YWxkTrZu0gW"

    static func body(file: [UInt8]) -> [UInt8] {
        var b = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken\r\n".utf8)
        b += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n第1回 議事録\r\n".utf8)
        b += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\会議\\\\第1回議事録.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
        b += file
        b += Array("\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n".utf8)
        b += Array("--\(boundary)--\r\n".utf8)
        return b
    }

    static func parse(_ bytes: [UInt8], chunk: Int, into folder: TemporaryFolder) throws -> MultipartForm {
        var offset = 0
        return try MultipartForm.read(boundary: boundary, into: folder.root.path) { buffer in
            let n = min(chunk, buffer.count, bytes.count - offset)
            for i in 0..<n { buffer[i] = bytes[offset + i] }
            offset += n
            return n
        }
    }

    @Test(arguments: [1, 7, 64, 4096, 1 << 20])
    func fieldsAndAFileAreReadWhateverTheChunk(_ chunk: Int) throws {
        let folder = try TemporaryFolder("multipart")
        // Bytes that begin a delimiter without being one, and a CRLF before the real one.
        let file = Array("%PDF\r\n--\(Self.boundary.dropLast())x\r\n-".utf8) + (0..<5000).map { UInt8(truncatingIfNeeded: $0) }
        let form = try Self.parse(Self.body(file: file), chunk: chunk, into: folder)
        #expect(form["_csrf"] == "token" && form["title"] == "第1回 議事録" && form["empty"] == nil)
        #expect(form.files.count == 1)
        let part = try #require(form.files.first)
        #expect(part.name == "file" && part.fileName == "第1回議事録.pdf" && part.size == file.count)
        #expect(try Data(contentsOf: URL(fileURLWithPath: part.path)) == Data(file))
    }

    @Test func theFilesGoWithTheForm() throws {
        let folder = try TemporaryFolder("multipart")
        do {
            let form = try Self.parse(Self.body(file: [1, 2, 3]), chunk: 100, into: folder)
            #expect(form.files.count == 1)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.path).isEmpty)
    }

    @Test(arguments: [
        ("no boundary at all", "hello"),
        ("cut inside a part", "--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabc"),
        ("a part without a name", "--\(boundary)\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--\(boundary)--"),
        ("a part without headers' end", "--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n"),
    ])
    func aMalformedBodyIsRefused(_ what: String, _ text: String) throws {
        let folder = try TemporaryFolder("multipart")
        #expect(throws: MultipartForm.Failure.self, "\(what)") { try Self.parse(Array(text.utf8), chunk: 10, into: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.path).isEmpty)
    }

    @Test func aFieldTooLongIsRefused() throws {
        let folder = try TemporaryFolder("multipart")
        let text = "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + String(repeating: "a", count: 70_000) + "\r\n--\(Self.boundary)--"
        #expect(throws: MultipartForm.Failure.fieldTooLarge("title")) { try Self.parse(Array(text.utf8), chunk: 4096, into: folder) }
    }

    @Test func theBoundaryIsReadFromTheContentType() {
        #expect(MultipartForm.boundary(of: "multipart/form-data; boundary=----abc") == "----abc")
        #expect(MultipartForm.boundary(of: "Multipart/Form-Data; charset=utf-8; boundary=\"q r\"") == "q r")
        #expect(MultipartForm.boundary(of: "application/x-www-form-urlencoded") == nil)
        #expect(MultipartForm.boundary(of: nil) == nil)
    }
}
