import Arguments
import Council
import CouncilService
import Documents
import EventStore
import FileSystem
import JSON

/// `kadai meeting attach MEETING PATH` and `kadai meeting files MEETING`: a meeting's minutes and
/// materials (議事録・資料), kept beside the log under their SHA-256 (the service's use-cases; this
/// checks the file it is given and prints what they did).
enum MaterialCommands {
    static let spec: CommandSpec = {
        let d = RecordingCommands.attachMaterial
        return CommandSpec(d.path, abstract: d.abstract.en,
                           positionals: [PositionalSpec("MEETING", help: d.positional!.help.en), PositionalSpec("PATH", help: pathHelp.en)],
                           options: d.fields.map { OptionSpec($0.name, value: $0.placeholder, help: $0.help.en, required: $0.required, repeatable: $0.repeatable, choices: $0.choices) },
                           examples: d.examples)
    }()

    static let pathHelp = Bilingual(ja: "添付するファイル（PDF・Word・Excel など、200 MB まで）", en: "The file to attach (PDF, Word, Excel …, at most 200 MB).")

    static let filesSpec = CommandSpec(["meeting", "files"], abstract: "List the minutes and materials attached to a meeting: kind, title, file, type, size, public or not, SHA-256.",
                                       positionals: [PositionalSpec("MEETING", help: "The meeting's id, e.g. soudan-2024-3 (see 'kadai body show').")],
                                       examples: ["kadai meeting files soudan-2024-3"])

    static func attach(_ c: Context) throws -> Int32 {
        let declaration = RecordingCommands.attachMaterial
        let path = c.command.positionals[1]
        let input = declaration.input(c.command, today: .todayInJapan)
        // What was typed, then the file, are checked before the store is opened: a refusal leaves no trace.
        do { _ = try declaration.decode(input) } catch { throw CommandError(error) }
        try checkFile(path, limit: FileStore.defaultSizeLimit)
        let service = try c.openService()
        let recorded: Recorded
        do { recorded = try service.attachMaterial(input, from: path, as: c.caller) } catch let refusal as InputRefusal { throw CommandError(refusal) }
        if !c.json, case .materialAttached(let e)? = recorded.events.last {
            c.say(e.sha256)
        }
        RecordCommand.report(recorded, c, newIds: [])
        c.finishWriting(service)
        return 0
    }

    /// The file must be there, a plain file this account can read, and not too large to keep.
    static func checkFile(_ path: String, limit: UInt64) throws(CommandError) {
        let facts = FileFacts(path)
        guard facts.exists else {
            throw CommandError(ja: "添付するファイル '\(path)' が見つかりません。ファイルの場所（パス）を確かめてください。何も記録していません。",
                               en: "The file to attach, '\(path)', does not exist. Check its path. Nothing was recorded.")
        }
        guard facts.isFile else {
            throw CommandError(ja: "'\(path)' はファイルではありません（フォルダーなど）。フォルダーの中のファイルを1つずつ指定してください。何も記録していません。",
                               en: "'\(path)' is not a file (a folder, or a device). Give each file inside it by its own path. Nothing was recorded.")
        }
        guard facts.readable else {
            throw CommandError(ja: "ファイル '\(path)' を読む権限がありません。ファイルの所有者に読めるようにしてもらうか（chmod u+r）、読める場所に写してから指定してください。何も記録していません。",
                               en: "This account may not read '\(path)'. Have its owner make it readable (chmod u+r), or copy it somewhere you can read it. Nothing was recorded.")
        }
        guard facts.size <= limit else {
            throw CommandError(ja: "ファイル '\(path)' は \(StoreError.megabytes(facts.size)) あり、添付できる大きさ（\(StoreError.megabytes(limit))）を超えています。ファイルを分けるか、小さく保存し直してください（PDF の圧縮など）。何も記録していません。",
                               en: "'\(path)' is \(StoreError.megabytes(facts.size)), larger than the \(StoreError.megabytes(limit)) a file attached may be. Split it, or save it smaller (a compressed PDF). Nothing was recorded.")
        }
    }

    static func files(_ c: Context) throws -> Int32 {
        let meeting = c.command.positionals[0]
        let materials = try c.openService().materials(of: meeting)
        let ja = c.messages.language == .ja
        if c.json {
            c.printJSON(["meeting": .string(meeting), "files": .array(materials.map { m in
                .object(["kind": .string(m.kind.rawValue), "title": .string(m.title), "file": .string(m.file), "mediaType": .string(m.mediaType),
                         "size": .int(Int64(m.size)), "sha256": .string(m.sha256), "public": .bool(m.isPublic),
                         "issues": .array(m.issues.map { .string($0) }), "on": .string(m.on.description)])
            })])
            return 0
        }
        guard !materials.isEmpty else {
            c.say(c.text("会議 \(meeting) に添付ファイルはありません。'kadai meeting attach \(meeting) ファイル --title 表題 --kind minutes' で添付できます。",
                         "The meeting \(meeting) has no attached files. Attach one with 'kadai meeting attach \(meeting) FILE --title TITLE --kind minutes'."))
            return 0
        }
        for m in materials {
            let shown = m.isPublic ? c.text("公開", "public") : c.text("非公開", "not public")
            c.say("\(m.sha256.prefix(12))\t\(m.kind.label(japanese: ja))\t\(m.title)\t\(m.file)\t\(MaterialLabel.typeAndSize(m, japanese: ja))\t\(shown)"
                  + (m.issues.isEmpty ? "" : "\t" + m.issues.joined(separator: ja ? "、" : ", ")))
        }
        return 0
    }
}
