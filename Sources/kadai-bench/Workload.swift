import EventStore
import JSON
import Seeded

/// The synthetic workload of DESIGN §8, from a fixed seed: N events over N/50 streams of 50 events,
/// randomly interleaved, each with a 60-character Japanese body (about 300 bytes of payload).
struct Workload {
    static let kana = Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん相談支援地域課題精神障害者暮らし生活移行定着就労教育権利擁護評価協議会部会")
    static let types = ["IssueRaised", "BackgroundAnalysed", "ActionPlanAdopted", "ActivityLogged", "ReviewRequested", "IssueEvaluated"]

    var rng: SplitMix64
    let order: [Int]

    init(events: Int, seed: UInt64) {
        rng = SplitMix64(seed: seed)
        let streams = max(1, events / 50)
        var order = (0..<events).map { $0 % streams }
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        self.order = order
    }

    mutating func event(_ i: Int, at time: Timestamp) -> ProposedEvent {
        var body = ""
        body.reserveCapacity(180)
        for _ in 0..<60 { body.append(Self.kana[Int(rng.next() % UInt64(Self.kana.count))]) }
        let stream = "issue-" + Self.padded(order[i], 6)
        let type = Self.types[Int(rng.next() % UInt64(Self.types.count))]
        return ProposedEvent(stream: stream, type: type, occurredAt: time,
                             data: ["body": .string(body), "by": .string("user-" + Self.padded(Int(rng.next() % 1000), 4))])
    }

    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
