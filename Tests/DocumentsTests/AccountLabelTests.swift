import Calendar
import Council
import Documents
import Testing

/// Account names are often people's names: the documents' form of the identity records (`ids:
/// false`, which the published site's audit page and `--public` use) names neither the account nor
/// the actor; the command line's form names both.
@Suite struct AccountLabelTests {
    static let day = CalendarDate(year: 2026, month: 5, day: 1)!
    static let events: [CouncilEvent] = [
        .actorLinked(ActorLinked(actor: "minami", account: .operatingSystem("tanaka"), on: day)),
        .actorUnlinked(ActorUnlinked(actor: "minami", account: .operatingSystem("tanaka"), on: day)),
        .recordedOnBehalf(RecordedOnBehalf(actor: "minami", by: "city-admin", account: .operatingSystem("tanaka"), on: day)),
    ]

    @Test(arguments: events) func documentsNameNoAccountAndNoActor(_ event: CouncilEvent) {
        for japanese in [true, false] {
            let published = EventLabels.label(event, japanese: japanese, ids: false)
            #expect(!published.contains("tanaka") && !published.contains("minami") && !published.contains("city-admin"), "\(published)")
            let onTheCommandLine = EventLabels.label(event, japanese: japanese)
            #expect(onTheCommandLine.contains("tanaka") && onTheCommandLine.contains("minami"), "\(onTheCommandLine)")
        }
    }
}
