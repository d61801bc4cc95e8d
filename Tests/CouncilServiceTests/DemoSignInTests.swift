import Accounts
import CouncilService
import Foundation
import TestSupport
import Testing

/// The demo council shipped in `EventLog/` gives whoever tries kadai a sign-in, with a password
/// new at every start; no other store has one.
@Suite struct DemoSignInTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theDemoCouncilGivesANewPasswordAtEveryStartAndNoOtherStoreDoes() throws {
        let folder = try TemporaryFolder("demo")
        let copy = folder.path("EventLog")
        try FileManager.default.copyItem(atPath: Self.repository.appendingPathComponent("EventLog").path, toPath: copy)
        let service = try CouncilService.open(at: copy)
        let first = try #require(try service.demoSignIn())
        guard case .signedIn(let account) = try service.signIn(first.login, password: first.password) else { Issue.record("the demo password does not sign in"); return }
        #expect(account.actor == "secretariat")
        let second = try #require(try service.demoSignIn())
        #expect(second.password != first.password)
        #expect(try service.signIn("demo", password: first.password) == .refused(.wrongPassword), "the password seen before stops working")

        let other = try ServiceFixture()
        #expect(try other.service.demoSignIn() == nil)
    }
}
