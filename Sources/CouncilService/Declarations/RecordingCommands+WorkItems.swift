import Calendar
import Council

extension RecordingCommands {
    /// A body's work item tables (事業項目, Kodama): the items of a 年度 in the table's order, the
    /// numbered entries of each column, the 時点, and the items carried into the next 年度. Every
    /// command names the table by its 年度 (`--fy R5` for 「令和5年度活動報告及び令和6年度活動計画」,
    /// whose plan column is for 令和6年度).
    static let workItems: [CommandDeclaration] = [
        CommandDeclaration(["work", "item"], abstract: Bilingual(ja: "会議体の年度の事業項目を記録します（表の行。番号は表の順）。", en: "Record a work item (事業項目) of a body's 年度: a row of its table, numbered in the table's order."),
                           positional: Fields.bodyOf,
                           fields: [WorkFields.fy, FieldDeclaration("number", value: "N", help: Bilingual(ja: "事業項目の番号（表の上からの順。例 1）", en: "The item's number: its place in the table, from the top (e.g. 1)."), required: true),
                                    FieldDeclaration("title", value: "TEXT", help: Bilingual(ja: "事業項目の名称（例：地域の障害福祉の資源の把握）", en: "The item, e.g. 地域の障害福祉の資源の把握."), required: true),
                                    WorkFields.amend],
                           examples: ["kadai work item unei --fy R5 --number 1 --title 地域の障害福祉の資源の把握"]) { i throws(InputRefusal) in
            let year = try i.requiredYear("fy")
            return .setWorkItem(WorkItemSet(body: i.positional, fiscalYear: year, number: try i.number("number") ?? 0, title: i.text("title") ?? "",
                                            amends: i.flag("amend"), on: i.workDay(year)))
        },
        CommandDeclaration(["work", "progress"], abstract: Bilingual(ja: "事業項目の取組状況を番号付きで記録します。日付（日・月・年度）を付けても付けなくても構いません。", en: "Record a numbered progress entry (取組状況) of a work item, dated to the day, month or 年度, or undated."),
                           positional: Fields.bodyOf,
                           fields: [WorkFields.fy, WorkFields.item, WorkFields.number, WorkFields.text,
                                    FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "実施した日（R5.9.21）、月（令和6年1月、R6.1）または年度。複数回なら繰り返し指定。省略時は日付なし", en: "When it was done: a day (R5.9.21), a month (令和6年1月, R6.1) or a 年度; repeat it for several. Left out: undated."), repeatable: true),
                                    WorkFields.amend],
                           examples: ["kadai work progress unei --fy R5 --item 3 --on R5.9.21 --on R5.12.19 --text '放課後等デイサービス事業所連絡会議を開催した。'"]) { i throws(InputRefusal) in
            let year = try i.requiredYear("fy")
            return .recordWorkEntry(WorkEntryRecorded(body: i.positional, fiscalYear: year, item: try i.number("item") ?? 0, column: .progress,
                                                      number: try i.number("number") ?? 0, text: i.text("text") ?? "", dates: try i.partialDates("on"),
                                                      amends: try i.amendingNumbered(), on: i.workDay(year)))
        },
        CommandDeclaration(["work", "result"], abstract: Bilingual(ja: "事業項目の結果及び評価を番号付きで記録します。", en: "Record a numbered result and evaluation (結果及び評価) of a work item."),
                           positional: Fields.bodyOf,
                           fields: [WorkFields.fy, WorkFields.item, WorkFields.number, WorkFields.text, WorkFields.amend],
                           examples: ["kadai work result unei --fy R5 --item 1 --text '利用者及び関係事業者の支援につながった。'"]) { i throws(InputRefusal) in
            let year = try i.requiredYear("fy")
            return .recordWorkEntry(WorkEntryRecorded(body: i.positional, fiscalYear: year, item: try i.number("item") ?? 0, column: .result,
                                                      number: try i.number("number") ?? 0, text: i.text("text") ?? "",
                                                      amends: try i.amendingNumbered(), on: i.workDay(year)))
        },
        CommandDeclaration(["work", "plan"], abstract: Bilingual(ja: "事業項目の次年度の計画を番号付きで記録します。--new を付けると【新規計画内容】（○見出しと→の内容）になります。", en: "Record a numbered entry of a work item's plan for the next 年度; with --new, new plan content (【新規計画内容】: a ○ heading and its → text)."),
                           positional: Fields.bodyOf,
                           fields: [WorkFields.fy, WorkFields.item, WorkFields.number, WorkFields.text,
                                    FieldDeclaration("new", value: "HEADING", help: Bilingual(ja: "【新規計画内容】の○見出し（例：移動手段についての整理）。内容（--text）は→の後に出ます", en: "New plan content: its ○ heading (e.g. 移動手段についての整理); the text follows →.")),
                                    WorkFields.amend],
                           examples: ["kadai work plan unei --fy R5 --item 1 --text '年１回の情報更新を継続する。'",
                                      "kadai work plan unei --fy R5 --item 2 --new 移動手段についての整理 --text '利用要件を整理する。'"]) { i throws(InputRefusal) in
            let year = try i.requiredYear("fy")
            return .recordWorkEntry(WorkEntryRecorded(body: i.positional, fiscalYear: year, item: try i.number("item") ?? 0, column: .plan,
                                                      number: try i.number("number") ?? 0, text: i.text("text") ?? "", heading: i.text("new"),
                                                      amends: try i.amendingNumbered(), on: i.workDay(year)))
        },
        CommandDeclaration(["work", "as-of"], abstract: Bilingual(ja: "事業項目の表の取組状況がいつ時点（日・月・年度）のものかを記録します（例：令和6年3月末時点）。", en: "Record the day, month or 年度 a body's work item table is drawn up as of (時点, e.g. 令和6年3月末)."),
                           positional: Fields.bodyOf,
                           fields: [WorkFields.fy, FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "時点：日（R6.3.31）、月（令和6年3月 なら「令和6年3月末時点」）または年度", en: "The day (R6.3.31), the month (令和6年3月: printed 令和6年3月末時点) or the 年度."), required: true),
                                    WorkFields.amend],
                           examples: ["kadai work as-of unei --fy R5 --on 令和6年3月"]) { i throws(InputRefusal) in
            let year = try i.requiredYear("fy")
            return .dateWorkTable(WorkTableDated(body: i.positional, fiscalYear: year, asOf: try i.partialDate("on"), amends: i.flag("amend"), on: i.workDay(year)))
        },
        CommandDeclaration(["work", "carry-over"], abstract: Bilingual(ja: "事業項目を次の年度に引き継ぎます（同じ番号・名称。次年度にすでにある番号はそのまま）。", en: "Carry a body's work items into the next 年度, with their numbers and titles (numbers the next year has already stay as they are)."),
                           positional: Fields.bodyOf,
                           fields: [FieldDeclaration("from", value: "FY", help: Bilingual(ja: "引き継ぐ元の年度（例 R5 なら令和6年度へ）", en: "The 年度 carried from (R5 carries into 令和6年度)."), required: true),
                                    FieldDeclaration("on", value: "DATE", help: Bilingual(ja: "記録する日（省略時は今日。ただし引き継ぐ先の年度の初日より後なら初日）", en: "When (default today, or the first day of the year carried into if that is earlier)."))],
                           examples: ["kadai work carry-over unei --from R5"]) { i throws(InputRefusal) in
            let from = try i.requiredYear("from")
            let on = i.text("on") != nil ? try i.date("on") : min(i.today, from.next.firstDay)
            return .carryOverWorkItems(body: i.positional, from: from, on: on)
        },
    ]
}

/// Fields the work item commands share.
enum WorkFields {
    static let fy = FieldDeclaration("fy", value: "FY", help: Bilingual(ja: "表の年度（「令和5年度活動報告及び令和6年度活動計画」なら R5。計画もこの年度の表に記録）", en: "The table's 年度 (R5 for 令和5年度活動報告及び令和6年度活動計画; its plan for the next year is recorded in it too)."), required: true)
    static let item = FieldDeclaration("item", value: "N", help: Bilingual(ja: "事業項目の番号（kadai work item で記録したもの）", en: "The work item's number (from kadai work item)."), required: true)
    static let number = FieldDeclaration("number", value: "N", help: Bilingual(ja: "番号（１．２．…。省略時は次の番号）", en: "Its number (１．２．…; default the next)."))
    static let text = FieldDeclaration("text", value: "TEXT", help: Bilingual(ja: "内容（改行も可）", en: "What it says (line breaks allowed)."), required: true)
    static let amend = FieldDeclaration("amend", help: Bilingual(ja: "すでに記録したものを書き直す（修正）。前の内容も記録に残ります", en: "This amends the one already recorded; the earlier stays in the record."))
}

extension CommandInput {
    /// Every date given, each a day, a month or a 年度.
    func partialDates(_ field: String) throws(InputRefusal) -> [PartialDate] {
        var out: [PartialDate] = []
        for text in texts(field) {
            do { out.append(try PartialDateParser.parse(text)) } catch { throw Self.refusal(error, field: field) }
        }
        return out
    }

    /// A table's record belongs to its 年度: dated the year's last day, or today while it runs.
    func workDay(_ year: FiscalYear) -> CalendarDate { min(today, year.lastDay) }

    /// `--amend` names the entry it replaces.
    func amendingNumbered() throws(InputRefusal) -> Bool {
        guard flag("amend") else { return false }
        guard text("number") != nil else {
            throw InputRefusal(field: "number") { japanese, name in
                japanese ? "修正（--amend）するときは、書き直す記録の番号（\(name)）を指定してください。" : "To amend, give the number of the entry it replaces (\(name))."
            }
        }
        return true
    }
}
