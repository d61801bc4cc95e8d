import Hashing

/// The list of the files a site is made of, kept at its top as `.kadai-site`: each file's SHA-256
/// and path, one a line, as `sha256sum` writes them, so `sha256sum -c .kadai-site` checks a copy on
/// the web server too. kadai replaces a folder only when everything in it is on this list and
/// unchanged: what it deletes is then its own work, never a file someone put beside it or a page
/// someone edited.
public struct SiteManifest: Sendable, Equatable {
    public static let fileName = ".kadai-site"

    /// Each file's SHA-256, by its path in the site's folder.
    public var files: [String: SHA256Digest]

    public init(files: [(path: String, html: String)]) {
        var hashes: [String: SHA256Digest] = [:]
        for file in files { hashes[file.path] = SHA256.hash(file.html) }
        self.files = hashes
    }

    /// The list as written; nil unless every line is a hash, two spaces and a path.
    public init?(text bytes: [UInt8]) {
        var hashes: [String: SHA256Digest] = [:]
        for line in bytes.split(separator: 0x0A) {
            guard line.count > 66, line[line.startIndex + 64] == 0x20, line[line.startIndex + 65] == 0x20,
                  let hash = String(validating: line.prefix(64), as: UTF8.self).flatMap({ SHA256Digest(hex: $0) }),
                  let path = String(validating: line.dropFirst(66), as: UTF8.self) else { return nil }
            hashes[path] = hash
        }
        files = hashes
    }

    public var text: String {
        files.keys.sorted().map { "\(files[$0]!.hex)  \($0)\n" }.joined()
    }

    /// Whether a folder in the site's folder holds some of its files (`years`, `years/2024`).
    public func holds(folder: String) -> Bool {
        files.keys.contains { $0.hasPrefix(folder + "/") }
    }
}
