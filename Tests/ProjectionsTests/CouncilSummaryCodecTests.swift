import Testing
import Calendar
import Council
@testable import Projections

/// The summary snapshot is binary: what is written reads back the same, and anything cut short or
/// altered reads back as nothing (so it is rebuilt), never as a wrong summary or a crash.
struct CouncilSummaryCodecTests {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static let summary: CouncilSummary = {
        var s = CouncilSummary()
        let issues: [CouncilSummary.Issue] = [
            .init(id: "K-0001", title: "精神障害者が地域で暮らしにくい", owner: "soudan", phase: .executing, phaseBeforeClose: nil,
                  phaseOn: date(2021, 2, 18), raisedOn: date(2019, 6, 1), lastActivityOn: date(2021, 2, 18)),
            .init(id: "K-0002", title: "", owner: "shuro-wg", phase: .closed, phaseBeforeClose: .evaluated,
                  phaseOn: date(2022, 3, 31), raisedOn: date(2020, 4, 1), lastActivityOn: date(2022, 3, 31)),
        ]
        for i in issues { s.issueOrder.append(i.id); s.issues[i.id] = i }
        let bodies: [CouncilSummary.Body] = [
            .init(id: "soudan", name: "相談支援部会", kind: .subcommittee, status: .active, parent: nil),
            .init(id: "shuro-wg", name: "就労WG", kind: .workingGroup, status: .paused, parent: "soudan"),
        ]
        for b in bodies { s.bodyOrder.append(b.id); s.bodies[b.id] = b }
        return s
    }()

    @Test func whatIsWrittenReadsBackTheSame() {
        let bytes = CouncilSummaryProjection.encode(Self.summary)
        #expect(CouncilSummaryProjection.decode(bytes) == Self.summary)
        #expect(CouncilSummaryProjection.decode(CouncilSummaryProjection.encode(CouncilSummary())) == CouncilSummary())
    }

    @Test func everyTruncationReadsAsNothing() {
        let bytes = CouncilSummaryProjection.encode(Self.summary)
        for length in 0..<bytes.count {
            #expect(CouncilSummaryProjection.decode(Array(bytes[..<length])) == nil, "cut to \(length) bytes")
        }
        #expect(CouncilSummaryProjection.decode(bytes + [0]) == nil, "trailing bytes")
    }

    @Test func alteredBytesNeverCrash() {
        let bytes = CouncilSummaryProjection.encode(Self.summary)
        for i in 0..<bytes.count {
            for value: UInt8 in [0x00, 0x7F, 0xFF] {
                var altered = bytes
                altered[i] = value
                _ = CouncilSummaryProjection.decode(altered)
            }
        }
    }
}
