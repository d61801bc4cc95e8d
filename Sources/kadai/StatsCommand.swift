import CouncilService
import EventStore
import JSON
import Projections

/// `kadai stats`: what the store holds and the state of its caches.
enum StatsCommand {
    static func run(_ c: Context) throws -> Int32 {
        let store = try c.openService().stats()
        let use = store.snapshot, bytes = store.bytes
        let m = c.messages
        if c.json {
            var indexObject: JSONObject = ["savedCovers": .int(Int64(store.savedIndexCovers))]
            switch store.index {
            case .loaded(let head): indexObject["state"] = "loaded"; indexObject["loadedCovered"] = .int(Int64(head))
            case .rebuilt(let reason): indexObject["state"] = "rebuilt"; indexObject["reason"] = .string(reason)
            }
            var snapshotObject: JSONObject = ["directory": .string(store.snapshotDirectory)]
            switch use {
            case .used(let position, let folded):
                snapshotObject["state"] = "used"; snapshotObject["position"] = .int(Int64(position)); snapshotObject["folded"] = .int(Int64(folded))
            case .rebuilt(let reason, let folded):
                snapshotObject["state"] = "rebuilt"; snapshotObject["reason"] = .string(reason); snapshotObject["folded"] = .int(Int64(folded))
            }
            var tailObject: JSONObject = ["state": "clean"]
            if case .unfinished(let path, _, let n, let after, _) = store.tail {
                tailObject = ["state": "unfinished", "path": .string(path), "bytes": .int(Int64(n)), "afterPosition": .int(Int64(after))]
            }
            c.printJSON([
                "store": .string(c.storePath), "storeId": .string(store.storeId),
                "formatVersion": .int(Int64(store.formatVersion)),
                "events": .int(Int64(store.headPosition)), "streams": .int(Int64(store.streams)),
                "segments": .int(Int64(store.segments)), "bytes": .int(Int64(bytes)),
                "headPosition": .int(Int64(store.headPosition)), "headHash": .string(store.headHash.hex),
                "index": .object(indexObject), "snapshot": .object(snapshotObject), "tail": .object(tailObject),
                "verification": .object(["walkedSegments": .int(Int64(store.walkedSegments))]),
                "eventsByType": .object(JSONObject(store.eventsByType.sorted { $0.key < $1.key }.map { ($0.key, .int(Int64($0.value))) })),
            ])
        } else {
            c.say("\(m.store): \(c.storePath)")
            c.say("\(m.events): \(store.headPosition)")
            c.say("\(m.streams): \(store.streams)")
            c.say("\(m.segments): \(store.segments)")
            c.say("\(m.bytes): \(bytes)")
            c.say("\(m.headPosition): \(store.headPosition)")
            c.say("\(m.headHash): \(store.headHash.hex)")
            c.say("\(m.index): \(m.indexState(store.index, savedCovers: store.savedIndexCovers))")
            c.say("\(m.snapshot): \(snapshotText(use, m))")
            c.say(m.text("検証: 前回の検証後に変わった \(store.walkedSegments) セグメントのハッシュを計算し直しました（ほかは検証記録のとおり）",
                         "Verification: \(store.walkedSegments) segments changed since last verified were hashed again (the rest as the verification record says)"))
            c.say("\(m.unfinishedTail): \(m.tail(store.tail))")
        }
        return 0
    }

    static func snapshotText(_ use: SnapshotUse, _ m: Messages) -> String {
        switch use {
        case .used(let position, let folded):
            return m.text("位置 \(position) のスナップショットを使用し、その後の \(folded) 件を反映", "the snapshot at position \(position) was used, with \(folded) later events applied")
        case .rebuilt(let reason, let folded):
            return m.text("作り直しました（\(reason)、\(folded) 件から）", "rebuilt (\(reason)) from \(folded) events")
        }
    }
}

/// `kadai rebuild`: throws away the caches and builds them again from the log.
enum RebuildCommand {
    static func run(_ c: Context) throws -> Int32 {
        let (service, use) = try CouncilService.rebuild(at: c.storePath, snapshots: c.snapshotDirectory)
        let head = service.head
        let streams = service.streamCount
        if c.json {
            c.printJSON(["events": .int(Int64(head.position)), "streams": .int(Int64(streams)),
                         "headPosition": .int(Int64(head.position)), "headHash": .string(head.hash)])
        } else {
            c.say(c.text("索引とスナップショットをログから作り直しました: \(head.position) 件、\(streams) ストリーム。",
                         "Rebuilt the index and snapshots from the log: \(head.position) events in \(streams) streams."))
            c.say("\(c.messages.snapshot): \(StatsCommand.snapshotText(use, c.messages))")
        }
        return 0
    }
}
