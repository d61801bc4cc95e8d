import Council
import Documents

extension BodyPages {
    /// The minutes and materials attached to the body's meetings, newest meeting first, each a link
    /// to download it (signed-in readers only: a file not public is shown here, never on the site).
    func materials(_ b: BodyState) -> [Block] {
        guard !b.materials.isEmpty else { return [] }
        let order = b.meetings.reversed().map(MeetingReference.id(of:))
        let attached = order.flatMap { id in b.materials.filter { $0.meeting == id } }
        return [.heading(japanese ? "議事録・資料" : "Minutes and materials"),
                .links(attached.map { m in
                    let shown = m.isPublic ? (japanese ? "公開" : "public") : (japanese ? "非公開" : "not public")
                    let text = japanese ? "［\(m.meeting)］\(m.title)　\(MaterialLabel.kindTypeAndSize(m, japanese: true))・\(shown)"
                        : "[\(m.meeting)] \(m.title) — \(MaterialLabel.kindTypeAndSize(m, japanese: false)), \(shown)"
                    return Link(text, Self.material(b.id, m.sha256))
                })]
    }

    /// `/bodies/soudan/files/3fa4…`: an attached file's download.
    public static func material(_ body: String, _ sha256: String) -> String { path(body) + "/files/" + sha256 }
}

extension IssuePage {
    /// The minutes and materials of the meetings that concern the issue, each a link to download it.
    func materialBlocks() -> [Block] {
        guard !materials.isEmpty else { return [] }
        return [.heading(japanese ? "関係する議事録・資料" : "Minutes and materials"),
                .links(materials.map { m in
                    let shown = m.isPublic ? (japanese ? "公開" : "public") : (japanese ? "非公開" : "not public")
                    let text = japanese ? "［\(m.meeting)］\(m.title)　\(MaterialLabel.kindTypeAndSize(m, japanese: true))・\(shown)"
                        : "[\(m.meeting)] \(m.title) — \(MaterialLabel.kindTypeAndSize(m, japanese: false)), \(shown)"
                    return Link(text, BodyPages.material(m.body, m.sha256))
                })]
    }
}
