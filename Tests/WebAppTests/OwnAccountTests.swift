import CouncilService
import Foundation
import EventStore
import HTTPServer
import Hashing
import TestSupport
import Testing
@testable import WebApp

/// A person's own account from the web application, against the real account file and clock: a
/// password changed ends the other sessions; an account disabled or reset by the administrator —
/// even from the command line — ends its sessions at the next request.
@Suite(.tags(.slow), .notInFastSet) struct OwnAccountTests {
    static func browsers() throws -> (WebApplicationTests.Browser, WebApplicationTests.Browser, CouncilService) {
        let council = try CommandFormTests.Council()
        let service = council.service
        try service.accounts.add("jimu", actor: "secretariat", password: "correct horse battery")
        let app = WebApplication(service: service, authenticate: { login, password in
            if case .signedIn(let account)? = try? service.signIn(login, password: password) { return (account.login.text, account.actor) }
            return nil
        }, stillAllowed: { login, started in service.accountStillAllows(login, since: Timestamp(millisecondsSinceEpoch: started)) },
           randomBytes: { (try? SystemRandom.bytes(32)) ?? [] }, now: { Timestamp.now().millisecondsSinceEpoch })
        return (WebApplicationTests.Browser(council: council, app: app), WebApplicationTests.Browser(council: council, app: app), service)
    }

    @Test func aChangedPasswordEndsTheOtherSessions() throws {
        let (here, elsewhere, _) = try Self.browsers()
        _ = try here.signIn()
        _ = try elsewhere.signIn()
        let form = try here.request("GET", "/password")
        let token = here.hidden("_csrf", in: form)
        #expect(try here.request("POST", "/password", form: [("_csrf", token), ("current", "wrong"), ("new", "a new long password"), ("again", "a new long password")])
            .status == .unprocessableContent)
        #expect(try here.request("POST", "/password", form: [("_csrf", token), ("current", "correct horse battery"), ("new", "a new long password"),
                                                              ("again", "another one")]).status == .unprocessableContent)
        let changed = try here.request("POST", "/password", form: [("_csrf", token), ("current", "correct horse battery"), ("new", "a new long password"),
                                                                    ("again", "a new long password")])
        #expect(changed.status == .ok)
        #expect(try here.request("GET", "/issues").status == .ok, "this browser goes on")
        #expect(try elsewhere.request("GET", "/issues").headers["Location"] == "/sign-in", "the other session ended")
        #expect(try elsewhere.signIn(password: "a new long password").status == .seeOther)
    }

    @Test func anAccountDisabledByTheAdministratorIsSignedOutAtOnce() throws {
        let (here, _, service) = try Self.browsers()
        _ = try here.signIn()
        #expect(try here.request("GET", "/issues").status == .ok)
        try service.accounts.setDisabled("jimu", true)
        #expect(try here.request("GET", "/issues").headers["Location"] == "/sign-in")
    }

    @Test func theCalendarFeedOpensByItsSecretAddressUntilRenewed() throws {
        let (here, stranger, service) = try Self.browsers()
        let meeting = try #require(RecordingCommands.named("meeting record"))
        _ = try service.record(meeting, CommandInput(positional: "soudan", values: ["on": ["R6.5.10"], "agenda": ["地域課題の共有"]], today: CommandFormTests.today),
                               as: CommandFormTests.caller)
        _ = try here.signIn()
        let page = here.text(try here.request("GET", "/calendar"))
        let address = try #require(page.range(of: "/calendar/[0-9a-f]{64}\\.ics", options: .regularExpression).map { String(page[$0]) })
        let feed = try stranger.request("GET", address)
        #expect(feed.status == .ok && feed.headers["Content-Type"]?.hasPrefix("text/calendar") == true)
        #expect(stranger.text(feed).contains("SUMMARY:相談支援部会 第1回"), "a calendar program needs no session")
        #expect(try stranger.request("GET", address.replacingOccurrences(of: ".ics", with: "/soudan.ics")).status == .ok)
        #expect(try stranger.request("GET", "/calendar/" + String(repeating: "0", count: 64) + ".ics").status == .notFound)
        let renewed = here.text(try here.request("POST", "/calendar", form: [("_csrf", here.hidden("_csrf", in: try here.request("GET", "/sign-out")))]))
        let old = try stranger.request("GET", address)
        #expect(!renewed.contains(address) && old.status == .notFound, "the old address stops working")
        try service.accounts.setDisabled("jimu", true)
        let newAddress = try #require(renewed.range(of: "/calendar/[0-9a-f]{64}\\.ics", options: .regularExpression).map { String(renewed[$0]) })
        #expect(try stranger.request("GET", newAddress).status == .notFound, "nor does a disabled account's")
    }
}
