import Calendar
import Council
import EventStore
import Projections

/// Records commands: loads the streams they need, decides each in order against a running state,
/// and appends every resulting event in one batch (one write, one flush) that expects each stream
/// it read to be unchanged. A conflict with another writer is retried from a fresh read. Where
/// roles are enforced, the actor is the one the caller's account is linked to, and only seats held
/// on the day of recording count.
struct CouncilWriter {
    let store: EventStore
    let caller: Caller
    /// Case notes already in the vault, by reference: the record attaching each carries it.
    var caseNotes: [String: VaultReference] = [:]

    /// The council's rules refused the command at `index` (0 for a single command).
    struct Refusal: Error {
        var index: Int
        var error: DomainError
    }

    struct Outcome {
        var events: [CouncilEvent]
        var positions: ClosedRange<UInt64>?
    }

    func execute(_ commands: [CouncilCommand]) throws -> Outcome {
        var attempt = 0
        while true {
            do {
                return try executeOnce(commands)
            } catch StoreError.versionConflict where attempt < 3 {
                attempt += 1
                try store.refresh()
            }
        }
    }

    private func executeOnce(_ commands: [CouncilCommand]) throws -> Outcome {
        let commands = withIssueIds(commands)
        var bodies: [String] = []
        var issues: [String] = []
        for command in commands { Self.references(command, bodies: &bodies, issues: &issues) }
        var state = try CouncilLoader(store: store).state(bodies: bodies, issues: issues)
        if state.enforcesRoles {
            // Every seat decides who the actor is, so every body is read (and expected unchanged).
            bodies = store.streamNames.filter { $0.hasPrefix("body-") }.map { String($0.dropFirst(5)) }
            state = try CouncilLoader(store: store).state(bodies: bodies, issues: issues)
        }
        var expecting: [String: ExpectedVersion] = [Streams.council: Self.expectation(state.councilVersion)]
        for b in Set(bodies) { expecting[Streams.body(b)] = Self.expectation(state.bodies[b]?.version ?? 0) }
        for i in Set(issues) { expecting[Streams.issue(i)] = Self.expectation(state.issues[i]?.version ?? 0) }
        let today = CalendarDate.todayInJapan
        let identity = try caller.identity(state, on: today)
        var events: [CouncilEvent] = []
        for (index, command) in commands.enumerated() {
            let decided: [CouncilEvent]
            do {
                try CouncilDecider.authorize(command, actor: identity.actor, on: today, state)
                decided = try CouncilDecider.decide(command, state)
            } catch {
                throw Refusal(index: index, error: error)
            }
            for event in decided {
                CouncilDecider.evolve(&state, event)
                events.append(event)
            }
        }
        guard !events.isEmpty else { return Outcome(events: [], positions: nil) }
        if let onBehalf = identity.onBehalf { events.insert(.recordedOnBehalf(onBehalf), at: 0) }
        let proposed = events.map { event -> ProposedEvent in
            var p = event.proposed
            if case .caseNoteAttached(let note) = event, let reference = caseNotes[note.ref] { p.vault = [reference] }
            return p
        }
        let result = try store.append(proposed, expecting: expecting, actor: identity.actor)
        return Outcome(events: events, positions: result.positions)
    }

    static func expectation(_ version: UInt64) -> ExpectedVersion { version == 0 ? .noStream : .exact(version) }

    /// An issue raised without an id gets the next free K-number, counting those of this batch.
    private func withIssueIds(_ commands: [CouncilCommand]) -> [CouncilCommand] {
        let prefix = Streams.issue("")
        var highest = CouncilDecider.highestIssueNumber(store.streamNames.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
        var taken = Set<String>()
        var lastRaised = ""
        return commands.map { command in
            // A case note given with a raise belongs to the issue just raised.
            if case .attachCaseNote(let issue, let ref, let on) = command, issue.isEmpty { return .attachCaseNote(issue: lastRaised, ref: ref, on: on) }
            guard case .raiseIssue(var e) = command else { return command }
            defer { lastRaised = e.issue }
            if e.issue.isEmpty {
                repeat {
                    highest += 1
                    e.issue = CouncilDecider.issueId(number: highest)
                } while taken.contains(e.issue)
            }
            taken.insert(e.issue)
            return .raiseIssue(e)
        }
    }

    /// The bodies and issues a command's rules look at.
    static func references(_ command: CouncilCommand, bodies: inout [String], issues: inout [String]) {
        switch command {
        case .initialise: break
        case .establishBody(let e): bodies += [e.body] + (e.parent.map { [$0] } ?? [])
        case .renameBody(let id, _, _): bodies.append(id)
        case .pauseBody(let e): bodies.append(e.body)
        case .resumeBody(let e): bodies.append(e.body)
        case .dissolveBody(let e): bodies += [e.body] + (e.successor.map { [$0] } ?? [])
        case .setBodyPolicy(let e): bodies.append(e.body)
        case .appointMember(let e): bodies.append(e.body)
        case .retireMember(let e): bodies.append(e.body)
        case .recordMeeting(let id, _, _, _, _, let linked, _): bodies.append(id); issues += linked
        case .recordReview(let e): bodies.append(e.body)
        case .raiseIssue(let e): bodies.append(e.raisedBy); issues.append(e.issue)
        case .assignIssue(let e): bodies.append(e.to); issues.append(e.issue)
        case .transferIssue(let id, let to, _, _): bodies.append(to); issues.append(id)
        case .analyseIssue(let e): issues.append(e.issue)
        case .planIssue(let id, _, _, _): issues.append(id)
        case .logActivity(let e): issues.append(e.issue)
        case .evaluateIssue(let e): issues.append(e.issue)
        case .closeIssue(let e): issues.append(e.issue)
        case .reopenIssue(let e): issues.append(e.issue)
        case .carryOverIssue(let id, _, _): issues.append(id)
        case .attachCaseNote(let id, _, _): issues.append(id)
        case .forgetCaseNote(let id, _, _): issues.append(id)
        case .linkActor, .unlinkActor: break
        }
    }
}
