/// What surrounds a document when it is one page of a published site: the site's name linking
/// home, its main sections, where the page sits (breadcrumbs), and a footer. Every href is
/// relative to the page, so the site works wherever it is copied.
public struct PageFrame: Sendable, Equatable {
    public var siteName: String
    public var home: String
    public var sections: [Link]
    /// From the top page down to the page's parent; the page itself is its heading.
    public var crumbs: [Link]
    public var footer: [String]
    /// Labels for screen readers: the skip link, the two navigation landmarks.
    public var skipLabel: String
    public var sectionsLabel: String
    public var crumbsLabel: String

    public init(siteName: String, home: String, sections: [Link], crumbs: [Link], footer: [String],
                skipLabel: String, sectionsLabel: String, crumbsLabel: String) {
        self.siteName = siteName
        self.home = home
        self.sections = sections
        self.crumbs = crumbs
        self.footer = footer
        self.skipLabel = skipLabel
        self.sectionsLabel = sectionsLabel
        self.crumbsLabel = crumbsLabel
    }
}
