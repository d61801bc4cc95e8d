import EventStore
import Hashing
import JSON

/// The secret addresses of people's calendar feeds: one random token per login, in
/// `STORE/accounts/calendar-tokens.json` beside the accounts (0600 in a 0700 folder). A calendar
/// program cannot sign in, so the token in the address is what lets it read; the person renews
/// it when the address was shared too widely, and the old one stops working.
public struct CalendarTokens: Sendable {
    static let fileName = "calendar-tokens.json"
    let folder: PrivateFolder

    public init(store: String) {
        folder = PrivateFolder("\(store)/\(AccountStore.folderName)")
    }

    /// The login's token, made the first time it is asked for.
    public func token(for login: String) throws -> String {
        if let known = try tokens()[login] { return known }
        return try renew(for: login)
    }

    /// A new token for the login; the old one no longer opens anything.
    @discardableResult
    public func renew(for login: String) throws -> String {
        let token = try SystemRandom.hex(32)
        try folder.create()
        try folder.exclusively {
            var all = try tokens()
            all[login] = token
            let object = JSONObject(all.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })
            try folder.write(Array(JSONValue.object(object).serialized().utf8), to: Self.fileName)
        }
        return token
    }

    /// A new token for the login if it has one: what a password reset does, so that an address
    /// known to whoever knew the old password stops working too.
    public func renewIfKept(for login: String) throws {
        if try tokens()[login] != nil { try renew(for: login) }
    }

    /// The login whose token this is, compared in constant time with every token kept.
    public func login(of token: String) throws -> String? {
        let typed = Array(token.utf8)
        var found: String?
        for (login, kept) in try tokens() where ConstantTime.equal(Array(kept.utf8), typed) { found = login }
        return found
    }

    func tokens() throws -> [String: String] {
        do { try folder.checkPrivate() } catch .notPrivate(let path, let mode, let isFolder) {
            throw AccountError.notPrivate(path: path, mode: mode, folder: isFolder)
        }
        guard let bytes = try folder.read(Self.fileName) else { return [:] }
        guard case .object(let object)? = try? JSONValue.parse(bytes) else {
            throw AccountError.damaged(path: folder.file(Self.fileName), reason: "not a JSON object")
        }
        var tokens: [String: String] = [:]
        for (login, value) in object { if let token = value.stringValue { tokens[login] = token } }
        return tokens
    }
}
