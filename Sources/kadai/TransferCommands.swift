import CouncilService
import EventStore
import FileSystem
import Projections

/// `kadai export` and `kadai import`: the whole history out as JSON lines (or one CSV per kind of
/// record, for Excel), and back into a new store with the same chain, once the council's rules
/// admit every record of it.
enum TransferCommands {
    static func export(_ c: Context) throws -> Int32 {
        let format = c.command.value("format") ?? "jsonl"
        let service = try c.openService()
        if format == "csv" {
            guard let folder = c.command.value("out") else {
                throw CommandError(ja: "--format csv では、CSV を書き出すフォルダーを --out で指定してください。",
                                   en: "With --format csv, name the folder to write the CSV files into with --out.")
            }
            try OutsideTheStore.check(folder, c)
            return try CSVExport.run(service, to: folder, c)
        }
        if let out = c.command.value("out") { try OutsideTheStore.check(out, c) }
        let history = try service.exportedHistory()
        if let out = c.command.value("out") {
            try writeNew(history.lines, to: out)
            c.say(c.text("\(history.records) 件の記録を '\(out)' に書き出しました（最新のハッシュ \(history.headHash)）。",
                         "Wrote \(history.records) records to '\(out)' (head hash \(history.headHash))."))
        } else {
            Output.raw(String(decoding: history.lines, as: UTF8.self))
        }
        // The records hold each attached file's SHA-256 and size, not its bytes: say where they are.
        let attached = try service.materialTotals()
        if attached.count > 0 {
            let files = "\(c.storePath)/files"
            let note = c.text("記録には添付ファイルの SHA-256 と大きさだけが入っています。添付ファイル \(attached.count) 件（\(StoreError.megabytes(UInt64(attached.bytes)))）は '\(files)' にあります。このフォルダーも一緒に写し、取り込むときは 'kadai import ファイル --files 写したフォルダー' としてください。",
                              "The records hold each attached file's SHA-256 and size, not the file: the \(attached.count) attached files (\(StoreError.megabytes(UInt64(attached.bytes)))) are in '\(files)'. Copy that folder with the export, and import with 'kadai import FILE --files COPIED-FOLDER'.")
            if c.command.value("out") != nil { c.say(note) } else { Output.err(note) }
        }
        return 0
    }

    static func `import`(_ c: Context) throws -> Int32 {
        let file = c.command.positionals[0]
        let bytes: [UInt8]
        do { bytes = try LocalFiles.read(file) } catch {
            throw CommandError(ja: "ファイル '\(file)' を読めません。パスを確かめてください。", en: "Cannot read the file '\(file)'. Check the path.")
        }
        let segmentBytes = try c.number("segment-bytes") ?? StoreManifest.defaultSegmentBytes
        do {
            let verified = try CouncilService.importHistory(bytes, into: c.storePath, segmentBytes: segmentBytes)
            c.say(c.text("'\(file)' の \(verified.records) 件の記録を '\(c.storePath)' に取り込みました。ハッシュの連鎖は元のとおりです（最新のハッシュ \(verified.headHash.hex)）。",
                         "Imported \(verified.records) records from '\(file)' into '\(c.storePath)'; the hash chain is the original's (head hash \(verified.headHash.hex))."))
            let files = try CouncilService.copyMaterials(from: c.command.value("files"), intoStoreAt: c.storePath)
            if files.checked > 0 && files.isSound {
                c.say(c.text("添付ファイル \(files.checked) 件も、記録どおりの SHA-256 で取り込みました。", "The \(files.checked) attached files were copied too, each with its recorded SHA-256."))
            } else if !files.isSound {
                c.say(c.text("ただし、次の添付ファイル \(files.problems.count) 件（全 \(files.checked) 件中）がまだありません。元のストアの files/ フォルダーから写すか、'--files 元のストア/files' を付けて取り込み直してください。写した後は 'kadai audit verify' で確かめられます:",
                             "But \(files.problems.count) of the \(files.checked) attached files are not here yet. Copy them from the old store's files/ folder, or import again with '--files OLD-STORE/files'; 'kadai audit verify' checks them afterwards:"))
                for problem in files.problems { c.say("  " + MaterialCheckText.line(problem, c)) }
            }
            return 0
        } catch let refusal as EventStore.ImportRefusal {
            throw CommandError { $0.describe(refusal, importing: file) }
        } catch let refusal as HistoryCheck.Refusal {
            throw CommandError { $0.describe(refusal, importing: file) }
        }
    }

    /// Writes a file that must not exist yet, so an export never overwrites anything. It is
    /// written whole beside its place first: a failure halfway leaves nothing under its name.
    static func writeNew(_ bytes: [UInt8], to path: String) throws {
        guard !LocalFiles.exists(path) else {
            throw CommandError(ja: "'\(path)' はすでにあります。上書きはしません。別の名前を指定してください。",
                               en: "'\(path)' already exists; kadai does not overwrite it. Give another name.")
        }
        let building = LocalFiles.beside(path, "new")
        LocalFiles.removeTree(building)
        do {
            try LocalFiles.write(bytes, to: building)
            try LocalFiles.moveIntoPlace(building, to: path)
        } catch {
            LocalFiles.removeTree(building)
            throw error
        }
    }
}
