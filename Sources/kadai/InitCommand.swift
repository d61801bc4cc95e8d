import Council
import CouncilService
import EventStore
import JSON
import Projections

/// `kadai init --council NAME [--on DATE]`: creates the store and records the council's first event.
/// With `--enforce-roles --admin ID` the operating-system account running it is linked to the
/// administrator in the same batch, and both records carry the administrator as their actor.
enum InitCommand {
    static func run(_ c: Context) throws -> Int32 {
        let name = c.command.value("council") ?? ""
        let trimmed = name.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.count <= 100, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw CommandError(ja: "--council の協議会名 '\(name)' は使えません。1〜100文字で、改行などの制御文字を含めずに書いてください。",
                               en: "The council name '\(name)' given to --council cannot be used. Give 1 to 100 characters without line breaks or control characters.")
        }
        let segmentBytes = try c.number("segment-bytes") ?? StoreManifest.defaultSegmentBytes
        guard segmentBytes >= 1024, segmentBytes <= 1 << 30 else {
            throw CommandError(ja: "--segment-bytes は 1024 以上 1073741824 以下にしてください（'\(segmentBytes)'）。",
                               en: "--segment-bytes must lie between 1024 and 1073741824, not \(segmentBytes).")
        }
        let on = try c.command.value("on").map { try CommandBuilder.date($0, option: "on") } ?? .todayInJapan
        let enforce = c.command.flag("enforce-roles")
        let admin = c.command.value("admin")
        if admin != nil && !enforce {
            throw CommandError(ja: "--admin は --enforce-roles と一緒に指定してください（役割を確かめるストアの管理者です）。",
                               en: "--admin goes with --enforce-roles: it names the administrator of a store that checks roles.")
        }
        if enforce, let admin, let named = c.namedActor, named != admin {
            throw CommandError(ja: "役割を確かめるストアを作るときは、管理者 '\(admin)' として記録します。--as（または KADAI_ACTOR）の '\(named)' を外すか、--as \(admin) にしてください。",
                               en: "A store that checks roles is created by its administrator '\(admin)'. Leave out --as (or KADAI_ACTOR) '\(named)', or give --as \(admin).")
        }
        let (service, recorded) = try CouncilService.create(at: c.storePath, council: CouncilInitialised(name: trimmed, enforceRoles: enforce, admin: admin, on: on),
                                                            caller: c.caller, segmentBytes: segmentBytes)
        let head = service.head
        c.finishWriting(service)
        let linked = recorded.events.compactMap { event -> ActorLinked? in if case .actorLinked(let e) = event { e } else { nil } }.first
        if c.json {
            var o: JSONObject = ["store": .string(c.storePath), "council": .string(trimmed), "storeId": .string(head.storeId),
                                 "headPosition": .int(Int64(head.position)), "headHash": .string(head.hash)]
            if let linked { o["admin"] = .string(linked.actor); o["account"] = .string(linked.account.name) }
            c.printJSON(o)
        } else {
            c.say(c.text("「\(trimmed)」のストアを '\(c.storePath)' に作成しました（位置 \(head.position)）。",
                         "Created the store of '\(trimmed)' at '\(c.storePath)' (position \(head.position))."))
            if let linked {
                c.say(c.text("このストアは役割を確かめます。OS のアカウント '\(linked.account.name)' が管理者 '\(linked.actor)' として記録します。ほかの人のアカウントは 'kadai actor link アカウント --actor 委員ID' で紐付けてください。",
                             "This store checks roles: the operating-system account '\(linked.account.name)' records as the administrator '\(linked.actor)'. Link the others' accounts with 'kadai actor link ACCOUNT --actor SEAT-ID'."))
            }
        }
        return 0
    }
}
