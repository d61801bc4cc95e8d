import EventStore
import Projections

extension RefusalText {
    /// Why a record of an export is not imported, in plain words.
    public func describe(_ refusal: HistoryCheck.Refusal) -> String {
        switch refusal.reason {
        case .unknownType:
            return text("kadai の知らない種類の記録です（新しい kadai が書いたものなら、その kadai で取り込んでください）。",
                        "kadai knows no record of this type (if a newer kadai wrote it, import it with that one).")
        case .unreadable(let field):
            return text("データの '\(field)' が読めません（ないか、値の種類が違います）。", "Its data has no readable '\(field)' (it is missing or of the wrong kind).")
        case .onBehalfOutsideItsBatch(let actor):
            return text("'\(actor)' の代わりに記録したという記録は、その名前でまとめて書いた記録の先頭にだけ置かれますが、ここはそうではありません。",
                        "A record made on behalf of '\(actor)' heads the batch of records made in that name, and this one does not.")
        case .refused(let error):
            return describe(error, bodies: [], issues: [])
        }
    }

    /// Why the export in `file` is not imported at all: it is no export (position 0), or its chain
    /// of records breaks at the position named.
    public func describe(_ refusal: EventStore.ImportRefusal, importing file: String) -> String {
        guard refusal.position > 0 else {
            return text("'\(file)' は kadai の書き出しファイルではありません（1行目が書き出しの見出しではありません）。'kadai export' で作ったファイルを指定してください。何も書き込んでいません。",
                        "'\(file)' is not a kadai export (its first line is not an export header). Give a file made by 'kadai export'. Nothing was written.")
        }
        return text("'\(file)' は取り込めません。位置 \(refusal.position) で記録の連鎖が途切れています（技術的な詳細: \(refusal.reason)）。何も書き込んでいません。",
                    "Cannot import '\(file)': the chain of records breaks at position \(refusal.position) (\(refusal.reason)). Nothing was written.")
    }

    /// Why the export in `file` is not imported: a record of it the council's rules refuse.
    public func describe(_ refusal: HistoryCheck.Refusal, importing file: String) -> String {
        text("'\(file)' の位置 \(refusal.position) の \(refusal.type) は取り込めません: \(describe(refusal))何も書き込んでいません。",
             "Cannot import '\(file)': the \(refusal.type) at position \(refusal.position) is refused: \(describe(refusal)) Nothing was written.")
    }
}
