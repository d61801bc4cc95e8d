import Calendar

/// Where each page of the published site lives, and how one page links to another. Paths are
/// relative to the site's folder; links between pages are relative to the page, so the site
/// works wherever it is copied — a city's web server, a USB stick, a folder opened by double-click.
public struct SitePaths: Sendable {
    public static let index = "index.html"
    public static let audit = "audit.html"

    /// A file name for every body and issue id. Ids may differ only in case (`Soudan`, `soudan`),
    /// which a Windows or macOS server folds into one file: the later one gets `~2`, a character
    /// no id may contain.
    private var files: [String: String] = [:]

    public init(bodies: [String], issues: [String]) {
        var taken: Set<String> = []
        for (kind, ids) in [("body", bodies), ("issue", issues)] {
            for id in ids {
                var name = id
                var n = 1
                while taken.contains(name.lowercased()) {
                    n += 1
                    name = "\(id)~\(n)"
                }
                taken.insert(name.lowercased())
                files["\(kind):\(id)"] = name
            }
        }
    }

    public func body(_ id: String) -> String { "bodies/\(files["body:\(id)"] ?? id).html" }
    public func issue(_ id: String) -> String { "issues/\(files["issue:\(id)"] ?? id).html" }

    public static func year(_ y: FiscalYear) -> String { "years/\(y.startYear).html" }
    /// A document of the whole council for a 年度: `schedule`, `scorecard`, `pdca`.
    public static func yearDocument(_ name: String, _ y: FiscalYear) -> String { "years/\(y.startYear)/\(name).html" }
    /// A body's documents of a 年度, in the order pages list them.
    public static let bodyDocuments = ["sheet", "status", "annual"]

    /// A body's document for a 年度: `sheet`, `status`, `annual`.
    public func bodyDocument(_ name: String, body: String, _ y: FiscalYear) -> String {
        "years/\(y.startYear)/\(name)-\(files["body:\(body)"] ?? body).html"
    }

    /// The href from one page to another: up out of the page's folders, down into the target's,
    /// each part percent-encoded (an id may be written in Japanese).
    public static func relative(from page: String, to target: String) -> String {
        let from = page.split(separator: "/").dropLast().map(String.init)
        let to = target.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to[common...].map(encode)).joined(separator: "/")
    }

    /// Every byte but the unreserved ASCII ones as %XX.
    static func encode(_ part: String) -> String {
        var out = ""
        for byte in part.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 15)])"
            }
        }
        return out
    }
}
