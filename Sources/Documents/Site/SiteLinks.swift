/// The links of a set of pages, checked: every href is relative, stays inside the set, and names
/// a page of it (and an element id on that page, for a `#fragment`). `kadai site` checks its pages
/// before it writes them; tests check what it wrote.
public enum SiteLinks {
    /// Every href and src of a page, as written (entities undone). Scanned as UTF-8 bytes: a
    /// site's pages hold thousands of links, and searching by Character is many times slower.
    public static func references(in html: String) -> [String] {
        let bytes = Array(html.utf8)
        var found: [String] = []
        for attribute in [Array("href=\"".utf8), Array("src=\"".utf8)] {
            var i = 0
            while let start = find(attribute, in: bytes, from: i) {
                let valueStart = start + attribute.count
                guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                found.append(String(decoding: bytes[valueStart..<end], as: UTF8.self)
                    .replacing("&amp;", with: "&").replacing("&quot;", with: "\"").replacing("&#39;", with: "'"))
                i = end
            }
        }
        return found
    }

    /// Where `needle` first starts in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = from
        while i <= bytes.count - needle.count {
            if bytes[i] == first, bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The links that do not resolve, by page, in page order.
    /// `others`: files of the set besides the pages (published minutes), which a link may name whole.
    public static func broken(in files: [(path: String, html: String)], others: Set<String> = []) -> [(page: String, href: String)] {
        var pages: [String: String] = [:]
        for f in files { pages[f.path] = f.html }
        var broken: [(String, String)] = []
        for f in files {
            for href in references(in: f.html) {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? f.path : resolve(parts[0], from: f.path)
                if let target, parts.count == 1, others.contains(target) { continue }
                guard let target, let page = pages[target] else { broken.append((f.path, href)); continue }
                if parts.count == 2, !page.contains("id=\"\(parts[1])\"") { broken.append((f.path, href)) }
            }
        }
        return broken
    }

    /// A relative href from a page, as a path in the set; nil for anything absolute (a scheme,
    /// a leading slash) or climbing out of the set's folder.
    public static func resolve(_ href: String, from page: String) -> String? {
        guard !href.hasPrefix("/"), !href.contains(":"), let decoded = decode(href) else { return nil }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// %XX undone; nil when an escape is malformed or the bytes are not UTF-8.
    static func decode(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
