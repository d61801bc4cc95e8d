/// The page for checking the record: why and how, the head position and hash the site was made
/// from, and every entry of the record with its position and hash, in the public form.
struct SiteAuditPage {
    let site: Site

    func page() -> SitePage {
        let s = site
        var blocks: [Block] = [.paragraph(s.t("site.auditIntro")), .paragraph(s.t("site.auditHow"))]
        if let head = s.record.head {
            blocks.append(.fields([Field(s.t("site.head"), "\(head.position):\(head.hash.hex)"),
                                   Field(s.t("site.madeOn"), s.language.date(s.madeOn))]))
        }
        blocks.append(.heading(s.t("site.auditAll")))
        if s.on < s.madeOn { blocks.append(.note(s.t("site.pastYear"))) }
        // The trail's own notes speak to kadai's users; this page explains itself above.
        let trail = AuditTrail(record: s.record, isPublic: true, language: s.language).document()
        blocks += trail.blocks.filter { if case .table = $0 { true } else { false } }
        let document = Document(kind: "site.audit", title: s.t("site.audit"), blocks: blocks, language: s.language.rawValue)
        return SitePage(path: SitePaths.audit, document: document, crumbs: [s.home])
    }
}
