import CouncilService

/// Slows down guessing: after `perAccount` failed sign-ins for one login, or `perAddress` from one
/// address, within `window`, further attempts are refused until the window has passed, whatever
/// the password. The refusal reads the same whether the login exists or not.
public final class SignInThrottle: @unchecked Sendable {
    public struct Limits: Sendable {
        public var perAccount = 5
        public var perAddress = 20
        public var windowMilliseconds: Int64 = 15 * 60_000
        public init() {}
    }

    let limits: Limits
    private var failures: [String: [Int64]] = [:]
    private let lock = ServiceLock()

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Whether an attempt may be checked now.
    public func allows(login: String, address: String, now: Int64) -> Bool {
        lock.holding {
            recent("login:" + login, now).count < limits.perAccount && recent("address:" + address, now).count < limits.perAddress
        }
    }

    public func failed(login: String, address: String, now: Int64) {
        lock.holding {
            for key in ["login:" + login, "address:" + address] { failures[key] = recent(key, now) + [now] }
        }
    }

    /// A good sign-in forgets the account's failures (not the address's).
    public func succeeded(login: String) { lock.holding { failures["login:" + login] = nil } }

    private func recent(_ key: String, _ now: Int64) -> [Int64] {
        (failures[key] ?? []).filter { now - $0 < limits.windowMilliseconds }
    }
}
