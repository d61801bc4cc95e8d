import Arguments
import CouncilService
import EventStore
import Hashing
import JSON

/// `kadai audit verify|anchor|log`: what a steering meeting uses to trust the history.
enum AuditCommands {
    static func verify(_ c: Context) throws -> Int32 {
        var anchor: (position: UInt64, hash: SHA256Digest)?
        if let text = c.command.value("anchor") { anchor = try parseAnchor(text) }
        let report = try CouncilService.verify(storeAt: c.storePath, anchor: anchor)
        // The attached files are checked against a sound log only: an unsound one's records are not to be trusted.
        let materials = report.isSound ? try CouncilService.checkMaterials(storeAt: c.storePath) : nil
        var problemPosition: UInt64?
        var problemText: String?
        if let problem = report.problem {
            if case .damaged(let path, let position, let offset, let reason) = problem {
                problemPosition = position
                problemText = c.text("位置 \(position) の記録が正しくありません（'\(path)'、\(offset) バイト目）: \(reason)。ログには何も変更を加えていません。このセグメントをバックアップから戻し、もう一度確認してください。",
                                     "the record at position \(position) is not sound ('\(path)', byte \(offset)): \(reason). Nothing was changed; restore this segment from a backup and verify again.")
            } else {
                problemText = c.messages.describe(problem)
            }
        }
        if c.json {
            var o: JSONObject = ["sound": .bool(report.isSound), "events": .int(Int64(report.records)),
                                 "streams": .int(Int64(report.streams)), "segments": .int(Int64(report.segments)),
                                 "headPosition": .int(Int64(report.records)), "headHash": .string(report.headHash.hex)]
            if let problemPosition { o["badPosition"] = .int(Int64(problemPosition)) }
            if let problemText { o["problem"] = .string(problemText) }
            if let anchorText = report.anchorProblem { o["anchorProblem"] = .string(anchorText) }
            if case .unfinished = report.tail { o["unfinishedWrite"] = .string(c.messages.tail(report.tail)) }
            if let materials {
                o["files"] = .int(Int64(materials.checked))
                if !materials.isSound { o["sound"] = .bool(false) }
                o["fileProblems"] = .array(materials.problems.map { .string(MaterialCheckText.line($0, c)) })
            }
            c.printJSON(o)
        } else {
            if let problemText {
                c.say(c.text("ログに問題があります: ", "The log is not sound: ") + problemText)
            } else {
                c.say(c.text("ログは健全です: \(report.records) 件のイベント、\(report.streams) ストリーム、\(report.segments) セグメント。すべてのハッシュが連鎖しています。",
                             "The log is sound: \(plural(report.records, "event")) in \(plural(report.streams, "stream")) and \(plural(report.segments, "segment")); every hash links up."))
                c.say("\(c.messages.headPosition): \(report.records)  \(c.messages.headHash): \(report.headHash.hex)")
            }
            if let anchorText = report.anchorProblem {
                c.say(c.text("アンカーが一致しません: \(anchorText)", "The anchor does not hold: \(anchorText)"))
            } else if let anchor {
                c.say(c.text("アンカー \(anchor.position):\(anchor.hash.hex) は一致しました。その位置までの記録は書き換えられていません。",
                             "The anchor \(anchor.position):\(anchor.hash.hex) holds: history up to that position was not rewritten."))
            }
            if case .unfinished = report.tail {
                c.say("\(c.messages.unfinishedTail): \(c.messages.tail(report.tail))")
            }
            if let materials { MaterialCheckText.say(materials, c) }
        }
        return report.isSound && materials?.isSound != false ? 0 : 1
    }

    static func plural(_ n: some BinaryInteger, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func parseAnchor(_ text: String) throws(CommandError) -> (position: UInt64, hash: SHA256Digest) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let position = UInt64(parts[0]), position >= 1, let hash = SHA256Digest(hex: parts[1]) else {
            throw CommandError(ja: "アンカー '\(text)' は「位置:ハッシュ」（例 120:3fa4…、ハッシュは16進数64桁）の形ではありません。'kadai audit anchor' の出力を写してください。",
                               en: "The anchor '\(text)' is not POSITION:HASH (e.g. 120:3fa4…, a hash of 64 hex digits). Copy it from 'kadai audit anchor'.")
        }
        return (position, hash)
    }

    static func anchor(_ c: Context) throws -> Int32 {
        let head = try c.openService().anchor()
        if c.json {
            c.printJSON(["headPosition": .int(Int64(head.position)), "headHash": .string(head.hash.hex)])
        } else {
            c.say("\(head.position):\(head.hash.hex)")
            c.say(c.text("（議事録に書き写してください。後で 'kadai audit verify --anchor \(head.position):\(head.hash.hex)' で、この位置までの記録が書き換えられていないことを確かめられます。）",
                         "(Write it into the minutes. Later, 'kadai audit verify --anchor \(head.position):\(head.hash.hex)' proves history up to here was not rewritten.)"))
        }
        return 0
    }

    static func log(_ c: Context) throws -> Int32 {
        let span = try DateInput.span(c)
        let limit = try c.number("limit") ?? 50
        let from = UInt64(try c.number("from") ?? 1)
        let filter = AuditLogFilter(since: span.lowerBound, until: span.upperBound, actor: c.command.value("actor"),
                                    stream: c.command.value("stream"), from: from, limit: limit)
        let found = try c.openService().auditLog(filter)
        let page = found.records, next = found.next
        if c.json {
            let rows: [JSONValue] = page.map { e in
                .object(["position": .int(Int64(e.position)), "recordedAt": .string(e.recordedAt.description),
                         "occurredAt": .string(e.occurredAt.description), "actor": .string(e.actor),
                         "stream": .string(e.stream), "version": .int(Int64(e.version)), "type": .string(e.type),
                         "hash": .string(e.hash.hex)])
            }
            c.printJSON(["events": .array(rows), "next": next.map { .int(Int64($0)) } ?? .null])
        } else {
            c.say(c.text("位置\t記録日時(UTC)\t記録者\tストリーム@版\t種類", "position\trecorded (UTC)\tactor\tstream@version\ttype"))
            for e in page { c.say("\(e.position)\t\(e.recordedAt)\t\(e.actor)\t\(e.stream)@\(e.version)\t\(e.type)") }
            if page.isEmpty { c.say(c.text("（該当する記録はありません）", "(no matching events)")) }
            if let next {
                c.say(c.text("続き: kadai audit log --from \(next)（同じ条件を付けてください）", "More: kadai audit log --from \(next) (with the same filters)"))
            }
        }
        return 0
    }
}
