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
}
