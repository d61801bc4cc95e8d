/// The JSON that `kadai … --json` prints, read with Foundation's decoder rather than the JSON module
/// kadai itself writes it with, so a fault in that module cannot hide itself.

struct Stats: Decodable {
    struct Index: Decodable {
        var state: String
        var reason: String?
    }
    struct Snapshot: Decodable {
        var state: String
        var reason: String?
        var directory: String
    }
    struct Tail: Decodable {
        var state: String
        var bytes: Int?
        var afterPosition: Int?
    }
    var store: String
    var storeId: String
    var events: Int
    var segments: Int
    var headPosition: Int
    var headHash: String
    var index: Index
    var snapshot: Snapshot
    var tail: Tail
    var eventsByType: [String: Int]
}

struct Verification: Decodable {
    var sound: Bool
    var events: Int
    var headPosition: Int
    var headHash: String
    var badPosition: Int?
    var problem: String?
    var anchorProblem: String?
    var unfinishedWrite: String?
}

struct LogPage: Decodable {
    struct Row: Decodable, Equatable {
        var position: Int
        var recordedAt: String
        var actor: String
        var stream: String
        var version: Int
        var type: String
        var hash: String
    }
    var events: [Row]
    var next: Int?
}

struct InitReply: Decodable {
    var store: String
    var council: String
    var headPosition: Int
    var headHash: String
}

let zeroHash = String(repeating: "0", count: 64)
