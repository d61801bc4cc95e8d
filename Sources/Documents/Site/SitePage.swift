/// One page of the site: where it lives, what it shows, and the pages above it (hrefs as site
/// paths; the frame makes them relative to this page).
public struct SitePage: Sendable {
    public var path: String
    public var document: Document
    public var crumbs: [Link]

    public init(path: String, document: Document, crumbs: [Link] = []) {
        self.path = path
        self.document = document
        self.crumbs = crumbs
    }
}
