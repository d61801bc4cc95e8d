import Arguments
import Calendar
import Council
import EventStore

/// Turns a parsed command line into a domain command. Every value that cannot be read is refused
/// here, before anything is loaded or written, with a message naming the value and the fix.
struct CommandBuilder {
    let command: ParsedCommand
    let today: CalendarDate

    var positional: String { command.positionals.first ?? "" }

    func build() throws -> CouncilCommand {
        let c = command
        switch c.path {
        case ["body", "establish"]:
            return .establishBody(BodyEstablished(body: positional, name: c.value("name") ?? "", kind: try word("kind", BodyKind.self)!,
                                                  parent: c.value("parent"), on: try date("on")))
        case ["body", "rename"]:
            return .renameBody(body: positional, name: c.value("name") ?? "", on: try date("on"))
        case ["body", "pause"]:
            return .pauseBody(BodyPaused(body: positional, reason: c.value("reason"), on: try date("on")))
        case ["body", "resume"]:
            return .resumeBody(BodyResumed(body: positional, on: try date("on")))
        case ["body", "dissolve"]:
            return .dissolveBody(BodyDissolved(body: positional, successor: c.value("successor"), reason: c.value("reason"), on: try date("on")))
        case ["body", "policy"]:
            return .setBodyPolicy(BodyPolicySet(body: positional, fiscalYear: try fiscalYear("fy")!, policy: c.value("policy") ?? "",
                                                plan: c.value("plan"), on: try date("on")))
        case ["member", "appoint"]:
            return .appointMember(MemberAppointed(body: positional, member: c.value("member") ?? "", affiliation: c.value("affiliation") ?? "",
                                                  category: try word("category", MemberCategory.self)!,
                                                  role: try word("role", MemberRole.self) ?? .member,
                                                  partyConcerned: c.flag("party-concerned"), on: try date("on")))
        case ["member", "retire"]:
            return .retireMember(MemberRetired(body: positional, member: c.value("member") ?? "", on: try date("on")))
        case ["meeting", "record"]:
            return .recordMeeting(body: positional, on: try date("on"), number: try number("number"),
                                  format: try word("format", MeetingFormat.self) ?? .inPerson, agenda: c.values("agenda"),
                                  issues: c.values("issue"), decisions: c.values("decision"))
        case ["issue", "raise"]:
            return .raiseIssue(IssueRaised(issue: c.value("id") ?? "", title: c.value("title") ?? "", raisedBy: c.value("by") ?? "",
                                           source: c.value("source"), categories: c.values("category"), groups: c.values("group"),
                                           area: c.value("area"), summary: c.value("summary"), on: try date("on")))
        case ["issue", "assign"]:
            return .assignIssue(IssueAssigned(issue: positional, to: c.value("to") ?? "", reason: c.value("reason"), on: try date("on")))
        case ["issue", "transfer"]:
            return .transferIssue(issue: positional, to: c.value("to") ?? "", reason: c.value("reason"), on: try date("on"))
        case ["issue", "analyze"]:
            return .analyseIssue(IssueAnalysed(issue: positional, factors: c.values("factor"), focusCandidates: c.values("focus"),
                                               chosen: c.values("chosen"), evidence: c.value("evidence"), on: try date("on")))
        case ["issue", "plan"]:
            return .planIssue(issue: positional, goal: c.value("goal") ?? "", actions: try actions(), on: try date("on"))
        case ["issue", "act"]:
            return .logActivity(ActivityLogged(issue: positional, summary: c.value("summary") ?? "", kind: try word("kind", ActivityKind.self) ?? .other,
                                               meeting: c.value("meeting"), advances: try advances(), functions: try functions(c.values("function")),
                                               on: try date("on")))
        case ["issue", "evaluate"]:
            return .evaluateIssue(IssueEvaluated(issue: positional, fiscalYear: try fiscalYear("fy")!, outcome: c.value("outcome") ?? "",
                                                 functions: try functions(c.values("function")), decision: try word("decision", EvaluationDecision.self)!,
                                                 next: c.value("next"), reason: c.value("reason"), on: try yearEndDate("on", "fy")))
        case ["issue", "close"]:
            return .closeIssue(IssueClosed(issue: positional, reason: try word("reason", CloseReason.self)!, note: c.value("note"), on: try date("on")))
        case ["issue", "reopen"]:
            return .reopenIssue(IssueReopened(issue: positional, reason: c.value("reason") ?? "", on: try date("on")))
        case ["issue", "carry-over"]:
            return .carryOverIssue(issue: positional, note: c.value("note"), on: try date("on"))
        case ["review", "record"]:
            return .recordReview(BodyYearReviewed(body: positional, fiscalYear: try fiscalYear("fy")!, summary: c.value("summary"),
                                                  comments: c.values("comment"), functions: try functions(c.values("function")),
                                                  next: try word("next", YearDecision.self)!, nextPolicy: c.value("next-policy"),
                                                  nextPlan: c.value("next-plan"), handover: c.value("handover"), reason: c.value("reason"),
                                                  toSteering: c.value("to-steering"), on: try yearEndDate("on", "fy")))
        // A link is dated the day it is made: it says who could write from when, not a council fact.
        case ["actor", "link"]:
            return .linkActor(ActorLinked(actor: c.value("actor") ?? "", account: .operatingSystem(positional), on: today))
        case ["actor", "unlink"]:
            return .unlinkActor(account: .operatingSystem(positional), on: today)
        default:
            throw CommandError(ja: "'\(c.path.joined(separator: " "))' は記録のコマンドではありません。", en: "'\(c.path.joined(separator: " "))' does not record anything.")
        }
    }

    // MARK: Values

    func date(_ option: String) throws -> CalendarDate {
        guard let text = command.value(option) else { return today }
        return try Self.date(text, option: option)
    }

    /// An evaluation or review belongs to its 年度: without a date it is dated the year's last day,
    /// or today while the year is still running.
    func yearEndDate(_ option: String, _ yearOption: String) throws -> CalendarDate {
        if command.value(option) != nil { return try date(option) }
        guard let year = try fiscalYear(yearOption) else { return today }
        return min(today, year.lastDay)
    }

    static func date(_ text: String, option: String) throws -> CalendarDate {
        do { return try DateParser.parse(text) } catch {
            throw Self.refusal(error, option: option)
        }
    }

    /// A date or fiscal year that cannot be taken, under the option that gave it.
    static func refusal(_ error: CalendarError, option: String) -> CommandError {
        CommandError(ja: "--\(option): " + error.message(japanese: true), en: "--\(option): " + error.message(japanese: false))
    }

    func fiscalYear(_ option: String) throws -> FiscalYear? {
        guard let text = command.value(option) else { return nil }
        return try Self.fiscalYear(text, option: option)
    }

    static func fiscalYear(_ text: String, option: String) throws -> FiscalYear {
        do { return try FiscalYearParser.parse(text) } catch {
            throw Self.refusal(error, option: option)
        }
    }

    func word<V: Vocabulary>(_ option: String, _ type: V.Type) throws -> V? {
        guard let text = command.value(option) else { return nil }
        return try Self.word(text, type, option: option)
    }

    static func word<V: Vocabulary>(_ text: String, _ type: V.Type, option: String) throws -> V {
        if let v = V(input: text) { return v }
        let names = V.names
        let suggestion = closestMatch(to: text, among: names + V.allCases.map(\.japanese))
        let hintJa = suggestion.map { "'\($0)' のことですか？" } ?? ""
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        throw CommandError(ja: "--\(option) に '\(text)' は使えません。次のいずれかを指定してください: \(V.allCases.map { "\($0.rawValue)（\($0.japanese)）" }.joined(separator: "、"))。\(hintJa)",
                           en: "--\(option) cannot be '\(text)'. Use one of: \(names.joined(separator: ", ")).\(hintEn)")
    }

    func number(_ option: String) throws -> Int? {
        guard let text = command.value(option) else { return nil }
        guard let n = Int(text), n >= 1 else {
            throw CommandError(ja: "--\(option) には1以上の整数を指定してください（'\(text)' は使えません）。", en: "--\(option) needs a whole number of 1 or more, not '\(text)'.")
        }
        return n
    }

    func functions(_ texts: [String]) throws -> [CouncilFunction] {
        var out: [CouncilFunction] = []
        for text in texts.flatMap({ $0.split(whereSeparator: { ",、，".contains($0) }).map(String.init) }) {
            let f = try Self.word(text, CouncilFunction.self, option: "function")
            if !out.contains(f) { out.append(f) }
        }
        return out
    }

    /// `WHO|TOWARD|WHAT|DUE|FUNCTIONS`, numbered in the order given.
    func actions() throws -> [PlannedAction] {
        try command.values("action").enumerated().map { (i, text) in
            let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard parts.count == 5 || parts.count == 4 || parts.count == 3 else {
                throw CommandError(ja: "--action '\(text)' は「誰が|誰・どこに対して|何を・どうする|いつまでに|機能」の形で、| で区切って書いてください（いつまでに・機能は空でも構いません）。",
                                   en: "--action '\(text)' must read WHO|TOWARD|WHAT|DUE|FUNCTIONS, separated by '|' (DUE and FUNCTIONS may be empty).")
            }
            let due = parts.count > 3 && !parts[3].isEmpty ? try Self.date(parts[3], option: "action") : nil
            let functions = parts.count > 4 ? try self.functions([parts[4]]) : []
            return PlannedAction(number: i + 1, who: parts[0], toward: parts[1], what: parts[2], due: due, functions: functions)
        }
    }

    /// `N=STATUS`.
    func advances() throws -> [ActionAdvance] {
        try command.values("action").map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let n = Int(parts[0].trimmingSpaces), n >= 1 else {
                throw CommandError(ja: "--action '\(text)' は「番号=状況」（例 1=inProgress、2=done）の形で書いてください。",
                                   en: "--action '\(text)' must read NUMBER=STATUS, e.g. 1=inProgress or 2=done.")
            }
            return ActionAdvance(action: n, status: try Self.word(parts[1], ActionStatus.self, option: "action"))
        }
    }
}
