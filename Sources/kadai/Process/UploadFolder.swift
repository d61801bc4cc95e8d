#if canImport(Glibc)
import Glibc
#endif

/// A private folder (0700, made by `mkdtemp`) under the system's temporary folder, for the files
/// being uploaded to `kadai serve` while they arrive: never inside the store, which a demo's
/// folder may be, and nobody else's to read. Nil when none can be made (uploads are then refused).
enum UploadFolder {
    static func make() -> String? {
        let base = ProcessInfoLite.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(base)/kadai-uploads-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
    }
}
