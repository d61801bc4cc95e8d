import Testing

/// A meeting body's life — 設置, 名称変更, 休止, 再開, 終了 with a successor — through the built
/// `kadai`: `body show --json` follows every step, and meetings are refused while the body cannot
/// meet, with nothing written.
@Suite struct CouncilBodyLifeTests {
    @Test func aBodyGoesThroughItsWholeLife() throws {
        let council = try CouncilStore("body-life")
        try council.ok("body", "establish", "chiiki", "--name", "地域生活移行部会", "--kind", "subcommittee", "--on", "H29.4.1")
        try council.ok("body", "establish", "sumai-wg", "--name", "住まいWG", "--kind", "ワーキング", "--parent", "chiiki", "--on", "2018-04-01")
        var wg = try council.body("sumai-wg")
        #expect(wg.status == "active" && wg.kind == "workingGroup" && wg.parent == "chiiki" && wg.establishedOn == "2018-04-01")
        #expect(wg.name == "住まいWG" && wg.renames.isEmpty && wg.pauses.isEmpty && wg.dissolvedOn == nil)
        #expect(try council.body("chiiki").establishedOn == "2017-04-01")

        // 名称変更 (the H30 rename in Nagaoka).
        try council.ok("body", "rename", "chiiki", "--name", "どこでだれと暮らしたいか部会", "--on", "H30.4.1")
        let renamed = try council.body("chiiki")
        #expect(renamed.name == "どこでだれと暮らしたいか部会" && renamed.status == "active")
        #expect(renamed.renames.count == 1 && renamed.renames[0].from == "地域生活移行部会" && renamed.renames[0].to == "どこでだれと暮らしたいか部会"
                && renamed.renames[0].on == "2018-04-01")

        // 休止: a meeting while paused is refused and writes nothing.
        try council.ok("body", "pause", "sumai-wg", "--reason", "コロナ禍", "--on", "2020-04-01")
        wg = try council.body("sumai-wg")
        #expect(wg.status == "paused" && wg.pauses.count == 1 && wg.pauses[0].from == "2020-04-01" && wg.pauses[0].until == nil)
        try expectCouncilRefusal(council, ["meeting", "record", "sumai-wg", "--on", "2020-06-01", "--agenda", "近況"], exit: 1,
                                 mentioning: ["'sumai-wg' is paused since 2020-04-01", "2020-06-01", "kadai body resume sumai-wg"])

        // 再開, then a meeting.
        try council.ok("body", "resume", "sumai-wg", "--on", "2020-10-01")
        wg = try council.body("sumai-wg")
        #expect(wg.status == "active" && wg.pauses.count == 1 && wg.pauses[0].until == "2020-10-01")
        let recorded = try council.ok("meeting", "record", "sumai-wg", "--on", "2020-10-15", "--format", "online", "--agenda", "グループホームの見学")
        #expect(recorded.stdoutLines.first == "sumai-wg-2020-1", "the id an activity names the meeting by, alone on the first line: \(recorded)")
        #expect(try council.ok("body", "show", "sumai-wg").stdout.contains("[sumai-wg-2020-1]"))
        wg = try council.body("sumai-wg")
        #expect(wg.meetings.count == 1 && wg.meetings[0].number == 1 && wg.meetings[0].format == "online"
                && wg.meetings[0].agenda == ["グループホームの見学"])

        // 終了 with a successor; a meeting after it is refused, one entered late before it is not.
        try council.ok("body", "establish", "kyoju-wg", "--name", "居住支援WG", "--kind", "workingGroup", "--parent", "chiiki", "--on", "2021-04-01")
        try council.ok("body", "dissolve", "sumai-wg", "--successor", "kyoju-wg", "--reason", "再編", "--on", "2021-03-31")
        wg = try council.body("sumai-wg")
        #expect(wg.status == "dissolved" && wg.dissolvedOn == "2021-03-31" && wg.successor == "kyoju-wg")
        try expectCouncilRefusal(council, ["meeting", "record", "sumai-wg", "--on", "2021-04-20", "--agenda", "引き継ぎ"], exit: 1,
                                 mentioning: ["'sumai-wg' was dissolved on 2021-03-31", "2021-04-20"])
        try council.ok("meeting", "record", "sumai-wg", "--on", "2021-03-10", "--agenda", "振り返り")
        #expect(try council.body("sumai-wg").meetings.map(\.number) == [1, 2])

        let list = try council.ok("body", "list", "--json").decode(BodyList.self)
        #expect(list.bodies == [
            .init(id: "chiiki", name: "どこでだれと暮らしたいか部会", kind: "subcommittee", status: "active", parent: nil),
            .init(id: "sumai-wg", name: "住まいWG", kind: "workingGroup", status: "dissolved", parent: "chiiki"),
            .init(id: "kyoju-wg", name: "居住支援WG", kind: "workingGroup", status: "active", parent: "chiiki"),
        ])

        // The body as it stood on earlier dates.
        #expect(try council.body("sumai-wg", "--as-of", "2020-05-01").status == "paused")
        #expect(try council.body("chiiki", "--as-of", "2018-03-31").name == "地域生活移行部会")
        let before = try council.ok("body", "list", "--json", "--as-of", "2020-12-31").decode(BodyList.self)
        #expect(before.bodies.map(\.id) == ["chiiki", "sumai-wg"] && before.bodies[1].status == "active")
    }

    @Test func bodyShowPutsAMeetingsAgendaOfSentencesOnOneLine() throws {
        let council = try CouncilStore("body-agenda")
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        try council.ok("meeting", "record", "soudan", "--on", "2020-10-20", "--agenda", "活動方針を確認した。", "--agenda", "素案について意見を聴いた。")
        #expect(try council.ok("body", "show", "soudan").stdout.contains("No. 1 2020-10-20 in person: 活動方針を確認した, 素案について意見を聴いた。 [soudan-2020-1]\n"))
    }

    @Test func membersSitOnABodyUntilTheyRetire() throws {
        let council = try CouncilStore("body-members")
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        try council.ok("member", "appoint", "soudan", "--member", "hokenjo", "--affiliation", "長岡保健所", "--category", "保健所",
                       "--role", "chair", "--on", "2019-04-01")
        try council.ok("member", "appoint", "soudan", "--member", "oyanokai", "--affiliation", "手をつなぐ親の会",
                       "--category", "障害当事者・家族・関係団体", "--party-concerned", "--on", "2019-04-01")
        var members = try council.body("soudan").members
        #expect(members.map(\.member) == ["hokenjo", "oyanokai"])
        #expect(members[0].role == "chair" && !members[0].partyConcerned && members[1].role == "member" && members[1].partyConcerned)
        try council.ok("member", "retire", "soudan", "--member", "hokenjo", "--on", "2021-03-31")
        members = try council.body("soudan").members
        #expect(members.map(\.member) == ["oyanokai"])
        try expectCouncilRefusal(council, ["member", "retire", "soudan", "--member", "hokenj"], exit: 1, mentioning: ["'hokenj'"])
    }
}
