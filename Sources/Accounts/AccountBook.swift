import EventStore

/// Every sign-in account, in the order of their names: a plain value that the store reads from its
/// file, changes and writes back whole.
public struct AccountBook: Equatable, Sendable {
    public private(set) var accounts: [SignInAccount] = []

    public init(_ accounts: [SignInAccount] = []) {
        self.accounts = accounts.sorted { $0.login < $1.login }
    }

    public func account(_ login: LoginName) -> SignInAccount? {
        accounts.first { $0.login == login }
    }

    public mutating func add(_ account: SignInAccount) throws(AccountError) {
        guard self.account(account.login) == nil else { throw .duplicateLogin(account.login.text) }
        accounts.append(account)
        accounts.sort { $0.login < $1.login }
    }

    /// Changes one account in place; `change` may refuse (an account already disabled, say).
    public mutating func update(_ login: LoginName, _ change: (inout SignInAccount) throws(AccountError) -> Void) throws(AccountError) {
        guard let i = accounts.firstIndex(where: { $0.login == login }) else {
            throw .unknownLogin(login.text, known: accounts.map(\.login.text))
        }
        try change(&accounts[i])
    }

    public mutating func resetPassword(_ login: LoginName, to hash: PasswordHash, at time: Timestamp) throws(AccountError) {
        try update(login) { account throws(AccountError) in
            account.password = hash
            account.changed = time
        }
    }

    public mutating func setDisabled(_ login: LoginName, _ disabled: Bool, at time: Timestamp) throws(AccountError) {
        try update(login) { account throws(AccountError) in
            guard account.disabled != disabled else { throw disabled ? .alreadyDisabled(login.text) : .notDisabled(login.text) }
            account.disabled = disabled
            account.changed = time
        }
    }
}
