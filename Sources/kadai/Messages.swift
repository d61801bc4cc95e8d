import Arguments
import EventStore

/// The one localisation table of the front: every label and message kadai prints, in Japanese
/// (the default) and English. Parser messages live in the Arguments module's own table.
struct Messages {
    let language: Language

    func text(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

    var errorPrefix: String { text("エラー: ", "Error: ") }
    var notePrefix: String { text("注意: ", "Note: ") }

    // MARK: Store errors

    func describe(_ error: StoreError) -> String {
        guard language == .ja else { return error.description }
        switch error {
        case .storeNotFound(let path):
            return "'\(path)' にkadaiのストアがありません。'kadai init --council 協議会名 --store \(path)' で作成するか、--store で既存のストアを指定してください。"
        case .storeAlreadyExists(let path):
            return "'\(path)' にはすでにkadaiのストアがあります。--store で空のフォルダーを指定するか、既存のストアをそのまま使ってください。"
        case .foreignFile(let path):
            return "'\(path)' はkadaiのストアのファイルではありません。ストアのフォルダーから移動するか、--store で別のフォルダーを指定してください。"
        case .newerFormat(let path, let found, let supported):
            return "'\(path)' のストアは形式バージョン \(found) ですが、このkadaiが読めるのはバージョン \(supported) までです。新しいkadaiを使ってください。"
        case .manifestDamaged(let path, let reason):
            return "ストアの説明ファイル '\(path)' が壊れています（技術的な詳細: \(reason)）。バックアップから戻してください。ログ本体には触れていません。"
        case .versionConflict(let stream, let expected, let actual):
            return "'\(stream)' はその間に更新されました（想定したバージョン \(expected)、現在 \(actual)）。読み直してからもう一度行ってください。"
        case .invalidEvent(let field, let value, let reason):
            return "イベントの\(field) '\(value)' は記録できません: \(reason)。"
        case .emptyBatch:
            return "記録するイベントがありません。"
        case .batchTooLarge(let events, let bytes, let limit):
            return "一度に記録する \(events) 件のイベントは \(bytes) バイトで、ログの1セグメントに収まる大きさ（\(limit) バイト）を超えています。何も記録していません。いくつかに分けて記録してください。"
        case .damaged(let path, let position, let offset, let reason):
            // The reason is the store's own technical wording, shown as such for whoever repairs it.
            return "ログが位置 \(position) で壊れています（'\(path)'、\(offset) バイト目。技術的な詳細: \(reason)）。何も書き込んでいません。'kadai audit verify' で確認し、バックアップからセグメントを戻してください。"
        case .io(let operation, let path, let code):
            return "'\(path)' を\(Self.operationsJa[operation] ?? "処理することが")できませんでした（システムの説明: \(StoreError.systemMessage(code))）。ディスクの空きと権限を確かめてください。"
        case .noSuchPosition(let position, let head):
            return "位置 \(position) はこのログにありません。ログは位置 \(head) までです。"
        case .notPrivate(let path, let mode, let folder):
            let fix = PrivateFolder.chmodFix(path, folder: folder)
            return "事例メモの保管庫 '\(path)' は、このコンピューターの他のアカウントからも読める状態です（モード \(String(mode, radix: 8))）。何も読んでいません。\(fix) を実行してから、もう一度行ってください。"
        case .notAFile(let path):
            return "'\(path)' はファイルではありません（フォルダーなど）。minutes.pdf のように、ファイルそのものの場所を指定してください。"
        case .fileTooLarge(let path, let size, let limit):
            return "'\(path)' は \(StoreError.megabytes(size)) あり、保管できる大きさ（\(StoreError.megabytes(limit))）を超えています。何も保管していません。ファイルを分けるか、小さく保存し直してください（PDF の圧縮など）。"
        case .fileAltered(let sha256, let size, let expected):
            return "保管したファイル \(sha256.prefix(12))… の大きさが \(size) バイトで、記録の \(expected) バイトと違います。変更されたか壊れています。ストアの files/ フォルダーをバックアップから戻してください。'kadai audit verify' ですべてのファイルを確かめられます。"
        }
    }

    /// The store names what it was doing in English; these are the Japanese words for it.
    static let operationsJa: [String: String] = [
        "open": "開くことが", "read": "読むことが", "read the size of": "大きさを調べることが", "write to": "書き込むことが",
        "flush to disk": "ディスクに確定することが", "cut the unfinished end of": "未完了の末尾を切り取ることが",
        "create the folder": "フォルダーとして作成することが", "list the folder": "一覧することが", "replace": "置き換えることが",
        "lock": "ロックすることが", "open the writer lock": "書き込みロックとして開くことが", "map": "読み込むことが",
        "create the segment": "セグメントとして作成することが", "reserve space in": "領域を確保することが",
    ]

    // MARK: Labels

    var events: String { text("イベント数", "Events") }
    var streams: String { text("ストリーム数", "Streams") }
    var segments: String { text("セグメント数", "Segments") }
    var bytes: String { text("バイト数", "Bytes") }
    var headPosition: String { text("最新の位置", "Head position") }
    var headHash: String { text("最新のハッシュ", "Head hash") }
    var index: String { text("索引", "Index") }
    var snapshot: String { text("スナップショット", "Snapshot") }
    var unfinishedTail: String { text("未完了の書き込み", "Unfinished write") }
    var store: String { text("ストア", "Store") }

    func indexState(_ state: IndexState, savedCovers: UInt64) -> String {
        switch state {
        case .loaded(let head):
            return text("保存済みの索引を使用（位置 1〜\(head) を収録、現在の保存分は位置 \(savedCovers) まで）",
                        "saved index used (covered positions 1–\(head); saved copy now covers \(savedCovers))")
        case .rebuilt(let reason):
            return text("ログから作り直しました（保存済みの索引: \(reason)）", "rebuilt from the log (the saved index was \(reason))")
        }
    }

    func tail(_ tail: TailCondition) -> String {
        switch tail {
        case .clean:
            return text("なし", "none")
        case .unfinished(let path, _, let bytes, let after, let records):
            let whole = records > 0 ? text("（欠けた一括書き込みの完全な記録 \(records) 件: 位置 \(after + 1)〜\(after + UInt64(records))）",
                                           " (\(records) whole records of a batch whose last record is missing: positions \(after + 1)–\(after + UInt64(records)))") : ""
            return text("位置 \(after) の後に \(bytes) バイト（'\(path)'）\(whole)。確定していない書き込みで、次の書き込み時に切り取られます。",
                        "\(bytes) bytes after position \(after) in '\(path)'\(whole): never acknowledged; the next write cuts them.")
        }
    }

    func cut(_ cut: TailCut) -> String {
        text("中断された書き込みの \(cut.bytes) バイトを位置 \(cut.afterPosition) の後から切り取りました（'\(cut.path)'）"
             + (cut.records > 0 ? "。最後の記録が欠けた一括書き込みの完全な記録 \(cut.records) 件（位置 \(cut.afterPosition + 1)〜\(cut.afterPosition + UInt64(cut.records))）を含みます。どこまで確定したかの記録がないため、中断された書き込みとセグメントの切り詰めを区別できません。これらが記録済みと表示されたことがあるなら、セグメントをバックアップから戻してください" : "。この書き込みは確定していなかった（完了の応答を返していない）ものです")
             + "。",
             cut.description + (cut.records > 0 ? "" : " That write was never acknowledged."))
    }

    /// An error after this command's own records reached the disk: they stand.
    func recordedBeforeTheError(_ positions: ClosedRange<UInt64>) -> String {
        let where_ = positions.count == 1 ? "\(positions.lowerBound)" : "\(positions.lowerBound)–\(positions.upperBound)"
        return text(" なお、この操作の記録（位置 \(where_)）はディスクに確定しています。",
                    " The records this command made (position \(where_)) are on disk and stand.")
    }

    /// A write failed before its records reached the disk.
    var nothingRecorded: String { text(" 何も記録していません。", " Nothing was recorded.") }

    /// A step after an acknowledged write failed: the records stand, only a cache or tidying did not happen.
    func afterWrite(_ problem: StoreError) -> String {
        text("記録はディスクに確定しています。もう一度記録しないでください。ただし、その後の処理ができませんでした（次に開くときに自動で作り直します）: ",
             "The records are on disk and acknowledged; do not record them again. Only a step after it failed (it is redone the next time the store opens): ")
            + describe(problem)
    }
}
