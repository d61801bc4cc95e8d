import Calendar
import Council
import CouncilService
import EventStore
import Foundation
import TestSupport
import Testing

/// A fresh council in a temporary folder, removed when the test lets go of it.
final class ServiceFixture: @unchecked Sendable {
    let folder: TemporaryFolder
    let service: CouncilService
    static let caller = Caller(named: "secretariat", account: .operatingSystem("tester"))

    init(enforceRoles: Bool = false) throws {
        folder = try TemporaryFolder("service")
        let council = CouncilInitialised(name: "サンプル市障害者自立支援協議会", enforceRoles: enforceRoles, admin: enforceRoles ? "city-admin" : nil,
                                         on: CalendarDate(year: 2019, month: 4, day: 1)!)
        service = try CouncilService.create(at: folder.path("EventLog"), council: council,
                                            caller: Caller(named: nil, account: Self.caller.account), segmentBytes: 1 << 20).service
    }

    var store: String { folder.path("EventLog") }

    /// Decodes and records one command as the command line would give it.
    @discardableResult
    func record(_ words: String, _ positional: String = "", _ values: [String: [String]], as caller: Caller = ServiceFixture.caller) throws -> Recorded {
        let declaration = try #require(RecordingCommands.named(words))
        let command = try declaration.decode(CommandInput(positional: positional, values: values, today: CalendarDate(year: 2024, month: 6, day: 1)!))
        return try service.record([command], as: caller)
    }
}
