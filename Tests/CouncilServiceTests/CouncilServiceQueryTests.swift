import Calendar
import Council
import CouncilService
import Testing

/// Queries in process: the audit log page by page, the anchor, who records as whom.
@Suite struct CouncilServiceQueryTests {
    static func council() throws -> ServiceFixture {
        let f = try ServiceFixture()
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        for n in 1...4 { try f.record("issue raise", "", ["title": ["課題\(n)"], "by": ["soudan"]]) }
        return f
    }

    @Test func theAuditLogComesPageByPageWithTheNextPosition() throws {
        let f = try Self.council()
        let first = try f.service.auditLog(AuditLogFilter(stream: nil, from: 1, limit: 4))
        #expect(first.records.map(\.position) == [1, 2, 3, 4] && first.next == 5)
        let rest = try f.service.auditLog(AuditLogFilter(from: first.next!, limit: 4))
        #expect(rest.records.map(\.position) == [5, 6] && rest.next == nil)
        let oneStream = try f.service.auditLog(AuditLogFilter(stream: "issue-K-0003"))
        #expect(oneStream.records.map(\.type) == ["IssueRaised"])
    }

    @Test func aStreamTheCouncilDoesNotHaveIsRefusedWithTheClosest() throws {
        let f = try Self.council()
        #expect(throws: QueryRefusal.unknownStream("isue-K-0003", suggestion: "issue-K-0003")) {
            try f.service.auditLog(AuditLogFilter(stream: "isue-K-0003"))
        }
    }

    @Test func theAnchorIsTheHeadOfAVerifiedChain() throws {
        let f = try Self.council()
        let anchor = try f.service.anchor()
        #expect(anchor.position == 6 && anchor.hash.hex == f.service.head.hash)
        let verified = try CouncilService.verify(storeAt: f.store, anchor: anchor)
        #expect(verified.isSound && verified.anchorProblem == nil)
    }

    @Test func accountLinksSayWhoRecordsAsWhom() throws {
        let f = try ServiceFixture(enforceRoles: true)
        let links = try f.service.accountLinks()
        #expect(links.enforcesRoles && links.admin == "city-admin")
        #expect(links.actor(of: ServiceFixture.caller.account) == "city-admin")
        #expect(links.actor(of: .operatingSystem("someone-else")) == nil)
    }
}
