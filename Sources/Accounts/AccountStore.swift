import EventStore

/// The sign-in accounts of one council, kept beside its log and never in it: `STORE/accounts/
/// accounts.json`, in a folder only the store's owner may enter (0700, the file 0600, whatever
/// the umask), replaced whole at each change. A folder or file found looser is refused before
/// anything is read, naming the `chmod` that fixes it. Two processes changing accounts at once
/// take turns on the folder's lock.
public struct AccountStore: Sendable {
    public static let folderName = "accounts"
    public static let fileName = "accounts.json"

    let folder: PrivateFolder
    /// The iteration count of every hash this store makes (older hashes keep theirs until their next sign-in).
    public let iterations: Int
    let clock: @Sendable () -> Timestamp

    public init(store: String, iterations: Int = PasswordHash.iterations, clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) {
        folder = PrivateFolder("\(store)/\(Self.folderName)")
        self.iterations = iterations
        self.clock = clock
    }

    public var path: String { folder.file(Self.fileName) }
    /// The private folder the file is in.
    public var folderPath: String { folder.path }

    /// Every account, in the order of their names. Reads only: a store without accounts has none.
    public func list() throws -> [SignInAccount] { try book().accounts }

    /// A new account for `actor`. The name and the password are checked before anything else is
    /// done, the name taken is refused before the password is hashed.
    @discardableResult
    public func add(_ login: String, actor: String, password: String) throws -> SignInAccount {
        let login = try LoginName(login)
        let password = try NewPassword(password, for: login)
        guard try book().account(login) == nil else { throw AccountError.duplicateLogin(login.text) }
        let now = clock()
        let account = SignInAccount(login: login, actor: actor, password: try PasswordHash(password, iterations: iterations), created: now, changed: now)
        return try change(login) { book throws(AccountError) in try book.add(account) }
    }

    /// Gives an account a new password (a new salt, the current iteration count); returns it changed.
    @discardableResult
    public func resetPassword(_ login: String, to password: String) throws -> SignInAccount {
        let login = try known(login)
        let hash = try PasswordHash(try NewPassword(password, for: login), iterations: iterations)
        let now = clock()
        return try change(login) { book throws(AccountError) in try book.resetPassword(login, to: hash, at: now) }
    }

    /// Stops an account from signing in, or lets it again; returns it changed.
    @discardableResult
    public func setDisabled(_ login: String, _ disabled: Bool) throws -> SignInAccount {
        let login = try known(login)
        let now = clock()
        return try change(login) { book throws(AccountError) in try book.setDisabled(login, disabled, at: now) }
    }

    /// Checks a sign-in. PBKDF2 runs once whatever is typed — against a decoy hash when there is no
    /// such account — and the hash is compared in constant time, so neither the answer nor its time
    /// tells whether the name exists. A hash made at a lower count than this store's is made again
    /// at this store's count once the password is known to be right.
    public func signIn(_ typed: String, password: String) throws -> SignInResult {
        let account = (try? LoginName(typed)).flatMap(try book().account)
        let matches = (account?.password ?? .decoy(iterations: iterations)).matches(password)
        guard let account else { return .refused(.unknownLogin) }
        guard matches else { return .refused(.wrongPassword) }
        guard !account.disabled else { return .refused(.disabled) }
        if account.password.iterations < iterations, let stronger = try? PasswordHash(known: password, iterations: iterations) {
            // The sign-in stands whether or not the stronger hash is saved; the next one tries again.
            _ = try? change(account.login) { book throws(AccountError) in try book.update(account.login) { $0.password = stronger } }
        }
        return .signedIn(account)
    }

    // MARK: The file

    /// The name typed, as an account the file holds; refused with the names it does hold.
    func known(_ typed: String) throws -> LoginName {
        let login = try LoginName(typed)
        let book = try book()
        guard book.account(login) != nil else { throw AccountError.unknownLogin(login.text, known: book.accounts.map(\.login.text)) }
        return login
    }

    /// The accounts as the file holds them, after checking that no other account on the machine can read it.
    public func book() throws -> AccountBook {
        try checkPrivate()
        guard let bytes = try folder.read(Self.fileName) else { return AccountBook() }
        return try AccountBook(decoding: bytes, path: path)
    }

    /// Reads the file again under the folder's lock, applies `apply` and writes the result whole;
    /// returns the account `login` as written.
    func change(_ login: LoginName, _ apply: (inout AccountBook) throws(AccountError) -> Void) throws -> SignInAccount {
        try folder.create()
        return try folder.exclusively {
            var book = try book()
            try apply(&book)
            try folder.write(book.encoded(), to: Self.fileName)
            guard let account = book.account(login) else { throw AccountError.unknownLogin(login.text, known: book.accounts.map(\.login.text)) }
            return account
        }
    }

    func checkPrivate() throws {
        do {
            try folder.checkPrivate()
        } catch .notPrivate(let path, let mode, let isFolder) {
            throw AccountError.notPrivate(path: path, mode: mode, folder: isFolder)
        }
    }
}
