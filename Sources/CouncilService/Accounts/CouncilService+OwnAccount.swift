import Accounts
import EventStore

extension CouncilService {
    /// A person changing their own password from the web application: the current one must be
    /// right (a refusal reads as any refused sign-in), the new one is held to the same rules as an
    /// administrator's. Every session of the account started before the change ends with it.
    public func changeOwnPassword(_ login: String, current: String, new: String) throws {
        guard case .signedIn = try accounts.signIn(login, password: current) else { throw SignInRefusal.wrongPassword }
        let account = try accounts.resetPassword(login, to: new)
        try calendarTokens.renewIfKept(for: account.login.text)
    }

    /// Whether a session of `login` started at `since` may go on: the account is still there, not
    /// disabled, and its password has not changed since; a changed password gives the calendar feeds new addresses too (an administrator's reset, or the person's
    /// own change elsewhere, ends the sessions started before it).
    public func accountStillAllows(_ login: String, since: Timestamp) -> Bool {
        guard let name = try? LoginName(login), let account = (try? keptAccounts.book(accounts))?.account(name) else { return false }
        return !account.disabled && account.changed <= since
    }
}
