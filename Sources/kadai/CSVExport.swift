import Documents
import EventStore
import JSON

/// `kadai export --format csv`: one CSV per kind of record, for Excel. A file is named after its
/// records' type only when that type is one the store itself would record — a letter, then
/// letters, digits, '.', '_' or '-' — so no log, however crafted, can name a file outside the
/// folder. The files are written in a new folder beside --out and renamed to it once all are
/// there: a failure leaves nothing at --out and nothing beside it.
enum CSVExport {
    static func run(_ store: EventStore, to folder: String, _ c: Context) throws -> Int32 {
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
        var byType: [String: [RecordedEvent]] = [:]
        var order: [String] = []
        try store.forEach { r in
            if byType[r.type] == nil {
                try checkFileName(r.type, position: r.position)
                order.append(r.type)
            }
            byType[r.type, default: []].append(r)
        }
        let building = LocalFiles.beside(folder, "new")
        LocalFiles.removeTree(building)
        do {
            try LocalFiles.makeDirectory(building)
            for type in order {
                let records = byType[type]!
                var keys: [String] = []
                for r in records { for k in r.data.keys where !keys.contains(k) { keys.append(k) } }
                let header = ["position", "stream", "recordedAt", "actor"] + keys
                let rows = records.map { r in
                    [String(r.position), r.stream, r.recordedAt.description, r.actor] + keys.map { cell(r.data[$0]) }
                }
                try LocalFiles.write(Array(CSVRenderer.table([header] + rows).utf8), to: "\(building)/\(type).csv")
            }
            try LocalFiles.moveIntoPlace(building, to: folder)
        } catch {
            LocalFiles.removeTree(building)
            throw error
        }
        c.say(c.text("\(order.count) 種類の記録を '\(folder)' に CSV で書き出しました。", "Wrote \(order.count) kinds of records to '\(folder)' as CSV."))
        return 0
    }

    /// Refuses a type the append path would refuse: as a file name it could climb out of the
    /// folder (`../../x`), hide (`.x`) or carry a control character.
    static func checkFileName(_ type: String, position: UInt64) throws {
        let bytes = Array(type.utf8)
        let isLetter = { (b: UInt8) in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        guard let first = bytes.first, isLetter(first), bytes.count <= 100,
              bytes.allSatisfy({ isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }) else {
            let shown = String(type.prefix(60)).debugDescription
            throw CommandError(ja: "位置 \(position) の記録の種類 \(shown) は kadai が記録することのない名前で、ファイル名にできません（ストアが書き換えられたか、別のプログラムが作ったものです）。何も書き込んでいません。'kadai audit verify' でストアを確かめてください。",
                               en: "The record at position \(position) has the type \(shown), a name kadai never records and no file can take (the store was altered, or made by another program). Nothing was written. Check the store with 'kadai audit verify'.",
                               exitCode: 1)
        }
    }

    /// A data value as a cell: text as it is, a list of texts one per line, anything else as JSON.
    static func cell(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return ""
        case .string(let s)?: return s
        case .array(let items)? where items.allSatisfy({ if case .string = $0 { true } else { false } }):
            return items.map { if case .string(let s) = $0 { s } else { "" } }.joined(separator: "\n")
        case let other?: return other.serialized()
        }
    }
}
