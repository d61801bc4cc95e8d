/// Everything the accounts refuse, as data carrying the offending input; `RefusalText` (in
/// CouncilService) words each in Japanese and English for every front. A file the system cannot
/// read or write is a `StoreError` instead, as it is for the log.
public enum AccountError: Error, Equatable, Sendable {
    case invalidLogin(String)
    case duplicateLogin(String)
    case unknownLogin(String, known: [String])
    case passwordTooShort(minimum: Int, length: Int)
    case passwordTooLong(maximum: Int)
    case passwordControlCharacter
    case passwordOneCharacter
    case passwordIsLogin(String)
    case alreadyDisabled(String)
    case notDisabled(String)
    /// The actor an account would act as is not one the council knows (in a store that checks roles).
    case unknownActor(String, known: [String])
    /// Where roles are enforced, only an operating-system account linked to the administrator manages accounts.
    case administratorOnly(account: String, actor: String)
    /// The accounts folder or a file in it could be read by other accounts on the machine.
    case notPrivate(path: String, mode: UInt32, folder: Bool)
    case damaged(path: String, reason: String)
    /// The kernel gave no random bytes for a salt (errno, or 0 when getrandom is missing).
    case noRandomBytes(errno: Int32)
}
