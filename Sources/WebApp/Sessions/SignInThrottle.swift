import Accounts
import CouncilService

/// Slows down guessing: after `perAccount` failed attempts for one login, or `perAddress` from one
/// address, within `window`, further attempts are refused until the window has passed, whatever
/// the password. The refusal reads the same whether the login exists or not. Every attempt counts
/// as a failure from the moment it is let through (so many at once cannot all slip past the
/// count) until it succeeds; a success is then not counted at all. Logins are counted as the account book names them (`Jimu` is `jimu`);
/// what cannot be a login shares one count.
public final class SignInThrottle: @unchecked Sendable {
    public struct Limits: Sendable {
        public var perAccount = 5
        public var perAddress = 20
        public var windowMilliseconds: Int64 = 15 * 60_000
        /// Beyond this many counted names and addresses the oldest are forgotten first.
        public var remembered = 100_000
        public init() {}
    }

    let limits: Limits
    private var failures: [String: [Int64]] = [:]
    private let lock = ServiceLock()

    public init(limits: Limits = Limits()) { self.limits = limits }

    static func key(login: String) -> String { "login:" + ((try? LoginName(login).text) ?? "(not a login)") }

    /// Whether an attempt may be checked now; one that may is counted at once.
    public func attempt(login: String, address: String, now: Int64) -> Bool {
        lock.holding {
            let keys = [Self.key(login: login), "address:" + address]
            let counts = keys.map { recent($0, now).count }
            guard counts[0] < limits.perAccount && counts[1] < limits.perAddress else { return false }
            if failures.count >= limits.remembered { forgetOldest(now) }
            for key in keys { failures[key] = recent(key, now) + [now] }
            return true
        }
    }

    /// A good attempt forgets the account's failures, and is itself no longer counted against the
    /// address it came from (its earlier failures still are: they count guesses at many accounts),
    /// so an office whose staff all sign in from one address is never refused for signing in.
    public func succeeded(login: String, address: String, attemptedAt: Int64) {
        lock.holding {
            failures[Self.key(login: login)] = nil
            let key = "address:" + address
            if var counted = failures[key], let own = counted.lastIndex(of: attemptedAt) {
                counted.remove(at: own)
                failures[key] = counted.isEmpty ? nil : counted
            }
        }
    }

    private func recent(_ key: String, _ now: Int64) -> [Int64] {
        (failures[key] ?? []).filter { now - $0 < limits.windowMilliseconds }
    }

    private func forgetOldest(_ now: Int64) {
        failures = failures.filter { !$0.value.allSatisfy { now - $0 >= limits.windowMilliseconds } }
        while failures.count >= limits.remembered, let oldest = failures.min(by: { ($0.value.last ?? 0) < ($1.value.last ?? 0) }) {
            failures[oldest.key] = nil
        }
    }
}
