/// A `multipart/form-data` body (RFC 7578) read in chunks, never held whole: its text fields by
/// name, each at most `fieldBytes`, and each file part written as it comes to a file of its own in
/// `directory` (removed when the form is let go, as a spooled body is).
public struct MultipartForm: Sendable {
    public struct FilePart: Sendable {
        public let name: String
        /// The file's name as the browser sent it, without any folder.
        public let fileName: String
        public let file: SpooledBody
        public var path: String { file.path }
        public var size: Int { file.length }
    }

    public enum Failure: Error, Equatable, Sendable {
        case malformed(String)
        case fieldTooLarge(String)
        case tooManyParts
        case cannotWrite
    }

    public private(set) var fields: [(name: String, value: String)] = []
    public private(set) var files: [FilePart] = []

    public subscript(name: String) -> String? { fields.last { $0.name == name }?.value }
    public func values(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// The boundary a `Content-Type: multipart/form-data; boundary=…` names; nil for any other type.
    public static func boundary(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        let parts = contentType.split(separator: ";").map { String($0.trimmingSpaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for p in parts.dropFirst() where p.lowercased().hasPrefix("boundary=") {
            var value = p.dropFirst("boundary=".count)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return (1...70).contains(value.count) ? String(value) : nil
        }
        return nil
    }

    /// Reads the form from `read` (which fills a buffer and answers how many bytes it put there, 0 at the end).
    public static func read(boundary: String, into directory: String, fieldBytes: Int = 64 * 1024, maxParts: Int = 100,
                            _ read: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> MultipartForm {
        var form = MultipartForm()
        let delimiter = Array("\r\n--\(boundary)".utf8)
        // The first delimiter has no CRLF before it: one is put in front, so every delimiter reads alike.
        var buffer: [UInt8] = [0x0D, 0x0A]
        var ended = false
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { chunk.deallocate() }
        func more() throws -> Bool {
            guard !ended else { return false }
            let n = try read(chunk)
            if n == 0 { ended = true; return false }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
        func find(_ needle: [UInt8], from start: Int = 0) -> Int? {
            guard buffer.count >= needle.count else { return nil }
            var i = start
            let last = buffer.count - needle.count
            while i <= last {
                if buffer[i] == needle[0] {
                    var j = 1
                    while j < needle.count && buffer[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return i }
                }
                i += 1
            }
            return nil
        }
        // The preamble, up to the first delimiter.
        while true {
            if let at = find(delimiter) { buffer.removeSubrange(0..<(at + delimiter.count)); break }
            if buffer.count > delimiter.count { buffer.removeSubrange(0..<(buffer.count - delimiter.count)) }
            guard try more() else { throw Failure.malformed("no boundary") }
        }
        var parts = 0
        while true {
            while buffer.count < 2 { guard try more() else { throw Failure.malformed("the body ends after a boundary") } }
            if buffer[0] == 0x2D && buffer[1] == 0x2D { return form }
            guard buffer[0] == 0x0D && buffer[1] == 0x0A else { throw Failure.malformed("a boundary is not followed by CRLF") }
            buffer.removeSubrange(0..<2)
            parts += 1
            guard parts <= maxParts else { throw Failure.tooManyParts }
            // The part's headers.
            var headEnd: Int?
            while true {
                headEnd = find(Array("\r\n\r\n".utf8))
                if headEnd != nil || buffer.count > 16 * 1024 { break }
                guard try more() else { break }
            }
            guard let end = headEnd else { throw Failure.malformed("a part's headers do not end") }
            let head = String(decoding: buffer[0..<end], as: UTF8.self)
            buffer.removeSubrange(0..<(end + 4))
            let (name, fileName) = try disposition(head)
            // The part's body, up to the next delimiter.
            var file: SpooledBody?
            if let fileName, !fileName.isEmpty {
                guard let made = SpooledBody(directory: directory, length: 0) else { throw Failure.cannotWrite }
                file = made
            }
            var text: [UInt8] = []
            func emit(_ bytes: ArraySlice<UInt8>) throws {
                if let file {
                    guard file.write(bytes) else { throw Failure.cannotWrite }
                    file.length += bytes.count
                } else if fileName == nil {
                    text += bytes
                    guard text.count <= fieldBytes else { throw Failure.fieldTooLarge(name) }
                }
            }
            while true {
                if let at = find(delimiter) {
                    try emit(buffer[0..<at])
                    buffer.removeSubrange(0..<(at + delimiter.count))
                    break
                }
                let keep = delimiter.count - 1
                if buffer.count > keep {
                    try emit(buffer[0..<(buffer.count - keep)])
                    buffer.removeSubrange(0..<(buffer.count - keep))
                }
                guard try more() else { throw Failure.malformed("the body ends inside a part") }
            }
            if let file {
                file.finish()
                form.files.append(FilePart(name: name, fileName: fileName!, file: file))
            } else if fileName == nil {
                guard let value = String(validating: text, as: UTF8.self) else { throw Failure.malformed("the field \(name) is not UTF-8") }
                form.fields.append((name, value))
            }
        }
    }

    /// The name and file name of `Content-Disposition: form-data; name="…"; filename="…"`; the
    /// file name without any folder (some browsers send the whole path).
    static func disposition(_ head: String) throws -> (name: String, fileName: String?) {
        for line in head.split(separator: "\r\n") {
            let text = String(line)
            guard text.lowercased().hasPrefix("content-disposition:") else { continue }
            var name: String?
            var fileName: String?
            for parameter in parameters(String(text.dropFirst("content-disposition:".count))) {
                switch parameter.key.lowercased() {
                case "name": name = parameter.value
                case "filename": fileName = parameter.value
                default: break
                }
            }
            guard let name else { throw Failure.malformed("a part has no name") }
            if let given = fileName {
                let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                fileName = last
            }
            return (name, fileName)
        }
        throw Failure.malformed("a part has no Content-Disposition")
    }

    /// `form-data; name="a"; filename="b"` as (key, value) pairs, quoted values unquoted.
    static func parameters(_ text: String) -> [(key: String, value: String)] {
        var result: [(String, String)] = []
        var rest = Substring(text)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = String(rest[..<equals].trimmingSpaces)
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                while let c = rest.first, c != "\"" {
                    if c == "\\", rest.count > 1 { rest = rest.dropFirst() }
                    value.append(rest.first!)
                    rest = rest.dropFirst()
                }
                rest = rest.dropFirst()
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = String(rest[..<end].trimmingSpaces)
                rest = rest[end...]
            }
            result.append((key, value))
        }
        return result
    }
}
