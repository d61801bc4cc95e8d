/// Links a year's documents into the site: a table cell or list item that starts with an issue's
/// number leads to the issue's page, a cell that names a body leads to the body's page. The
/// documents themselves know nothing of the site; this reads what they print.
struct SiteLinker {
    let site: Site
    /// Every name a body has had, to its id.
    let bodies: [String: String]

    init(site: Site) {
        self.site = site
        var names: [String: String] = [:]
        for b in site.bodies {
            names[b.name] = b.id
            for r in b.renames { names[r.previousName] = b.id; names[r.name] = b.id }
        }
        bodies = names
    }

    /// The page an item of text leads to, if any: `K-0001 …` to the issue, a body's exact name to
    /// the body.
    func target(_ text: String) -> String? {
        if let id = text.split(separator: " ", maxSplits: 1).first.map(String.init), site.record.issue(id) != nil {
            return site.paths.issue(id)
        }
        return bodies[text].map(site.paths.body)
    }

    func link(_ document: Document, from page: String) -> Document {
        var d = document
        d.blocks = d.blocks.map { block in
            switch block {
            case .table(var t):
                t.links = t.rows.enumerated().map { r, row in
                    row.enumerated().map { c, cell in
                        t.link(row: r, column: c) ?? target(cell).map { SitePaths.relative(from: page, to: $0) }
                    }
                }
                return .table(t)
            case .bullets(let items) where !items.isEmpty && items.allSatisfy({ target($0) != nil }):
                return .links(items.map { Link($0, SitePaths.relative(from: page, to: target($0)!)) })
            default:
                return block
            }
        }
        return d
    }
}
