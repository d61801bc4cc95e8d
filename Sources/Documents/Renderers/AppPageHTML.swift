/// A page of the web application: a document in the published site's frame and look, with the
/// application's own markup before and after it (a filter form, forms, already escaped by whoever made it), and the style
/// sheets linked rather than inline so the page can be served under a strict Content-Security-Policy.
public enum AppPageHTML {
    /// `stylesheets`: where the base sheet and the one for wide (landscape) tables are served.
    public static func render(_ document: Document, frame: PageFrame, stylesheets: (base: String, wide: String), leader: String = "",
                              trailer: String = "") -> String {
        var renderer = HTMLRenderer(document: document, frame: frame)
        renderer.leader = leader
        renderer.trailer = trailer
        renderer.stylesheets = stylesheets
        return renderer.page()
    }

    /// The base sheet: the documents' look and the site's frame.
    public static var styleSheet: String { HTMLRenderer.style + "\n" + HTMLRenderer.siteStyle + "\n" }

    /// Added for a page with a table of many columns, printed landscape.
    public static var wideStyleSheet: String { HTMLRenderer.wideStyle + "\n" }
}
