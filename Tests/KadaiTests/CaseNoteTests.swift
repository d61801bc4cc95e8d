import Foundation
import Testing

/// Case material (事例) lives in the vault beside the log: the chain holds a reference and a salted
/// commitment, internal readers see the text, nothing published does, and `forget` leaves no copy
/// anywhere while the chain still verifies.
@Suite struct CaseNoteTests {
    static let secret = "退院後の住まいが見つからない事例（40代・市内在住）"

    /// A council with issue K-0001 and one case note; returns the note's reference.
    static func council() throws -> (CouncilStore, String) {
        let council = try CouncilStore("case-notes")
        try council.ok("body", "establish", "soudan", "--name", "相談支援部会", "--kind", "subcommittee", "--on", "2020-04-01")
        try council.ok("issue", "raise", "--title", "精神障害者が地域で暮らしにくい", "--by", "soudan", "--on", "2020-05-01")
        let added = try council.ok("case", "add", "K-0001", "--note", secret, "--on", "2020-06-01")
        let ref = String(added.stdout.split(separator: "\n")[0])
        #expect(ref.hasPrefix("N-") && ref.count == 14, "the reference alone on the first line: \(added.stdout)")
        return (council, ref)
    }

    /// Every file under the scratch folder (store, vault, snapshots, temporaries) holding `text`.
    static func filesHolding(_ text: String, in council: CouncilStore) throws -> [String] {
        try contents(of: council.scratch.root.path).compactMap { path, data in
            guard let data, data.range(of: Data(text.utf8)) != nil else { return nil }
            return path
        }
    }

    @Test func theChainHoldsOnlyAReferenceWhileInternalReadersSeeTheText() throws {
        let (council, ref) = try Self.council()
        let holders = try Self.filesHolding(Self.secret, in: council)
        #expect(holders.count == 1 && holders[0].hasSuffix("vault/\(ref).json"), "\(holders)")
        #expect(try council.ok("issue", "show", "K-0001").stdout.contains("\(ref) 2020-06-01: \(Self.secret)"))
        #expect(try council.ok("report", "timeline", "K-0001").stdout.contains(Self.secret))
        for published in [["report", "timeline", "K-0001", "--public"], ["report", "timeline", "K-0001", "--public", "--format", "json"],
                          ["export"], ["sheet", "soudan", "--fy", "R2"], ["report", "audit", "--public"]] {
            let out = try council.ok(published).stdout
            #expect(!out.contains(Self.secret), "\(published)")
        }
        let segment = try String(contentsOfFile: try segmentFiles(council.store)[0], encoding: .utf8)
        #expect(segment.contains(#""vault":[{"ref":"\#(ref)","commitment":""#))
    }

    @Test func forgetLeavesNoCopyAndTheChainStillVerifies() throws {
        let (council, ref) = try Self.council()
        _ = try council.ok("report", "timeline", "K-0001")
        let forgotten = try council.ok("forget", ref)
        #expect(forgotten.stdout.contains("Erased the text of case note \(ref)"))
        #expect(try Self.filesHolding(Self.secret, in: council).isEmpty)
        #expect(try Self.filesHolding("住まい", in: council).isEmpty, "no part of it either")
        #expect(try council.ok("audit", "verify").exitCode == 0)
        #expect(try council.ok("issue", "show", "K-0001").stdout.contains("\(ref) 2020-06-01: (erased)"))
        #expect(try council.ok("report", "timeline", "K-0001").stdout.contains("case note \(ref): (erased)"))
        let japanese = try ChildProcess(try Tools.kadai(), ["report", "timeline", "K-0001", "--store", council.store]).finish(timeout: Tools.timeout)
        #expect(japanese.stdout.contains("（削除済み）"))
        let again = try council.run("forget", ref)
        #expect(again.exitCode == 1 && again.stderr.contains("already erased"))
    }

    @Test func raiseAnalyzeAndActTakeACaseNoteInTheSameWrite() throws {
        let (council, _) = try Self.council()
        let raised = try council.ok("issue", "raise", "--title", "二つ目の課題", "--by", "soudan", "--on", "2020-07-01", "--case-note", "二つ目の事例")
        #expect(raised.stdout.hasPrefix("K-0002\n"), "the id still comes first")
        try council.ok("issue", "analyze", "K-0002", "--factor", "要因", "--on", "2020-08-01", "--case-note", "分析の事例")
        try council.ok("issue", "act", "K-0002", "--on", "2020-09-01", "--summary", "訪問", "--case-note", "訪問の事例")
        let shown = try council.ok("issue", "show", "K-0002").stdout
        for note in ["二つ目の事例", "分析の事例", "訪問の事例"] { #expect(shown.contains(note), "\(note)") }
        // A refused write keeps nothing in the vault either.
        let before = try council.files()
        let refused = try council.run("issue", "act", "K-0009", "--on", "2020-09-01", "--summary", "s", "--case-note", "残らない事例")
        #expect(refused.exitCode == 1)
        #expect(try council.files() == before)
    }

    @Test(arguments: [
        (["case", "add", "K-0009", "--note", "x"], 1, "There is no issue 'K-0009'"),
        (["case", "add", "K-0001", "--note", " "], 2, "--note"),
        (["case", "add", "K-0001"], 2, "--note"),
        (["forget", "N-000000000000"], 1, "There is no case note 'N-000000000000'"),
    ] as [([String], Int32, String)])
    func aBadCaseNoteRequestIsRefusedAndWritesNothing(_ arguments: [String], _ status: Int32, _ mentioning: String) throws {
        let (council, _) = try Self.council()
        try expectCouncilRefusal(council, arguments, exit: status, mentioning: [mentioning])
    }
}
