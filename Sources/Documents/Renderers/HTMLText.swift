/// Text put into HTML by anything that writes pages (the published site, the web application):
/// every byte that came from a person or the log goes through here.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as character references: safe in text and in quoted attributes.
    public static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }
}
