import Foundation
import Testing

/// Time travel, both ways (DESIGN §4.9): `--as-of` replays business dates, `--known-at` only what had
/// been recorded by a moment (what a steering meeting could have seen), and `audit diff` lists the
/// events of a span of business dates with what they changed.
@Suite struct CouncilTimeTravelTests {
    /// K-0001 through every phase, one step a month or so; `late`, when given, is recorded right
    /// after the activity of 2020-11-01.
    static func council(_ label: String, late: [String]? = nil) throws -> CouncilStore {
        let council = try CouncilStore(label)
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        try council.ok("issue", "raise", "--title", "精神障害者が地域で暮らしにくい", "--by", "soudan", "--on", "2020-08-06")
        try council.ok("issue", "analyze", "K-0001", "--factor", "地域と医療の認識の差", "--on", "2020-09-01")
        try council.ok("issue", "plan", "K-0001", "--goal", "相談先が明確", "--action", "事務局|民生委員|冊子||情報", "--on", "2020-10-01")
        try council.ok("issue", "act", "K-0001", "--on", "2020-11-01", "--summary", "冊子の作成", "--action", "1=inProgress")
        if let late { try council.ok(late) }
        try council.ok("issue", "evaluate", "K-0001", "--fy", "R2", "--outcome", "冊子ができた", "--decision", "close", "--on", "2021-03-20")
        try council.ok("issue", "close", "K-0001", "--reason", "resolved", "--on", "2021-06-01")
        return council
    }

    @Test func asOfShowsThePhaseOnThatBusinessDate() throws {
        let council = try Self.council("as-of")
        let expected: [(String, String)] = [
            ("2020-08-06", "raised"), ("2020-08-31", "raised"), ("2020-09-01", "analysing"), ("R2.9.30", "analysing"),
            ("2020-10-01", "planned"), ("2020-11-01", "executing"), ("2021-03-19", "executing"), ("2021-03-20", "evaluated"),
            ("2021-05-31", "evaluated"), ("2021-06-01", "closed"), ("2030-01-01", "closed"),
        ]
        for (date, phase) in expected {
            #expect(try council.issue("K-0001", "--as-of", date).phase == phase, "as of \(date)")
        }
        let october = try council.issue("K-0001", "--as-of", "2020-10-31")
        #expect(october.statuses == ["notStarted"] && october.activities.isEmpty && october.evaluations.isEmpty)
        #expect(try council.issue("K-0001").phase == "closed")
        // Before it was raised there was no such issue.
        try expectCouncilRefusal(council, ["issue", "show", "K-0001", "--as-of", "2020-08-05"], exit: 1, mentioning: ["'K-0001'"])
    }

    @Test func knownAtShowsOnlyWhatHadBeenRecordedByThen() throws {
        let council = try CouncilStore("known-at")
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2019-04-01")
        try council.ok("issue", "raise", "--title", "精神障害者が地域で暮らしにくい", "--by", "soudan", "--on", "2020-08-06")
        try council.ok("issue", "analyze", "K-0001", "--factor", "地域と医療の認識の差", "--on", "2020-09-01")
        Thread.sleep(forTimeInterval: 1.1)
        let cut = Self.utcSeconds(Date())
        Thread.sleep(forTimeInterval: 1.1)
        // Written later: a plan, an activity, a second issue, and an analysis entered late with an
        // earlier business date — which --as-of would show but --known-at must not.
        try council.ok("issue", "plan", "K-0001", "--goal", "相談先が明確", "--action", "事務局|民生委員|冊子||情報", "--on", "2020-10-01")
        try council.ok("issue", "act", "K-0001", "--on", "2020-11-01", "--summary", "冊子の作成", "--action", "1=done")
        try council.ok("issue", "analyze", "K-0001", "--factor", "後から分かった要因", "--on", "2020-08-20")
        try council.ok("issue", "raise", "--title", "移動手段がない", "--by", "soudan", "--on", "2020-07-01")

        let then = try council.issue("K-0001", "--known-at", cut)
        #expect(then.phase == "analysing" && then.plan == nil && then.activities.isEmpty, "known at \(cut)")
        #expect(then.analyses.map(\.factors) == [["地域と医療の認識の差"]])
        #expect(try council.issueIds("--known-at", cut) == ["K-0001"])
        try expectCouncilRefusal(council, ["issue", "show", "K-0002", "--known-at", cut], exit: 1, mentioning: ["'K-0002'"])

        let now = try council.issue("K-0001")
        #expect(now.analyses.count == 2 && now.plan != nil && now.statuses == ["done"])
        #expect(try council.issue("K-0001", "--as-of", "2020-08-31").analyses.map(\.factors) == [["後から分かった要因"]],
                "business time holds the late entry")
        // Both at once: as known then, as it stood on a date.
        let both = try council.issue("K-0001", "--known-at", cut, "--as-of", "2020-08-31")
        #expect(both.phase == "raised" && both.analyses.isEmpty)
        // The same instant written in Japan time is the same cut.
        let tokyo = Self.tokyo(cut)
        #expect(try council.issue("K-0001", "--known-at", tokyo).plan == nil, "known at \(tokyo)")
    }

    @Test func auditDiffListsTheEventsBetweenTwoDates() throws {
        // An activity entered late whose business date falls in the span: the diff goes by business date.
        let council = try Self.council("diff", late: ["issue", "act", "K-0001", "--on", "2020-10-15", "--summary", "事前の打合せ"])
        let history = try council.history("K-0001").events
        func positions(after from: String, upTo to: String) -> [Int] {
            history.filter { $0.on > from && $0.on <= to }.map(\.position)
        }
        let diff = try council.ok("audit", "diff", "K-0001", "--from", "2020-09-01", "--to", "2020-11-01", "--json").decode(AuditDiff.self)
        #expect(diff.before["phase"] == "analysing" && diff.after["phase"] == "executing")
        #expect(diff.events.map(\.position) == positions(after: "2020-09-01", upTo: "2020-11-01"))
        #expect(diff.events.map(\.type) == ["ActionPlanAdopted", "ActivityLogged", "ActivityLogged"])
        #expect(diff.events.map(\.on) == ["2020-10-01", "2020-11-01", "2020-10-15"], "the event on --from is out, the one on --to in")

        let text = try council.ok("audit", "diff", "K-0001", "--from", "R2.9.1", "--to", "R2.11.1")
        #expect(text.stdout.contains("phase: analysing → executing"), "\(text)")
        #expect(text.stdoutLines.filter { $0.hasPrefix("  ") && $0.contains("\t") }.count == 3, "\(text)")

        let quiet = try council.ok("audit", "diff", "K-0001", "--from", "2021-06-01", "--to", "2022-03-31", "--json").decode(AuditDiff.self)
        #expect(quiet.events.isEmpty && quiet.before == quiet.after)

        let body = try council.ok("audit", "diff", "soudan", "--from", "2019-03-31", "--to", "2019-04-01", "--json").decode(AuditDiff.self)
        #expect(body.events.map(\.type) == ["BodyEstablished"] && body.after["status"] == "active")

        try expectCouncilRefusal(council, ["audit", "diff", "K-0009", "--from", "2020-01-01", "--to", "2021-01-01"], exit: 1,
                                 mentioning: ["'K-0009'"])
    }

    /// An analysis typed in late, dated before the plan, is history filled in — not a re-analysis:
    /// the issue is still executing, today and as of any date after its activity.
    @Test
    func aLateEntryDoesNotTurnBackThePhase() throws {
        let council = try Self.council("late-entry", late: ["issue", "analyze", "K-0001", "--factor", "後から分かった要因", "--on", "2020-08-20"])
        #expect(try council.issue("K-0001", "--as-of", "2020-11-30").phase == "executing")
        #expect(try council.issue("K-0001", "--as-of", "2021-03-20").phase == "evaluated")
        let diff = try council.ok("audit", "diff", "K-0001", "--from", "2020-10-31", "--to", "2020-11-30", "--json").decode(AuditDiff.self)
        #expect(diff.before["phase"] == "planned" && diff.after["phase"] == "executing")
    }

    /// `issue show --as-of` before an issue was raised names the id, but suggests that very id.
    @Test
    func anIssueNotYetRaisedIsNotSuggestedAsItself() throws {
        let council = try Self.council("as-of-before")
        let outcome = try expectCouncilRefusal(council, ["issue", "show", "K-0001", "--as-of", "2020-08-05"], exit: 1, mentioning: ["'K-0001'"])
        #expect(!outcome.stderr.contains("Did you mean 'K-0001'?"), "\(outcome)")
    }

    static func utcSeconds(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return f.string(from: date)
    }

    /// The same instant written in Japan time.
    static func tokyo(_ utc: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        let date = f.date(from: utc)!
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'+09:00'"
        return f.string(from: date)
    }
}
