import Calendar
import JSON

/// The system that knows an account: the operating system today, the web application's sign-in
/// later. The same name in two systems is two accounts; the actors they reach are the council's.
public enum AccountKind: String, CaseIterable, Sendable {
    case operatingSystem = "os"
}

/// One way a person reaches the council's record: an account of some system, linked by the
/// administrator to a council actor (the administrator or a seat's id).
public struct Account: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var kind: AccountKind
    public var name: String

    public init(_ kind: AccountKind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    public static func operatingSystem(_ name: String) -> Account { Account(.operatingSystem, name) }

    public var description: String { name }

    public static func < (a: Account, b: Account) -> Bool { (a.kind.rawValue, a.name) < (b.kind.rawValue, b.name) }
}

extension EventData {
    func account() throws(EventDataError) -> Account {
        guard let kind = AccountKind(rawValue: try string("kind")) else { throw fail("kind") }
        return Account(kind, try string("account"))
    }
}

extension EventDataWriter {
    mutating func set(_ account: Account) {
        set("account", account.name)
        set("kind", account.kind.rawValue)
    }
}

/// The administrator linked an account to a council actor: from now on a write made through that
/// account is recorded as that actor (`kadai actor link`). A later link of the same account replaces it.
public struct ActorLinked: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "ActorLinked"
    public var actor: String
    public var account: Account
    public var on: CalendarDate

    public init(actor: String, account: Account, on: CalendarDate) {
        self.actor = actor
        self.account = account
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        actor = try d.string("actor")
        account = try d.account()
        on = try d.date("on")
    }

    var stream: String { Streams.council }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("actor", actor)
        w.set(account)
        w.set("on", on)
        return w.object
    }
}

/// The administrator ended an account's link; the account can no longer write (`kadai actor unlink`).
public struct ActorUnlinked: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "ActorUnlinked"
    /// The actor the account reached until now, so the audit trail reads without looking back.
    public var actor: String
    public var account: Account
    public var on: CalendarDate

    public init(actor: String, account: Account, on: CalendarDate) {
        self.actor = actor
        self.account = account
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        actor = try d.string("actor")
        account = try d.account()
        on = try d.date("on")
    }

    var stream: String { Streams.council }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("actor", actor)
        w.set(account)
        w.set("on", on)
        return w.object
    }
}

/// The records after this one in the same batch carry `actor`, but the administrator (`by`,
/// through `account`) entered them: the log's actor field holds one name, and without this the
/// audit trail could not tell a seat's own record from one the administrator made in its name.
public struct RecordedOnBehalf: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "RecordedOnBehalf"
    public var actor: String
    public var by: String
    public var account: Account
    public var on: CalendarDate

    public init(actor: String, by: String, account: Account, on: CalendarDate) {
        self.actor = actor
        self.by = by
        self.account = account
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        actor = try d.string("actor")
        by = try d.string("by")
        account = try d.account()
        on = try d.date("on")
    }

    var stream: String { Streams.council }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("actor", actor)
        w.set("by", by)
        w.set(account)
        w.set("on", on)
        return w.object
    }
}
