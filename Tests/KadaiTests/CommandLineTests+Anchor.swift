import Foundation
import Testing

/// `audit anchor` and `audit verify --anchor`: what a meeting writes into its minutes, and how it
/// later proves that history up to there was not rewritten.
extension CommandLineTests {
    @Test func anAnchorHoldsUntilItsHashIsChanged() throws {
        let scratch = try Scratch("anchor")
        try initStore(scratch.store)
        let early = try anchor(scratch.store)
        try appendEvents(scratch.store, events: 40, batch: 8)
        let head = try stats(scratch.store)
        let current = try anchor(scratch.store)
        #expect(current == "\(head.headPosition):\(head.headHash)")
        #expect(early.hasPrefix("1:") && early.count == 66, "\(early)")

        for held in [early, current] {
            let outcome = try kadai("audit", "verify", "--store", scratch.store, "--anchor", held, "--lang", "en")
            #expect(outcome.exitCode == 0 && outcome.stdout.contains("The anchor \(held) holds"), "\(outcome)")
        }

        // The same position with one hex digit of its hash changed: history is not what was anchored.
        let parts = current.split(separator: ":")
        let hash = String(parts[1])
        let changed = "\(parts[0]):" + String(hash.dropLast()) + (hash.last == "0" ? "1" : "0")
        let beyond = "\(head.headPosition + 1):\(hash)"
        for wrong in [changed, beyond] {
            let outcome = try Self.expectRefusal(scratch, ["audit", "verify", "--store", scratch.store, "--anchor", wrong, "--lang", "en"],
                                                 exit: 1, mentioning: [])
            #expect(outcome.stdout.contains("The anchor does not hold"), "\(outcome)")
        }
        let json = try kadai("audit", "verify", "--store", scratch.store, "--anchor", changed, "--json")
        let report = try json.decode(Verification.self)
        #expect(json.exitCode == 1 && !report.sound && report.anchorProblem != nil && report.badPosition == nil, "\(json)")
    }

    static let hex64 = String(repeating: "3fa4", count: 16)

    @Test(arguments: ["12", "abc:\(hex64)", "0:\(hex64)", "5:\(hex64.dropLast())", "5:\(hex64)00", "5:\(hex64.dropLast())g",
                      "5:\(hex64):6", ":\(hex64)", "5 :\(hex64)"])
    func aMalformedAnchorIsRefused(_ text: String) throws {
        let scratch = try Scratch("anchor-bad")
        try initStore(scratch.store)
        try Self.expectRefusal(scratch, ["audit", "verify", "--store", scratch.store, "--anchor", text, "--lang", "en"],
                               exit: 2, mentioning: ["The anchor '\(text)' is not POSITION:HASH"])
    }
}
