import Accounts
import CouncilService
import JSON

/// `kadai account add|reset|disable|enable|list`: the people who sign in to the web application,
/// the administrator's to manage where roles are enforced (the service's use-cases; this reads the
/// password and prints what they did).
enum AccountCommands {
    static func run(_ c: Context) throws -> Int32 {
        let service = try c.openService()
        let verb = c.command.path[1]
        guard verb != "list" else { return try list(c, service.listAccounts(as: c.caller)) }
        // A name that can never be an account is refused before a password is asked for.
        let login = try LoginName(c.command.positionals[0]).text
        let account: SignInAccount
        let said: String
        switch verb {
        case "add":
            let actor = c.command.value("actor") ?? ""
            account = try service.addAccount(login, actor: actor, password: try PasswordInput.read(file: c.command.value("password-file")), as: c.caller)
            said = c.text("アカウント '\(login)' を作りました。'\(actor)' として記録します（パスワードは PBKDF2-HMAC-SHA256、\(account.password.iterations) 回で保存）。",
                          "Added the account '\(login)', which records as '\(actor)' (its password kept as PBKDF2-HMAC-SHA256, \(account.password.iterations) iterations).")
        case "reset":
            account = try service.resetAccountPassword(login, to: try PasswordInput.read(file: c.command.value("password-file")), as: c.caller)
            said = c.text("アカウント '\(login)' のパスワードを変えました。", "Changed the password of the account '\(login)'.")
        default:
            let disabling = verb == "disable"
            account = try service.setAccountDisabled(login, disabling, as: c.caller)
            said = disabling ? c.text("アカウント '\(login)' を停止しました。サインインできません。", "Disabled the account '\(login)': it cannot sign in.")
                             : c.text("アカウント '\(login)' を再開しました。サインインできます。", "Enabled the account '\(login)': it can sign in again.")
        }
        if c.json { c.printJSON(entry(account)) } else { c.say(said) }
        return 0
    }

    /// An account as `--json` shows it: never its salt or hash.
    static func entry(_ a: SignInAccount) -> JSONObject {
        ["login": .string(a.login.text), "actor": .string(a.actor), "disabled": .bool(a.disabled),
         "created": .string(a.created.description), "changed": .string(a.changed.description), "iterations": .int(Int64(a.password.iterations))]
    }

    static func list(_ c: Context, _ accounts: [SignInAccount]) -> Int32 {
        if c.json {
            c.printJSON(["accounts": .array(accounts.map { .object(entry($0)) })])
            return 0
        }
        guard !accounts.isEmpty else {
            c.say(c.text("アカウントはまだありません。'kadai account add ログイン名 --actor ID' で作ります。",
                         "There are no accounts yet. Add one with 'kadai account add LOGIN --actor ID'."))
            return 0
        }
        for a in accounts {
            let state = a.disabled ? c.text("停止中", "disabled") : c.text("有効", "enabled")
            c.say("\(a.login.text)\t→ \(a.actor)\t\(state)\t" + c.text("作成 \(a.created)\t変更 \(a.changed)", "created \(a.created)\tchanged \(a.changed)"))
        }
        return 0
    }
}
