import CouncilService
import FileSystem

/// `kadai export --format csv`: the service's tables, one CSV file per kind of record. The files
/// are written in a new folder beside --out and renamed to it once all are there: a failure leaves
/// nothing at --out and nothing beside it.
enum CSVExport {
    static func run(_ service: CouncilService, to folder: String, _ c: Context) throws -> Int32 {
        if LocalFiles.exists(folder) {
            guard LocalFiles.isDirectory(folder) else {
                throw CommandError(ja: "'\(folder)' はフォルダーではなくファイルです。--out には、新しいフォルダーか空のフォルダーを指定してください。",
                                   en: "'\(folder)' is a file, not a folder. Give --out a new or empty folder.")
            }
            guard try LocalFiles.list(folder).isEmpty else {
                throw CommandError(ja: "フォルダー '\(folder)' は空ではありません。空のフォルダーか、まだないフォルダーを --out に指定してください。",
                                   en: "The folder '\(folder)' is not empty. Give --out an empty or new folder.")
            }
        }
        let tables = try service.exportedTables()
        let building = LocalFiles.beside(folder, "new")
        LocalFiles.removeTree(building)
        do {
            try LocalFiles.makeDirectory(building)
            for table in tables { try LocalFiles.write(Array(table.csv.utf8), to: "\(building)/\(table.type).csv") }
            try LocalFiles.moveIntoPlace(building, to: folder)
        } catch {
            LocalFiles.removeTree(building)
            throw error
        }
        c.say(c.text("\(tables.count) 種類の記録を '\(folder)' に CSV で書き出しました。", "Wrote \(tables.count) kinds of records to '\(folder)' as CSV."))
        return 0
    }
}
