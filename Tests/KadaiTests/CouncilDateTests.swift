import Testing

/// Reports speak 和暦, so dates are typed that way (DESIGN §6): each form must be stored as the ISO
/// date it denotes, and a date that does not exist must be refused by name, with nothing written.
@Suite struct CouncilDateTests {
    static func council(_ label: String) throws -> CouncilStore {
        let council = try CouncilStore(label)
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2000-04-01")
        return council
    }

    @Test(arguments: [
        ("令和2年8月6日", "2020-08-06"), ("R2.8.6", "2020-08-06"), ("2020-08-06", "2020-08-06"), ("H30.4.1", "2018-04-01"),
        ("平成33年4月1日", "2021-04-01"), ("令和元年5月1日", "2019-05-01"), ("平成31年4月30日", "2019-04-30"), ("R3.3.31", "2021-03-31"),
    ])
    func aWarekiDateIsStoredAsISO(_ typed: String, _ iso: String) throws {
        let council = try Self.council("date-ok")
        let reply = try council.write("issue", "raise", "--title", "日付の確認", "--by", "soudan", "--on", typed)
        #expect(reply.id == "K-0001" && reply.events.first?.on == iso)
        #expect(try council.issue("K-0001").raisedOn == iso)
        try council.ok("issue", "plan", "K-0001", "--goal", "目標", "--action", "事務局|民生委員|冊子|\(typed)|情報", "--on", typed)
        #expect(try council.issue("K-0001").plan?.actions.first?.due == iso)
        try council.ok("meeting", "record", "soudan", "--on", typed, "--agenda", "議題", "--issue", "K-0001")
        #expect(try council.body("soudan").meetings.first?.on == iso)
    }

    @Test(arguments: [
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "2021-02-29"], ["--on", "'2021-02-29'"]),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "令和2年13月1日"], ["--on", "'令和2年13月1日'"]),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "R2.2.30"], ["--on", "'R2.2.30'"]),
        (["issue", "raise", "--title", "t", "--by", "soudan", "--on", "来週"], ["--on", "'来週'"]),
        (["meeting", "record", "soudan", "--on", "2021-02-29", "--agenda", "a"], ["--on", "'2021-02-29'"]),
        (["issue", "plan", "K-0001", "--goal", "g", "--action", "a|b|c|令和2年13月1日|"], ["--action", "'令和2年13月1日'"]),
        (["issue", "show", "K-0001", "--as-of", "2021-02-29"], ["--as-of", "'2021-02-29'"]),
        (["issue", "show", "K-0001", "--known-at", "yesterday"], ["--known-at", "'yesterday'"]),
    ])
    func aDateThatDoesNotExistIsRefusedByName(_ arguments: [String], _ mentioning: [String]) throws {
        let council = try Self.council("date-bad")
        try council.ok("issue", "raise", "--title", "既存の課題", "--by", "soudan", "--on", "2020-05-01")
        try expectCouncilRefusal(council, arguments, exit: 2, mentioning: mentioning)
    }

    /// 年度 in every written form; 令和元年度 and 平成31年度 are the same year.
    @Test(arguments: [("R2", 2020), ("令和2年度", 2020), ("FY2020", 2020), ("2020", 2020), ("令和元年度", 2019), ("平成31年度", 2019)])
    func aFiscalYearIsReadInEveryForm(_ typed: String, _ year: Int) throws {
        let council = try Self.council("fy")
        try council.ok("issue", "raise", "--title", "年度の確認", "--by", "soudan", "--on", "2019-04-01")
        try council.ok("issue", "evaluate", "K-0001", "--fy", typed, "--outcome", "成果", "--decision", "continue")
        let evaluation = try #require(try council.issue("K-0001").evaluations.first)
        #expect(evaluation.fy == year && evaluation.on == "\(year + 1)-03-31", "an evaluation without --on is dated the year's last day")
    }
}
