import Council

extension RecordingCommands {
    /// Who is who, where roles are enforced. A link is dated the day it is made: it says who could
    /// write from when, not a council fact.
    static let accounts: [CommandDeclaration] = [
        CommandDeclaration(["actor", "link"], abstract: Bilingual(ja: "OS のアカウントを協議会の記録者（委員の ID または管理者）に紐付けます。役割を確かめるストアで、管理者だけが実行できます。", en: "Link an operating-system account to a council actor, in a store that checks roles; the administrator's to run."),
                           positional: PositionalDeclaration("ACCOUNT", help: Bilingual(ja: "OS のアカウント名（例：tanaka）", en: "The operating-system account, e.g. tanaka.")),
                           fields: [FieldDeclaration("actor", value: "ID", help: Bilingual(ja: "そのアカウントで記録する人：委員の ID、または管理者の ID", en: "The council actor it records as: a seat's id, or the administrator's."), required: true)],
                           examples: ["kadai actor link tanaka --actor minami"]) { i throws(InputRefusal) in
            .linkActor(ActorLinked(actor: i.text("actor") ?? "", account: .operatingSystem(i.positional), on: i.today))
        },
        CommandDeclaration(["actor", "unlink"], abstract: Bilingual(ja: "アカウントの紐付けを解除し、記録できないようにします。管理者だけが実行できます。", en: "End an account's link, so that it can no longer record; the administrator's to run."),
                           positional: Fields.account, examples: ["kadai actor unlink tanaka"]) { i throws(InputRefusal) in
            .unlinkActor(account: .operatingSystem(i.positional), on: i.today)
        },
        CommandDeclaration(["rules", "adopt"], abstract: Bilingual(ja: "この協議会の記録に、kadai の規則の最新版（第\(CouncilRules.current)版）を採用します。以前の記録はそのまま残り、これからの記録が新しい規則で確かめられます（会議の ID の確認、振り返りの修正、会議の回数の順番など）。",
                                                                   en: "Adopt the latest edition of kadai's rules (edition \(CouncilRules.current)) for this council: earlier records stay as they are, new ones are checked by the new rules (meeting ids looked up, reviews amended explicitly, meetings numbered in order)."),
                           examples: ["kadai rules adopt"]) { i throws(InputRefusal) in
            .adoptRules(CouncilRulesAdopted(rules: CouncilRules.current, on: i.today))
        },
    ]
}
