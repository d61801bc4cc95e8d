import Foundation
import Calendar
import Council
import JSON
import Testing

// The codec between events and the log's records: every event reads back as itself, from its data
// and from its data written out as text; type names, streams and key names are pinned, because
// records already in a log are never rewritten and must keep reading back.

private let all = EventExamples.full.map(\.event) + EventExamples.sparse

@Suite struct CodecTests {
    @Test(arguments: all) func roundTrip(_ e: CouncilEvent) throws {
        #expect(try CouncilEvent.decode(type: e.typeName, data: e.data) == e)
    }

    @Test(arguments: all) func roundTripThroughText(_ e: CouncilEvent) throws {
        let text = JSONValue.object(e.data).serialized()
        let object = try #require(try JSONValue.parse(text).objectValue)
        #expect(try CouncilEvent.decode(type: e.typeName, data: object) == e)
    }

    /// Replays decode straight from the data's bytes. Records written by other tools may order
    /// keys differently, space them out or escape characters: the event must read back the same.
    @Test(arguments: all) func roundTripThroughBytesInAnyShape(_ e: CouncilEvent) throws {
        var reordered = JSONObject()
        for (key, value) in e.data.reversed() { reordered[key] = value }
        let spaced = " " + JSONValue.object(reordered).serialized()
            .replacingOccurrences(of: "\":", with: "\" :\t")
            .replacingOccurrences(of: ",\"", with: " ,\n\"") + " "
        // Every ASCII letter escaped, which a plain-bytes fast path must not skip over.
        var inString = false, afterBackslash = false
        let escaped = JSONValue.object(e.data).serialized().unicodeScalars.map { s -> String in
            defer { afterBackslash = inString && s == "\\" && !afterBackslash }
            if s == "\"" && !afterBackslash { inString.toggle() }
            return inString && !afterBackslash && s.properties.isAlphabetic && s.isASCII ? String(format: "\\u%04x", s.value) : String(s)
        }.joined()
        for text in [JSONValue.object(e.data).serialized(), spaced, escaped] {
            let decoded = try Array(text.utf8).withUnsafeBytes { try CouncilEvent.decode(type: e.typeName, data: $0) }
            #expect(decoded == e, "\(text)")
        }
    }

    @Test func dataThatIsNotAnObjectIsNamed() {
        for text in ["[]", "{\"name\":", "", "{\"name\":\"x\"} {}"] {
            let error = #expect(throws: EventDataError.self) {
                try Array(text.utf8).withUnsafeBytes { try CouncilEvent.decode(type: "CouncilInitialised", data: $0) }
            }
            #expect(error?.field == "data" && error?.type == "CouncilInitialised")
        }
    }

    @Test(arguments: EventExamples.full.map { ($0.event, $0.stream) }) func stream(_ e: CouncilEvent, _ stream: String) {
        #expect(e.stream == stream)
        #expect(e.on == EventExamples.day)
    }

    @Test func streamNames() {
        #expect(Streams.council == "council")
        #expect(Streams.body("sodan") == "body-sodan")
        #expect(Streams.issue("K-0001") == "issue-K-0001")
    }

    @Test func typeNames() {
        #expect(EventExamples.full.map(\.event.typeName) == [
            "CouncilInitialised", "BodyEstablished", "BodyRenamed", "BodyPaused", "BodyResumed", "BodyDissolved", "BodyPolicySet",
            "MemberAppointed", "MemberRetired", "MeetingRecorded", "BodyYearReviewed", "IssueRaised", "IssueAssigned",
            "IssueTransferred", "IssueAnalysed", "ActionPlanAdopted", "ActivityLogged", "IssueEvaluated", "IssueClosed",
            "IssueReopened", "IssueCarriedOver", "CaseNoteAttached", "CaseNoteForgotten", "ActorLinked", "ActorUnlinked", "RecordedOnBehalf",
            "MaterialAttached", "MaterialPublicationChanged",
            "CouncilRulesAdopted", "BodyActivityRecorded", "MeetingPlanned", "MeetingPlanChanged", "StatusReportUpdated", "MeetingsCounted",
            "WorkItemSet", "WorkEntryRecorded", "WorkTableDated",
        ])
    }

    /// A new event type gets its example here (and so its round trips and pinned keys) and its decoder.
    @Test func everyEventTypeHasAnExampleAndADecoder() {
        #expect(Set(EventExamples.full.map(\.event.typeName)) == CouncilEvent.typeNames)
        #expect(EventExamples.full.count == CouncilEvent.typeNames.count)
    }

    /// The keys each record holds, in the order they are written (the log hashes the bytes).
    @Test func keysOfFullData() {
        let keys = Dictionary(uniqueKeysWithValues: EventExamples.full.map { ($0.event.typeName, $0.event.data.keys) })
        #expect(keys == [
            "CouncilInitialised": ["name", "rules", "on"],
            "CouncilRulesAdopted": ["rules", "on"],
            "BodyActivityRecorded": ["body", "kind", "title", "summary", "lecturers", "format", "note", "plan", "on"],
            "MeetingPlanned": ["body", "fy", "entry", "kind", "number", "date", "until", "rhythm", "topics", "note", "on"],
            "MeetingPlanChanged": ["body", "fy", "entry", "change", "to", "reason", "on"],
            "BodyEstablished": ["body", "name", "kind", "parent", "on"],
            "BodyRenamed": ["body", "name", "previousName", "on"],
            "BodyPaused": ["body", "reason", "on"],
            "BodyResumed": ["body", "on"],
            "BodyDissolved": ["body", "successor", "reason", "on"],
            "BodyPolicySet": ["body", "fy", "policy", "plan", "other", "history", "on"],
            "StatusReportUpdated": ["body", "fy", "direction", "on"],
            "MeetingsCounted": ["body", "fy", "count", "note", "on"],
            "MemberAppointed": ["body", "member", "affiliation", "category", "role", "partyConcerned", "on"],
            "MemberRetired": ["body", "member", "on"],
            "MeetingRecorded": ["body", "on", "number", "format", "agenda", "issues", "decisions"],
            "BodyYearReviewed": ["body", "fy", "summary", "comments", "functions", "next", "nextPolicy", "nextPlan", "handover", "reason", "toSteering", "amends", "changed", "on"],
            "IssueRaised": ["issue", "title", "by", "source", "categories", "groups", "area", "summary", "on"],
            "IssueAssigned": ["issue", "to", "reason", "on"],
            "IssueTransferred": ["issue", "from", "to", "reason", "on"],
            "IssueAnalysed": ["issue", "factors", "focus", "chosen", "evidence", "on"],
            "ActionPlanAdopted": ["issue", "revision", "goal", "actions", "on"],
            "ActivityLogged": ["issue", "summary", "kind", "meeting", "advances", "functions", "on"],
            "IssueEvaluated": ["issue", "fy", "outcome", "functions", "decision", "next", "reason", "on"],
            "IssueClosed": ["issue", "reason", "note", "on"],
            "IssueReopened": ["issue", "reason", "on"],
            "IssueCarriedOver": ["issue", "from", "to", "note", "on"],
            "CaseNoteAttached": ["issue", "ref", "on"],
            "CaseNoteForgotten": ["issue", "ref", "on"],
            "ActorLinked": ["actor", "account", "kind", "on"],
            "ActorUnlinked": ["actor", "account", "kind", "on"],
            "RecordedOnBehalf": ["actor", "by", "account", "kind", "on"],
            "MaterialAttached": ["body", "meeting", "kind", "title", "file", "mediaType", "size", "sha256", "public", "issues", "on"],
            "MaterialPublicationChanged": ["body", "meeting", "sha256", "reason", "on"],
            "WorkItemSet": ["body", "fy", "item", "title", "carriedFrom", "amends", "on"],
            "WorkEntryRecorded": ["body", "fy", "item", "column", "number", "text", "dates", "heading", "amends", "on"],
            "WorkTableDated": ["body", "fy", "asOf", "amends", "on"],
        ])
    }

    /// Empty optionals, empty lists and a false flag are left out of the record.
    @Test func emptyFieldsAreLeftOut() {
        let keys = EventExamples.sparse.map(\.data.keys)
        #expect(keys == [
            ["body", "name", "kind", "on"], ["body", "on"], ["body", "on"], ["body", "fy", "policy", "on"],
            ["body", "member", "affiliation", "category", "role", "on"], ["body", "on", "number", "format"],
            ["body", "fy", "next", "on"], ["issue", "title", "by", "on"], ["issue", "to", "on"], ["issue", "from", "to", "on"],
            ["issue", "on"], ["issue", "revision", "goal", "on"], ["issue", "summary", "kind", "on"],
            ["issue", "fy", "outcome", "decision", "on"], ["issue", "reason", "on"],
            ["body", "meeting", "kind", "title", "file", "mediaType", "size", "sha256", "on"], ["body", "meeting", "sha256", "public", "on"],
            ["issue", "from", "to", "on"],
            ["body", "fy", "item", "title", "on"], ["body", "fy", "item", "column", "number", "text", "on"], ["body", "fy", "asOf", "on"],
        ])
    }

    /// Values are stored as plain JSON: dates as ISO text, 年度 as the starting year, words by English name.
    @Test func valuesAsStored() {
        let plan = EventExamples.full[15].event.data
        #expect(JSONValue.object(plan).serialized() == #"{"issue":"K-0001","revision":2,"goal":"目指すべき姿","actions":["#
            + #"{"number":1,"who":"部会","toward":"医療機関","what":"訪問する","due":"2021-03-31","functions":["coordination","education"]},"#
            + #"{"number":2,"who":"事務局","toward":"市民","what":"冊子を作る"}],"on":"2020-08-06"}"#)
        let member = EventExamples.full[7].event.data
        #expect(member["partyConcerned"] == .bool(true))
        #expect(member["category"] == .string("partyConcerned"))
        #expect(EventExamples.full[6].event.data["fy"] == .int(2020))
        #expect(JSONValue.object(EventExamples.full[23].event.data).serialized() == #"{"actor":"minami","account":"tanaka","kind":"os","on":"2020-08-06"}"#)
    }

    @Test(arguments: ["NoSuchEvent", "issueRaised", "", "IssueRaised "]) func unknownTypeIsNil(_ type: String) throws {
        #expect(try CouncilEvent.decode(type: type, data: EventExamples.full[11].event.data) == nil)
    }

    /// An explicit null reads as an absent optional.
    @Test func nullOptionalIsAbsent() throws {
        var data = EventExamples.full[14].event.data
        data["evidence"] = .null
        guard case .issueAnalysed(let e)? = try CouncilEvent.decode(type: "IssueAnalysed", data: data) else {
            Issue.record("not an IssueAnalysed")
            return
        }
        #expect(e.evidence == nil)
        #expect(e.factors == ["要因"])
    }
}
