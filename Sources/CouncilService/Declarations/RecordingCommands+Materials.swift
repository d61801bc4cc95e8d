import Council

extension RecordingCommands {
    static let meeting = PositionalDeclaration("MEETING", help: Bilingual(ja: "会議の ID（例：soudan-2024-3。'kadai body show' で確かめられます）", en: "The meeting's id, e.g. soudan-2024-3 (see 'kadai body show')."))
    static let sha256 = FieldDeclaration("sha256", value: "HEX", help: Bilingual(ja: "添付ファイルの SHA-256（先頭8桁以上。'kadai meeting files' で確かめられます）", en: "The attached file's SHA-256, or its first eight or more hex digits (see 'kadai meeting files')."), required: true)

    /// `meeting attach`: a file for a meeting, given by its path on this machine, which only the
    /// command line reads (`CouncilService.attachMaterial`). Not among `all`: no form or applied
    /// line may name a path for the server to read.
    public static let attachMaterial = CommandDeclaration(
        ["meeting", "attach"], abstract: Bilingual(ja: "会議に議事録や資料のファイルを添付します。ファイルはログの横に SHA-256 で保管され、記録にはその SHA-256 と大きさが残ります。", en: "Attach minutes (議事録) or a material (資料) to a meeting: the file is kept beside the log under its SHA-256, which the record holds with its size."),
        positional: meeting,
        fields: [FieldDeclaration("title", value: "TEXT", help: Bilingual(ja: "表題（例：第3回相談支援部会 議事録）", en: "Its title, e.g. 第3回相談支援部会 議事録."), required: true),
                 FieldDeclaration("kind", value: "KIND", help: Bilingual(ja: "種類：minutes（議事録）または material（資料）", en: "minutes (議事録) or material (資料)."), required: true, words: MaterialKind.self),
                 FieldDeclaration("public", help: Bilingual(ja: "公開する（kadai site で会議と一緒にサイトに載せる）。省略時は非公開", en: "Publish it with the meeting on the site ('kadai site'); not public unless given.")),
                 FieldDeclaration("issue", value: "ID", help: Bilingual(ja: "関係する地域課題の ID（省略時はその会議で取り上げた課題）", en: "An issue it concerns (default: the issues the meeting took up)."), repeatable: true),
                 Fields.on],
        examples: ["kadai meeting attach soudan-2024-3 ./第3回議事録.pdf --title '第3回相談支援部会 議事録' --kind minutes --public"]) { i throws(InputRefusal) in
        // The file's name, size and SHA-256 are the service's to fill in once the file is kept.
        .attachMaterial(MaterialAttached(body: "", meeting: i.positional, kind: try i.requiredWord("kind", MaterialKind.self), title: i.text("title") ?? "",
                                         file: "", mediaType: "", size: 0, sha256: "", isPublic: i.flag("public"), issues: i.texts("issue"),
                                         on: try i.date("on")))
    }

    /// Making an attached file public, or withdrawing it from publication.
    static let materials: [CommandDeclaration] = [
        CommandDeclaration(["meeting", "publish"], abstract: Bilingual(ja: "会議の添付ファイルを公開にします（kadai site でサイトに載ります）。", en: "Make a meeting's attached file public (published by 'kadai site')."),
                           positional: meeting, fields: [sha256, Fields.reason, Fields.on],
                           examples: ["kadai meeting publish soudan-2024-3 --sha256 3fa40c9e"]) { i throws(InputRefusal) in
            .setMaterialPublication(MaterialPublicationChanged(body: "", meeting: i.positional, sha256: i.text("sha256") ?? "", isPublic: true,
                                                               reason: i.text("reason"), on: try i.date("on")))
        },
        CommandDeclaration(["meeting", "withdraw"], abstract: Bilingual(ja: "会議の添付ファイルを非公開に戻します（次の kadai site からサイトに載りません）。", en: "Withdraw a meeting's attached file from publication (the next 'kadai site' leaves it out)."),
                           positional: meeting, fields: [sha256, Fields.reason, Fields.on],
                           examples: ["kadai meeting withdraw soudan-2024-3 --sha256 3fa40c9e --reason '個人名が含まれていた'"]) { i throws(InputRefusal) in
            .setMaterialPublication(MaterialPublicationChanged(body: "", meeting: i.positional, sha256: i.text("sha256") ?? "", isPublic: false,
                                                               reason: i.text("reason"), on: try i.date("on")))
        },
    ]
}
