import Calendar
@testable import Council
import JSON
import Testing

// Reading back damaged or foreign data: every miss throws EventDataError naming the event type and
// the field, so a reader of the log knows which record and which key to look at. (@testable: the
// error's initialiser is internal.)

/// The full example's data of one type.
private func data(_ type: String) -> JSONObject {
    EventExamples.full.first { $0.event.typeName == type }!.event.data
}

private func decodeError(_ type: String, _ object: JSONObject) -> EventDataError? {
    do {
        _ = try CouncilEvent.decode(type: type, data: object)
        return nil
    } catch {
        return error
    }
}

/// The keys without which a record cannot be read; every other key may be absent.
private let required: [String: Set<String>] = [
    "CouncilInitialised": ["name", "on"],
    "BodyEstablished": ["body", "name", "kind", "on"],
    "BodyRenamed": ["body", "name", "previousName", "on"],
    "BodyPaused": ["body", "on"],
    "BodyResumed": ["body", "on"],
    "BodyDissolved": ["body", "on"],
    "BodyPolicySet": ["body", "fy", "policy", "on"],
    "MemberAppointed": ["body", "member", "affiliation", "category", "role", "on"],
    "MemberRetired": ["body", "member", "on"],
    "MeetingRecorded": ["body", "on", "number", "format"],
    "BodyYearReviewed": ["body", "fy", "next", "on"],
    "IssueRaised": ["issue", "title", "by", "on"],
    "IssueAssigned": ["issue", "to", "on"],
    "IssueTransferred": ["issue", "from", "to", "on"],
    "IssueAnalysed": ["issue", "on"],
    "ActionPlanAdopted": ["issue", "revision", "goal", "on"],
    "ActivityLogged": ["issue", "summary", "kind", "on"],
    "IssueEvaluated": ["issue", "fy", "outcome", "decision", "on"],
    "IssueClosed": ["issue", "reason", "on"],
    "IssueReopened": ["issue", "reason", "on"],
    "IssueCarriedOver": ["issue", "from", "to", "on"],
    "CaseNoteAttached": ["issue", "ref", "on"],
    "CaseNoteForgotten": ["issue", "ref", "on"],
    "ActorLinked": ["actor", "account", "kind", "on"],
    "ActorUnlinked": ["actor", "account", "kind", "on"],
    "RecordedOnBehalf": ["actor", "by", "account", "kind", "on"],
    "MaterialAttached": ["body", "meeting", "kind", "title", "file", "mediaType", "size", "sha256", "on"],
    "MaterialPublicationChanged": ["body", "meeting", "sha256", "on"],
    "CouncilRulesAdopted": ["rules", "on"],
    "BodyActivityRecorded": ["body", "kind", "title", "on"],
    "MeetingPlanned": ["body", "fy", "entry", "kind", "on"],
    "MeetingPlanChanged": ["body", "fy", "entry", "change", "on"],
    "StatusReportUpdated": ["body", "fy", "on"],
    "MeetingsCounted": ["body", "fy", "count", "on"],
    "WorkItemSet": ["body", "fy", "item", "title", "on"],
    "WorkEntryRecorded": ["body", "fy", "item", "column", "number", "text", "on"],
    "WorkTableDated": ["body", "fy", "asOf", "on"],
]

/// One damaged record: the type, the key changed (a nil value removes it) and the field named.
struct Damage: Sendable, CustomTestStringConvertible {
    var type: String
    var key: String
    var value: JSONValue?
    var field: String
    var testDescription: String { "\(type).\(key) = \(value.map { $0.serialized() } ?? "absent")" }

    init(_ type: String, _ key: String, _ value: JSONValue?, field: String? = nil) {
        self.type = type
        self.key = key
        self.value = value
        self.field = field ?? key
    }
}

private let planAction: JSONObject = ["number": 1, "who": "部会", "toward": "市民", "what": "冊子"]

private let damages: [Damage] = [
    Damage("CouncilInitialised", "name", 1),
    Damage("CouncilInitialised", "on", 20200806),
    Damage("CouncilInitialised", "on", "2020/08/06"),
    Damage("CouncilInitialised", "on", "2021-02-29"),
    Damage("CouncilInitialised", "on", "2020-8-6"),
    Damage("CouncilInitialised", "on", .null),
    Damage("BodyEstablished", "kind", "committee"),
    Damage("BodyEstablished", "kind", "Subcommittee"),
    Damage("BodyEstablished", "kind", "部会"),
    Damage("BodyEstablished", "parent", 5),
    Damage("MemberAppointed", "partyConcerned", "true"),
    Damage("MemberAppointed", "role", "会長"),
    Damage("MeetingRecorded", "number", "3"),
    Damage("MeetingRecorded", "number", 3.5),
    Damage("MeetingRecorded", "agenda", "報告"),
    Damage("MeetingRecorded", "issues", [1]),
    Damage("BodyPolicySet", "fy", "2020"),
    Damage("BodyYearReviewed", "comments", "感想"),
    Damage("BodyYearReviewed", "functions", ["info"]),
    Damage("BodyYearReviewed", "next", "maybe"),
    Damage("IssueRaised", "categories", [1]),
    Damage("IssueRaised", "by", .null),
    Damage("ActionPlanAdopted", "actions", "x"),
    Damage("ActionPlanAdopted", "actions", [1]),
    Damage("ActionPlanAdopted", "actions", [.object(planAction.removing("what"))], field: "what"),
    Damage("ActionPlanAdopted", "actions", [.object(planAction.setting("due", "soon"))], field: "due"),
    Damage("ActionPlanAdopted", "actions", [.object(planAction.setting("functions", ["情報"]))], field: "functions"),
    Damage("ActivityLogged", "advances", [["action": 1, "status": "finished"]], field: "status"),
    Damage("ActivityLogged", "advances", [["status": "done"]], field: "action"),
    Damage("IssueClosed", "reason", "solved"),
    Damage("IssueCarriedOver", "to", .null),
    Damage("ActorLinked", "kind", "web"),
    Damage("ActorLinked", "account", 0),
    Damage("RecordedOnBehalf", "by", .null),
    Damage("MaterialAttached", "kind", "agenda"),
    Damage("MaterialAttached", "size", "12"),
    Damage("MaterialAttached", "public", "yes"),
    Damage("WorkItemSet", "carriedFrom", "R5"),
    Damage("WorkItemSet", "carriedFrom", 99999),
    Damage("WorkEntryRecorded", "column", "results"),
    Damage("WorkEntryRecorded", "dates", ["2024/01"]),
    Damage("WorkEntryRecorded", "dates", "2024-01"),
    Damage("WorkTableDated", "asOf", "令和6年3月末"),
]

@Suite struct CodecErrorTests {
    /// Removing each key in turn: the required ones throw naming the key, the others read back.
    @Test(arguments: EventExamples.full.map(\.event)) func missingFields(_ e: CouncilEvent) {
        var failing: Set<String> = []
        for key in e.data.keys {
            var object = e.data
            object[key] = nil
            if let error = decodeError(e.typeName, object) {
                #expect(error == EventDataError(type: e.typeName, field: key))
                failing.insert(key)
            }
        }
        #expect(failing == required[e.typeName])
    }

    @Test(arguments: damages) func wronglyTyped(_ d: Damage) {
        var object = data(d.type)
        object[d.key] = d.value
        #expect(decodeError(d.type, object) == EventDataError(type: d.type, field: d.field))
    }

    @Test func emptyDataNamesTheFirstField() {
        #expect(decodeError("IssueRaised", [:]) == EventDataError(type: "IssueRaised", field: "issue"))
        #expect(decodeError("IssueRaised", [:])?.description == "the IssueRaised event has no readable 'issue'")
    }

    /// The data holds dates in one form only, `2020-08-06`; anything else is damage, not a date.
    @Test
    func signedDatePartsAreRefused() {
        for text in ["2020-+8-06", "+020-08-06", "2020-08-+6"] {
            var object = data("CouncilInitialised")
            object["on"] = .string(text)
            #expect(decodeError("CouncilInitialised", object) == EventDataError(type: "CouncilInitialised", field: "on"), "\(text)")
        }
    }

    /// A fiscal year outside 0…9999 in a damaged record must be an error, not a crash of the reader.
    @Test
    func fiscalYearOutOfRange() {
        for year: JSONValue in [10000, -1] {
            var object = data("BodyPolicySet")
            object["fy"] = year
            #expect(decodeError("BodyPolicySet", object) == EventDataError(type: "BodyPolicySet", field: "fy"))
        }
    }
}

extension JSONObject {
    func removing(_ key: String) -> JSONObject {
        var copy = self
        copy[key] = nil
        return copy
    }

    func setting(_ key: String, _ value: JSONValue) -> JSONObject {
        var copy = self
        copy[key] = value
        return copy
    }
}
