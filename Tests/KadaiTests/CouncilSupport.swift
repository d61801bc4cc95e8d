import Foundation
import Testing

/// A council store in a scratch folder, driven through the built `kadai` the way a secretariat
/// would: every call gets `--store`, and `--lang en` unless it names a language, so the council tests can read the wording.
final class CouncilStore {
    let scratch: Scratch

    /// A fresh store with the council set up (position 1).
    init(_ label: String) throws {
        scratch = try Scratch("council-" + label)
        try initStore(scratch.store, council: "サンプル市障害者自立支援協議会")
    }

    var store: String { scratch.store }

    /// Runs kadai on this store; the outcome whatever it is.
    func run(_ arguments: [String]) throws -> Outcome {
        try ChildProcess(try Tools.kadai(), arguments + ["--store", store] + (arguments.contains("--lang") ? [] : ["--lang", "en"])).finish(timeout: Tools.timeout)
    }

    @discardableResult
    func run(_ arguments: String...) throws -> Outcome { try run(arguments) }

    /// Runs kadai and requires success.
    @discardableResult
    func ok(_ arguments: [String]) throws -> Outcome {
        let outcome = try run(arguments)
        guard outcome.exitCode == 0 else { throw UnexpectedOutput(what: "kadai should have succeeded", outcome: outcome) }
        return outcome
    }

    @discardableResult
    func ok(_ arguments: String...) throws -> Outcome { try ok(arguments) }

    /// Runs a write with `--json` and returns what it says it recorded.
    @discardableResult
    func write(_ arguments: String...) throws -> WriteReply { try ok(arguments + ["--json"]).decode() }

    func issue(_ id: String, _ extra: String...) throws -> IssueView { try ok(["issue", "show", id, "--json"] + extra).decode() }
    func body(_ id: String, _ extra: String...) throws -> BodyView { try ok(["body", "show", id, "--json"] + extra).decode() }
    func issueIds(_ filters: String...) throws -> [String] { try issueIds(filters) }
    func issueIds(_ filters: [String]) throws -> [String] {
        try ok(["issue", "list", "--json"] + filters).decode(IssueList.self).issues.map(\.id)
    }
    func history(_ id: String) throws -> IssueHistory { try ok("issue", "history", id, "--json").decode() }
    func head() throws -> Int { try stats(store).headPosition }

    /// Every file under the scratch folder (store and snapshots) with its bytes.
    func files() throws -> [String: Data?] { try contents(of: scratch.root.path) }

    /// A file in the scratch folder holding `text`, for `kadai apply`.
    func file(_ name: String, _ text: String) throws -> String {
        let path = scratch.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// A refused command: non-zero exit (exactly `status` when given), nothing on stdout, stderr naming
/// each of `mentioning`, and every file of the store and its snapshots byte-identical afterwards.
@discardableResult
func expectCouncilRefusal(_ council: CouncilStore, _ arguments: [String], exit status: Int32?, mentioning: [String],
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome {
    let before = try council.files()
    let outcome = try council.run(arguments)
    #expect(outcome.exitCode != nil && outcome.exitCode != 0, "\(outcome)", sourceLocation: sourceLocation)
    if let status { #expect(outcome.exitCode == status, "\(outcome)", sourceLocation: sourceLocation) }
    #expect(outcome.stdout.isEmpty, "a refusal printed on stdout\n\(outcome)", sourceLocation: sourceLocation)
    for text in mentioning {
        #expect(outcome.stderr.contains(text), "stderr should say \(text)\n\(outcome)", sourceLocation: sourceLocation)
    }
    #expect(try council.files() == before, "a refused command changed files\n\(outcome)", sourceLocation: sourceLocation)
    return outcome
}

// MARK: The JSON the council commands print, read with Foundation's decoder.

/// What a write prints with `--json`.
struct WriteReply: Decodable {
    struct Event: Decodable { var type: String; var stream: String; var on: String; var summary: String }
    var events: [Event]
    var positions: [Int]?
    var id: String?
    var ids: [String]?
}

/// `issue show ID --json`.
struct IssueView: Decodable {
    struct Analysis: Decodable { var on: String; var factors: [String]; var focusCandidates: [String]; var chosen: [String]; var evidence: String? }
    struct Action: Decodable { var number: Int; var who: String; var toward: String; var what: String; var due: String?; var functions: [String]; var status: String }
    struct Plan: Decodable { var revision: Int; var on: String; var goal: String; var actions: [Action] }
    struct Advance: Decodable, Equatable { var action: Int; var status: String }
    struct Activity: Decodable { var on: String; var kind: String; var summary: String; var meeting: String?; var advances: [Advance]; var functions: [String] }
    struct Evaluation: Decodable { var fy: Int; var on: String; var outcome: String; var functions: [String]; var decision: String; var next: String? }
    struct Closure: Decodable { var on: String; var reason: String; var note: String? }
    var id: String
    var title: String
    var owner: String
    var ownerName: String
    var phase: String
    var raisedBy: String
    var raisedOn: String
    var lastActivityOn: String?
    var categories: [String]
    var groups: [String]
    var analyses: [Analysis]
    var plan: Plan?
    var planRevisions: Int
    var activities: [Activity]
    var evaluations: [Evaluation]
    var closed: Closure?

    /// The status of each planned action, in plan order.
    var statuses: [String] { plan?.actions.map(\.status) ?? [] }
}

/// `issue list --json`.
struct IssueList: Decodable {
    struct Row: Decodable { var id: String; var title: String; var owner: String; var phase: String; var raisedOn: String }
    var issues: [Row]
}

/// `issue history ID --json`.
struct IssueHistory: Decodable {
    struct Event: Decodable { var position: Int; var version: Int; var type: String; var on: String; var recordedAt: String; var actor: String; var hash: String }
    var id: String
    var events: [Event]
}

/// `body show ID --json`.
struct BodyView: Decodable {
    struct Rename: Decodable { var on: String; var from: String; var to: String }
    struct Pause: Decodable { var from: String; var until: String? }
    struct Meeting: Decodable { var number: Int; var on: String; var format: String; var agenda: [String]; var issues: [String]; var decisions: [String] }
    struct Member: Decodable { var member: String; var affiliation: String; var category: String; var role: String; var partyConcerned: Bool }
    var id: String
    var name: String
    var kind: String
    var status: String
    var parent: String?
    var establishedOn: String
    var dissolvedOn: String?
    var successor: String?
    var renames: [Rename]
    var pauses: [Pause]
    var members: [Member]
    var meetings: [Meeting]
    var issues: [String]
}

/// `body list --json`.
struct BodyList: Decodable {
    struct Row: Decodable, Equatable { var id: String; var name: String; var kind: String; var status: String; var parent: String? }
    var bodies: [Row]
}

/// `audit diff ID --from --to --json`.
struct AuditDiff: Decodable {
    struct Event: Decodable { var position: Int; var on: String; var type: String; var actor: String }
    var id: String
    var from: String
    var to: String
    var before: [String: String]
    var after: [String: String]
    var events: [Event]
}
