import Testing

/// `issue list` is how a steering meeting finds its work: each filter (--open, --phase, --body, --fy)
/// and their combination must keep exactly the issues it names, in the order they were raised.
@Suite struct CouncilIssueListTests {
    /// K-0001 soudan, raised R1, planned in R2, closed in R3; K-0002 soudan, raised R2, analysing;
    /// K-0003 shuro, raised R2, raised only; K-0004 shuro, raised R3, closed the same year.
    static func council() throws -> CouncilStore {
        let council = try CouncilStore("issue-list")
        let lines = [
            #"{"command":"body establish","id":"soudan","name":"相談支援部会","kind":"subcommittee","on":"2019-04-01"}"#,
            #"{"command":"body establish","id":"shuro","name":"就労支援部会","kind":"部会","on":"2019-04-01"}"#,
            #"{"command":"issue raise","title":"相談先が分からない","by":"soudan","on":"2020-02-01"}"#,
            #"{"command":"issue plan","id":"K-0001","goal":"相談先が明確","action":["事務局|民生委員|冊子||情報"],"on":"2020-06-01"}"#,
            #"{"command":"issue close","id":"K-0001","reason":"resolved","on":"2021-05-01"}"#,
            #"{"command":"issue raise","title":"移動手段がない","by":"soudan","on":"2020-07-01"}"#,
            #"{"command":"issue analyze","id":"K-0002","factor":["公共交通"],"on":"2020-08-01"}"#,
            #"{"command":"issue raise","title":"就労先が少ない","by":"shuro","on":"2020-09-01"}"#,
            #"{"command":"issue raise","title":"職場定着","by":"shuro","on":"2021-04-10"}"#,
            #"{"command":"issue close","id":"K-0004","reason":"individualSupport","on":"2021-06-01"}"#,
        ]
        try council.ok("apply", try council.file("setup.jsonl", lines.joined(separator: "\n")))
        return council
    }

    @Test(arguments: [
        ([], ["K-0001", "K-0002", "K-0003", "K-0004"]),
        (["--open"], ["K-0002", "K-0003"]),
        (["--phase", "closed"], ["K-0001", "K-0004"]),
        (["--phase", "analysing"], ["K-0002"]),
        (["--phase", "raised"], ["K-0003"]),
        (["--phase", "planned"], []),
        (["--body", "soudan"], ["K-0001", "K-0002"]),
        (["--body", "shuro", "--open"], ["K-0003"]),
        (["--fy", "2019"], ["K-0001"]),
        (["--fy", "R2"], ["K-0001", "K-0002", "K-0003"]),
        (["--fy", "令和3年度"], ["K-0001", "K-0004"]),
        (["--fy", "FY2021", "--body", "shuro"], ["K-0004"]),
        (["--fy", "R2", "--open", "--body", "soudan"], ["K-0002"]),
        (["--closed"], ["K-0001", "K-0004"]),
        (["--closed", "--body", "shuro"], ["K-0004"]),
        (["--phase", "closed", "--as-of", "2021-05-15"], ["K-0001"]),
    ])
    func eachFilterKeepsExactlyItsIssues(_ filters: [String], _ expected: [String]) throws {
        let council = try Self.council()
        #expect(try council.issueIds(filters) == expected, "issue list \(filters.joined(separator: " "))")
    }

    @Test func openAndClosedTogetherAreRefusedNamingBoth() throws {
        let council = try Self.council()
        let refused = try council.run("issue", "list", "--open", "--closed")
        #expect(refused.exitCode == 2 && refused.stderr.contains("--open") && refused.stderr.contains("--closed") && refused.stdout.isEmpty, "\(refused)")
    }

    @Test func theTextListHasOneLinePerIssue() throws {
        let council = try Self.council()
        let open = try council.ok("issue", "list", "--open")
        #expect(open.stdoutLines.map { $0.split(separator: "\t").first.map(String.init) } == ["K-0002", "K-0003"], "\(open)")
        let none = try council.ok("issue", "list", "--phase", "planned")
        #expect(none.stdoutLines == ["(no matching issues)"], "\(none)")
    }
}
