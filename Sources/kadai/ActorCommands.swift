import Council
import CouncilService
import JSON

/// `kadai actor list`: which account records as which actor, and who the account running it is.
/// Linking and unlinking are recording commands (`actor link`, `actor unlink`, through `RecordCommand`).
enum ActorCommands {
    static func list(_ c: Context) throws -> Int32 {
        let state = try c.openService().accountLinks()
        let me = OperatingSystemAccount.current()
        let links = state.links
        if c.json {
            c.printJSON(["enforcesRoles": .bool(state.enforcesRoles), "admin": state.admin.map { .string($0) } ?? .null,
                         "links": .array(links.map { .object(["account": .string($0.account.name), "kind": .string($0.account.kind.rawValue), "actor": .string($0.actor)]) }),
                         "account": me.map { .string($0.name) } ?? .null, "actor": state.actor(of: me).map { .string($0) } ?? .null])
            return 0
        }
        guard state.enforcesRoles else {
            c.say(c.text("このストアは役割を確かめません。記録する人は --as（または KADAI_ACTOR）で指定します。",
                         "This store does not check roles: the actor is named with --as (or KADAI_ACTOR)."))
            return 0
        }
        for (account, actor) in links {
            let admin = actor == state.admin ? c.text("（管理者）", " (administrator)") : ""
            c.say("\(account.name)\t→ \(actor)\(admin)")
        }
        if let me, let actor = state.actor(of: me) {
            c.say(c.text("このアカウント '\(me.name)' は '\(actor)' として記録します。", "This account, '\(me.name)', records as '\(actor)'."))
        } else {
            c.say(c.text("このアカウント '\(me?.name ?? "uid \(OperatingSystemAccount.userId)")' は紐付けられていないため、記録できません。",
                         "This account, '\(me?.name ?? "uid \(OperatingSystemAccount.userId)")', is linked to no actor and cannot record."))
        }
        return 0
    }
}
