import Council

/// How a meeting's attached file is described beside its title: 「議事録（PDF、1.2MB）」 /
/// "minutes (PDF, 1.2 MB)" — what it is, its type and its size, so a reader knows before opening it.
public enum MaterialLabel {
    /// 議事録（PDF、1.2MB）
    public static func kindTypeAndSize(_ m: MaterialAttached, japanese: Bool) -> String {
        japanese ? "\(m.kind.japanese)（\(typeAndSize(m, japanese: true))）" : "\(m.kind.english) (\(typeAndSize(m, japanese: false)))"
    }

    /// PDF、1.2MB
    public static func typeAndSize(_ m: MaterialAttached, japanese: Bool) -> String {
        MediaType.shortName(of: m.mediaType, japanese: japanese) + (japanese ? "、" : ", ") + size(m.size, japanese: japanese)
    }

    /// 1.2MB, 340KB, 12B (decimal units, as file managers show them; a Japanese page without spaces).
    public static func size(_ bytes: Int, japanese: Bool) -> String {
        let gap = japanese ? "" : " "
        if bytes < 1000 { return "\(bytes)\(gap)B" }
        if bytes < 1_000_000 { return "\((bytes + 999) / 1000)\(gap)KB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)\(gap)MB"
    }
}
