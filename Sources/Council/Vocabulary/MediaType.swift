/// The media type of an attached file, from its name's extension: the few kinds a council's
/// minutes and materials come in, anything else `application/octet-stream`. The type is recorded
/// so a download and the published site say what the file is without opening it.
public enum MediaType {
    /// By extension, in lower case: the media type and the short name people know it by.
    static let table: [String: (type: String, name: String)] = [
        "pdf": ("application/pdf", "PDF"),
        "doc": ("application/msword", "Word"),
        "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
        "xls": ("application/vnd.ms-excel", "Excel"),
        "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
        "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
        "txt": ("text/plain; charset=utf-8", "テキスト"),
        "csv": ("text/csv; charset=utf-8", "CSV"),
        "jpg": ("image/jpeg", "JPEG"),
        "jpeg": ("image/jpeg", "JPEG"),
        "png": ("image/png", "PNG"),
    ]

    public static let unknown = "application/octet-stream"

    /// The file name's extension in lower case, if it has one (`議事録.PDF` → `pdf`).
    public static func fileExtension(of fileName: String) -> String? {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        return ext.isEmpty ? nil : ext
    }

    public static func of(fileName: String) -> String {
        fileExtension(of: fileName).flatMap { table[$0]?.type } ?? unknown
    }

    /// PDF, Word, Excel … for a type of the table; ファイル / file for any other.
    public static func shortName(of type: String, japanese: Bool) -> String {
        guard let entry = table.values.first(where: { $0.type == type }) else { return japanese ? "ファイル" : "file" }
        return !japanese && entry.name == "テキスト" ? "text" : entry.name
    }
}
