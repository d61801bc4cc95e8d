import Documents

/// What surrounds every page of the web application: the council's name linking to the start
/// page, the main sections, where the page sits, and the style sheets it links.
public struct AppFrame: Sendable {
    public let councilName: String
    public let japanese: Bool
    /// A page for someone not signed in (the sign-in) shows no sections: none would open.
    public let signedIn: Bool

    public init(councilName: String, japanese: Bool, signedIn: Bool = true) {
        self.councilName = councilName
        self.japanese = japanese
        self.signedIn = signedIn
    }

    public static let stylesheets = (base: "/assets/kadai.css", wide: "/assets/kadai-wide.css")

    func t(_ key: String) -> String { WebLabels.t(key, japanese: japanese) }

    func frame(crumbs: [Link] = []) -> PageFrame {
        PageFrame(siteName: councilName, home: "/",
                  sections: !signedIn ? [] : [Link(t("nav.issues"), "/issues"), Link(t("nav.search"), "/search"), Link(t("nav.bodies"), "/bodies"), Link(t("nav.documents"), "/documents"),
                             Link(t("nav.audit"), "/audit"), Link(t("nav.calendar"), "/calendar"), Link(t("nav.password"), "/password"), Link(t("nav.signOut"), "/sign-out")],
                  crumbs: signedIn ? [Link(t("nav.start"), "/")] + crumbs : [], footer: [], skipLabel: t("nav.skip"),
                  sectionsLabel: t("nav.sections"), crumbsLabel: t("nav.crumbs"))
    }

    /// A whole page: the document, with the application's markup before and after its blocks.
    public func page(_ document: Document, crumbs: [Link] = [], leader: String = "", trailer: String = "") -> String {
        AppPageHTML.render(document, frame: frame(crumbs: crumbs), stylesheets: Self.stylesheets, leader: leader, trailer: trailer)
    }
}
