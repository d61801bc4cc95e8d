import Calendar
import Council
import Testing

// decide on the minutes and materials attached to a meeting (議事録・資料): the meeting named by its
// id, the file's name without a folder, its media type from the name, the meeting's issues by
// default, one file once per meeting; and making one public or withdrawing it.

private let hash = String(repeating: "ab", count: 32)
private let other = String(repeating: "cd", count: 32)
private let met = Fixture.withIssue + [Fixture.meeting(on: "2020-07-01", issues: ["K-0001"])]

private func attach(_ meeting: String = "sodan-2020-1", title: String = "第1回議事録", file: String = "第1回議事録.PDF",
                    sha256: String = hash, isPublic: Bool = true, issues: [String] = [], kind: MaterialKind = .minutes) -> CouncilCommand {
    .attachMaterial(MaterialAttached(body: "", meeting: meeting, kind: kind, title: title, file: file, mediaType: "", size: 1234,
                                     sha256: sha256, isPublic: isPublic, issues: issues, on: date("2020-07-10")))
}

private func attached(title: String = "第1回議事録", file: String = "第1回議事録.PDF", type: String = "application/pdf", sha256: String = hash,
                      isPublic: Bool = true, issues: [String] = ["K-0001"], kind: MaterialKind = .minutes) -> CouncilEvent {
    .materialAttached(MaterialAttached(body: "sodan", meeting: "sodan-2020-1", kind: kind, title: title, file: file, mediaType: type, size: 1234,
                                       sha256: sha256, isPublic: isPublic, issues: issues, on: date("2020-07-10")))
}

private func publication(_ sha256: String, _ isPublic: Bool, meeting: String = "sodan-2020-1") -> CouncilCommand {
    .setMaterialPublication(MaterialPublicationChanged(body: "", meeting: meeting, sha256: sha256, isPublic: isPublic, reason: " 個人名があった ", on: date("2020-08-01")))
}

private let acceptedRows: [Accepted] = [
    Accepted("minutes of a meeting, its issues by default, its type from the name", given: met, attach(), attached()),
    Accepted("a material, not public, for no issue of the meeting's but one named", given: met + [Fixture.raise()],
             attach(title: " 資料2 ", file: "shiryou.xlsx", isPublic: false, issues: ["K-0002"], kind: .material),
             attached(title: "資料2", file: "shiryou.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      isPublic: false, issues: ["K-0002"], kind: .material)),
    Accepted("a name without a known extension is application/octet-stream", given: met, attach(file: "memo.odt"),
             attached(file: "memo.odt", type: "application/octet-stream")),
    Accepted("another file for the same meeting", given: met + [attach()], attach(title: "資料", file: "b.txt", sha256: other),
             attached(title: "資料", file: "b.txt", type: "text/plain; charset=utf-8", sha256: other)),
    Accepted("withdrawn from publication by its hash's first digits", given: met + [attach()], publication(String(hash.prefix(8)), false),
             .materialPublicationChanged(MaterialPublicationChanged(body: "sodan", meeting: "sodan-2020-1", sha256: hash, isPublic: false,
                                                                    reason: "個人名があった", on: date("2020-08-01")))),
    Accepted("made public when it already is: nothing to do", given: met + [attach()], publication(hash, true)),
]

private let refusedRows: [Refused] = [
    Refused("an unknown meeting", given: met, attach("sodan-2020-2"), .unknownMeeting("sodan-2020-2", known: ["sodan-2020-1"])),
    Refused("what is no meeting id", given: met, attach("sodan"), .unknownMeeting("sodan", known: ["sodan-2020-1"])),
    Refused("an unknown issue", given: met, attach(issues: ["K-0009"]), .unknownIssue("K-0009", known: ["K-0001"])),
    Refused("an empty title", given: met, attach(title: "  "), .emptyText(field: "title")),
    Refused("a title on two lines", given: met, attach(title: "第1回\n議事録"), .controlCharacter(field: "title")),
    Refused("a file name with a folder", given: met, attach(file: "../../etc/passwd"), .invalidFileName("../../etc/passwd")),
    Refused("a file name with a backslash", given: met, attach(file: "C:\\minutes.pdf"), .invalidFileName("C:\\minutes.pdf")),
    Refused("a file name of dots", given: met, attach(file: ".."), .invalidFileName("..")),
    Refused("a file name with a control character", given: met, attach(file: "a\u{1B}[31m.pdf"), .controlCharacter(field: "file name")),
    Refused("a file name reversed by a direction control", given: met, attach(file: "report\u{202E}fdp.exe"), .directionControl(field: "file name")),
    Refused("the same file twice to one meeting", given: met + [attach()], attach(title: "もう一度"),
            .duplicateMaterial(meeting: "sodan-2020-1", sha256: hash, title: "第1回議事録")),
    Refused("a hash that is not one", given: met, attach(sha256: "xyz"), .invalidId(field: "sha256", id: "xyz")),
    Refused("a publication of a file not attached", given: met + [attach()], publication(other, false),
            .unknownMaterial(meeting: "sodan-2020-1", sha256: other, known: [hash])),
    Refused("a hash prefix too short to tell", given: met + [attach()], publication("ab", false),
            .unknownMaterial(meeting: "sodan-2020-1", sha256: "ab", known: [hash])),
]

struct DecideMaterialTests {
    @Test(arguments: acceptedRows) func accepted(_ row: Accepted) { check(row) }
    @Test(arguments: refusedRows) func refused(_ row: Refused) { check(row) }

    @Test func theSameFileMayBeAttachedToAnotherMeeting() {
        let twice = met + [Fixture.meeting(on: "2020-08-01"), attach()]
        let second = run(twice + [attach("sodan-2020-2")]).state
        #expect(second.bodies["sodan"]?.materials.map(\.meeting) == ["sodan-2020-1", "sodan-2020-2"])
    }

    @Test func publicationIsFoldedAndTheAttachingRecordStays() {
        let r = run(met + [attach(), publication(hash, false), publication(hash, true), publication(hash, false)])
        #expect(r.state.bodies["sodan"]?.materials.count == 1)
        #expect(r.state.bodies["sodan"]?.materials.first?.isPublic == false)
        #expect(r.events.filter { if case .materialPublicationChanged = $0 { true } else { false } }.count == 3)
    }

    @Test func aBodyIdWithHyphensIsReadFromTheMeetingsEnd() {
        #expect(MeetingReference.parts(of: "shuro-wg-2024-3").map { "\($0.body) \($0.year.startYear) \($0.number)" } == "shuro-wg 2024 3")
        #expect(MeetingReference.parts(of: "soudan-3") == nil)
        #expect(MeetingReference.parts(of: "soudan-24-3") == nil)
        #expect(MeetingReference.parts(of: "-2024-3") == nil)
    }

    @Test func attachingIsTheBodysMembersWork() throws {
        let roles = [CouncilCommand.initialise(CouncilInitialised(name: "協議会", enforceRoles: true, admin: "admin", on: Fixture.start))]
            + Array(met.dropFirst())
            + [.appointMember(MemberAppointed(body: "sodan", member: "m1", affiliation: "相談支援事業所", category: .consultationSupport, role: .member,
                                              partyConcerned: false, on: Fixture.start)),
               .appointMember(MemberAppointed(body: "kurashi", member: "m2", affiliation: "事業所", category: .serviceProvider, role: .member,
                                              partyConcerned: false, on: Fixture.start))]
        let state = run(roles).state
        try CouncilDecider.authorize(attach(), actor: "m1", on: date("2020-07-10"), state)
        #expect(throws: DomainError.notAllowed(actor: "m2", rule: .bodyRecords(body: "sodan"))) {
            try CouncilDecider.authorize(attach(), actor: "m2", on: date("2020-07-10"), state)
        }
        #expect(throws: DomainError.notAllowed(actor: "m2", rule: .bodyRecords(body: "sodan"))) {
            try CouncilDecider.authorize(publication(hash, false), actor: "m2", on: date("2020-07-10"), state)
        }
    }
}
