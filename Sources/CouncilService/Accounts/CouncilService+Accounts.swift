import Accounts
import Council

extension CouncilService {
    /// The people who sign in to the web application, in `STORE/accounts/` (never in the log).
    public var accounts: AccountStore { AccountStore(store: store.directory) }

    /// `account list`: every account, without its password hash.
    public func listAccounts(as caller: Caller) throws -> [SignInAccount] {
        try administering(as: caller)
        return try accounts.list()
    }

    /// `account add`: a new account acting as `actor`, which must be an actor the role rules know
    /// where they are enforced (the administrator, or an id that has held a seat).
    @discardableResult
    public func addAccount(_ login: String, actor: String, password: String, as caller: Caller) throws -> SignInAccount {
        let state = try administering(as: caller)
        if state.enforcesRoles {
            let known = CouncilDecider.knownActors(state)
            guard known.contains(actor) else { throw AccountError.unknownActor(actor, known: known) }
        } else {
            guard IdRule.isSafe(actor) else { throw DomainError.invalidId(field: "actor id", id: actor) }
        }
        return try accounts.add(login, actor: actor, password: password)
    }

    /// `account reset`: a new password for an account (the person's own page will call the store too).
    @discardableResult
    public func resetAccountPassword(_ login: String, to password: String, as caller: Caller) throws -> SignInAccount {
        try administering(as: caller)
        let account = try accounts.resetPassword(login, to: password)
        try calendarTokens.renewIfKept(for: account.login.text)
        return account
    }

    /// `account disable` and `account enable`.
    @discardableResult
    public func setAccountDisabled(_ login: String, _ disabled: Bool, as caller: Caller) throws -> SignInAccount {
        try administering(as: caller)
        return try accounts.setDisabled(login, disabled)
    }

    /// A sign-in attempt at the web application: see `AccountStore.signIn`.
    public func signIn(_ login: String, password: String) throws -> SignInResult {
        try accounts.signIn(login, password: password)
    }

    /// Where roles are enforced, accounts are the administrator's to manage: the operating-system
    /// account running the command must be linked to the administrator (`--as` changes nothing
    /// here, since nothing is recorded in anyone's name). Elsewhere whoever may write the store may.
    @discardableResult
    func administering(as caller: Caller) throws -> CouncilState {
        let state = try council()
        guard state.enforcesRoles else { return state }
        guard let account = caller.account else { throw DomainError.accountWithoutName }
        guard let linked = state.accounts[account] else { throw DomainError.accountNotLinked(account) }
        guard linked == state.admin else { throw AccountError.administratorOnly(account: account.name, actor: linked) }
        return state
    }
}
