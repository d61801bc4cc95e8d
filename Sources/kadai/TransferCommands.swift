import Documents
import EventStore
import JSON

#if canImport(Glibc)
import Glibc
#endif

/// `kadai export` and `kadai import`: the whole history out as JSON lines (or one CSV per kind of
/// record, for Excel), and back into a new store with the same chain.
enum TransferCommands {
    static func export(_ c: Context) throws -> Int32 {
        let format = c.command.value("format") ?? "jsonl"
        let store = try c.openStore()
        // An export leaves the store's protection: only a chain that verifies whole may go.
        try store.verifyWholeChain()
        if format == "csv" {
            guard let folder = c.command.value("out") else {
                throw CommandError(ja: "--format csv では、CSV を書き出すフォルダーを --out で指定してください。",
                                   en: "With --format csv, name the folder to write the CSV files into with --out.")
            }
            return try exportCSV(store, to: folder, c)
        }
        var bytes: [UInt8] = []
        try store.export { bytes.append(contentsOf: $0) }
        if let out = c.command.value("out") {
            try writeNew(bytes, to: out)
            c.say(c.text("\(store.headPosition) 件の記録を '\(out)' に書き出しました（最新のハッシュ \(store.headHash.hex)）。",
                         "Wrote \(store.headPosition) records to '\(out)' (head hash \(store.headHash.hex))."))
        } else {
            Output.raw(String(decoding: bytes, as: UTF8.self))
        }
        return 0
    }

    /// One CSV per event type: where and when each was recorded and by whom, then its data fields.
    static func exportCSV(_ store: EventStore, to folder: String, _ c: Context) throws -> Int32 {
        var byType: [String: [RecordedEvent]] = [:]
        var order: [String] = []
        try store.forEach { r in
            if byType[r.type] == nil { order.append(r.type) }
            byType[r.type, default: []].append(r)
        }
        if LocalFiles.exists(folder), !(try LocalFiles.list(folder)).isEmpty {
            throw CommandError(ja: "フォルダー '\(folder)' は空ではありません。空のフォルダーか、まだないフォルダーを --out に指定してください。",
                               en: "The folder '\(folder)' is not empty. Give --out an empty or new folder.")
        }
        try LocalFiles.makeDirectory(folder)
        for type in order {
            let records = byType[type]!
            var keys: [String] = []
            for r in records { for k in r.data.keys where !keys.contains(k) { keys.append(k) } }
            let header = ["position", "stream", "recordedAt", "actor"] + keys
            let rows = records.map { r in
                [String(r.position), r.stream, r.recordedAt.description, r.actor] + keys.map { cell(r.data[$0]) }
            }
            try writeNew(Array(CSVRenderer.table([header] + rows).utf8), to: "\(folder)/\(type).csv")
        }
        c.say(c.text("\(order.count) 種類の記録を '\(folder)' に CSV で書き出しました。", "Wrote \(order.count) kinds of records to '\(folder)' as CSV."))
        return 0
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

    static func `import`(_ c: Context) throws -> Int32 {
        let file = c.command.positionals[0]
        let bytes: [UInt8]
        do { bytes = try LocalFiles.read(file) } catch {
            throw CommandError(ja: "ファイル '\(file)' を読めません。パスを確かめてください。", en: "Cannot read the file '\(file)'. Check the path.")
        }
        let segmentBytes = try c.number("segment-bytes") ?? StoreManifest.defaultSegmentBytes
        do {
            let verified = try bytes.withUnsafeBytes { try EventStore.importing($0, into: c.storePath, segmentBytes: segmentBytes) }
            c.say(c.text("'\(file)' の \(verified.records) 件の記録を '\(c.storePath)' に取り込みました。ハッシュの連鎖は元のとおりです（最新のハッシュ \(verified.headHash.hex)）。",
                         "Imported \(verified.records) records from '\(file)' into '\(c.storePath)'; the hash chain is the original's (head hash \(verified.headHash.hex))."))
            return 0
        } catch let refusal as EventStore.ImportRefusal where refusal.position == 0 {
            throw CommandError(ja: "'\(file)' は kadai の書き出しファイルではありません（1行目が書き出しの見出しではありません）。'kadai export' で作ったファイルを指定してください。何も書き込んでいません。",
                               en: "'\(file)' is not a kadai export (its first line is not an export header). Give a file made by 'kadai export'. Nothing was written.",
                               exitCode: 1)
        } catch let refusal as EventStore.ImportRefusal {
            throw CommandError(ja: "'\(file)' は取り込めません。位置 \(refusal.position) で記録の連鎖が途切れています（技術的な詳細: \(refusal.reason)）。何も書き込んでいません。",
                               en: "Cannot import '\(file)': the chain of records breaks at position \(refusal.position) (\(refusal.reason)). Nothing was written.",
                               exitCode: 1)
        }
    }

    /// Writes a file that must not exist yet, so an export never overwrites anything.
    static func writeNew(_ bytes: [UInt8], to path: String) throws {
        guard !LocalFiles.exists(path) else {
            throw CommandError(ja: "'\(path)' はすでにあります。上書きはしません。別の名前を指定してください。",
                               en: "'\(path)' already exists; kadai does not overwrite it. Give another name.")
        }
        try LocalFiles.write(bytes, to: path)
    }
}
