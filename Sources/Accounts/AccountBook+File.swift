import EventStore
import JSON

/// The accounts file: one JSON object, `{"format":1,"accounts":[…]}`, each account with its
/// password as `{"scheme":"pbkdf2-sha256","iterations":…,"salt":HEX,"hash":HEX}`.
extension AccountBook {
    static let format: Int64 = 1

    public func encoded() -> [UInt8] {
        let list: [JSONValue] = accounts.map { a in
            .object([
                "login": .string(a.login.text), "actor": .string(a.actor),
                "password": .object(["scheme": .string(PasswordHash.scheme), "iterations": .int(Int64(a.password.iterations)),
                                     "salt": .string(hex(a.password.salt)), "hash": .string(hex(a.password.hash))]),
                "disabled": .bool(a.disabled), "created": .string(a.created.description), "changed": .string(a.changed.description),
            ])
        }
        return Array((JSONValue.object(["format": .int(Self.format), "accounts": .array(list)]).serialized() + "\n").utf8)
    }

    /// The book a file holds; `path` only names it in a refusal.
    public init(decoding bytes: [UInt8], path: String) throws(AccountError) {
        func damaged(_ reason: String) -> AccountError { .damaged(path: path, reason: reason) }
        let value: JSONValue
        do { value = try JSONValue.parse(bytes) } catch { throw damaged("\(error)") }
        guard value["format"]?.intValue == Self.format else { throw damaged("format \(value["format"].map { "\($0)" } ?? "missing"), not \(Self.format)") }
        guard let list = value["accounts"]?.arrayValue else { throw damaged("no list of accounts") }
        var book = AccountBook()
        for (n, entry) in list.enumerated() {
            func field(_ name: String) -> String { "account \(n + 1): '\(name)'" }
            guard let typed = entry["login"]?.stringValue, let login = try? LoginName(typed), login.text == typed else { throw damaged(field("login")) }
            guard let actor = entry["actor"]?.stringValue, !actor.isEmpty else { throw damaged(field("actor")) }
            guard let password = entry["password"], password["scheme"]?.stringValue == PasswordHash.scheme,
                  let iterations = password["iterations"]?.intValue.map(Int.init), PasswordHash.iterationRange.contains(iterations),
                  let salt = password["salt"]?.stringValue.flatMap(bytes(hex:)), salt.count >= PasswordHash.saltBytes,
                  let hash = password["hash"]?.stringValue.flatMap(bytes(hex:)), hash.count == PasswordHash.hashBytes
            else { throw damaged(field("password")) }
            guard let disabled = entry["disabled"]?.boolValue else { throw damaged(field("disabled")) }
            guard let created = entry["created"]?.stringValue.flatMap(Timestamp.init(logForm:)) else { throw damaged(field("created")) }
            guard let changed = entry["changed"]?.stringValue.flatMap(Timestamp.init(logForm:)) else { throw damaged(field("changed")) }
            do {
                try book.add(SignInAccount(login: login, actor: actor, password: PasswordHash(iterations: iterations, salt: salt, hash: hash),
                                           disabled: disabled, created: created, changed: changed))
            } catch {
                throw damaged("account \(n + 1): '\(login)' is listed twice")
            }
        }
        self = book
    }
}

private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}

private func bytes(hex: String) -> [UInt8]? {
    func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x57
        default: nil
        }
    }
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    for i in stride(from: 0, to: digits.count, by: 2) {
        guard let high = nibble(digits[i]), let low = nibble(digits[i + 1]) else { return nil }
        out.append(high << 4 | low)
    }
    return out
}
