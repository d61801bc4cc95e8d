import Accounts
import Arguments
import EventStore

#if canImport(Glibc)
import Glibc
#endif

extension RefusalText {
    /// What the sign-in accounts refuse, in plain words.
    public func describe(_ error: AccountError) -> String {
        switch error {
        case .invalidLogin(let login):
            return text("'\(login)' はログイン名に使えません。半角英数字（A〜Z、a〜z、0〜9）で始め、半角英数字と - _ . だけで\(LoginName.limit)文字以内にしてください（例 tanaka）。",
                        "'\(login)' cannot be a login name. Start with an ASCII letter or digit (A–Z, a–z, 0–9) and use only those, '-', '_' and '.', at most \(LoginName.limit) (e.g. tanaka).")
        case .duplicateLogin(let login):
            return text("ログイン名 '\(login)' のアカウントはすでにあります。別の名前にするか、パスワードを変えるなら 'kadai account reset \(login)' を使ってください。",
                        "There is already an account '\(login)'. Choose another name, or to change its password use 'kadai account reset \(login)'.")
        case .unknownLogin(let login, let known):
            return text("アカウント '\(login)' はありません。", "There is no account '\(login)'.")
                + (didYouMean(login, known) ?? text("'kadai account list' で確かめてください。", " See 'kadai account list'."))
        case .passwordTooShort(let minimum, let length):
            return text("パスワードが短すぎます（\(length)文字）。\(minimum)文字以上にしてください。",
                        "The password is too short (\(length) characters). Use at least \(minimum).")
        case .passwordTooLong(let maximum):
            return text("パスワードが長すぎます。\(maximum)文字以内にしてください。", "The password is too long. Use at most \(maximum) characters.")
        case .passwordControlCharacter:
            return text("パスワードに制御文字（改行、タブ、ESC など）が含まれています。画面から入力できる文字だけにしてください。",
                        "The password holds a control character (a line break, tab, ESC…). Use only characters that can be typed into a form.")
        case .passwordOneCharacter:
            return text("パスワードが同じ文字の繰り返しです。推測されにくい、いろいろな文字を使ってください。",
                        "The password is one character repeated. Use a mix of characters that is hard to guess.")
        case .passwordIsLogin(let login):
            return text("パスワードがログイン名 '\(login)' と同じです。別のパスワードにしてください。",
                        "The password is the login name '\(login)'. Choose another password.")
        case .alreadyDisabled(let login):
            return text("アカウント '\(login)' はすでに停止しています。再開するには 'kadai account enable \(login)' を使ってください。",
                        "The account '\(login)' is already disabled. To let it sign in again use 'kadai account enable \(login)'.")
        case .notDisabled(let login):
            return text("アカウント '\(login)' は停止していません。", "The account '\(login)' is not disabled.")
        case .unknownActor(let actor, let known):
            return text("'\(actor)' は管理者でもなく、どの会議体の委員にもなったことがありません。アカウントは協議会の記録者（管理者か委員の ID）に結び付けます。先に 'kadai member appoint' で委嘱してください。",
                        "'\(actor)' is not the administrator and has never held a seat; an account acts as a council actor (the administrator's id or a seat's). Appoint it first with 'kadai member appoint'.") + (didYouMean(actor, known) ?? "")
        case .administratorOnly(let account, let actor):
            return text("アカウントの管理は管理者だけが行います。OS のアカウント '\(account)' は '\(actor)' に紐付いていて、管理者ではありません。何も変えていません。",
                        "Accounts are managed by the administrator alone; the operating-system account '\(account)' is linked to '\(actor)', not to the administrator. Nothing was changed.")
        case .notPrivate(let path, let mode, let folder):
            let fix = PrivateFolder.chmodFix(path, folder: folder)
            return text("アカウントのファイル '\(path)' は、このコンピューターの他のアカウントからも読める状態です（モード \(String(mode, radix: 8))）。何も読んでいません。\(fix) を実行してから、もう一度行ってください。",
                        "The accounts in '\(path)' can be read by other accounts on this machine (mode \(String(mode, radix: 8))). Nothing was read; run \(fix) and try again.")
        case .damaged(let path, let reason):
            return text("アカウントのファイル '\(path)' が壊れています（技術的な詳細: \(reason)）。何も変えていません。バックアップから戻してください。",
                        "The accounts file '\(path)' is damaged (\(reason)). Nothing was changed; restore it from a backup.")
        case .noRandomBytes(let code):
            let reason = code == 0 ? "getrandom" : String(cString: strerror(code))
            return text("乱数をシステムから得られなかったため、パスワードを保存しませんでした（システムの説明: \(reason)）。",
                        "The system gave no random bytes, so no password was stored (\(reason)).")
        }
    }

    private func didYouMean(_ typed: String, _ known: [String]) -> String? {
        closestMatch(to: typed, among: known).map { text("'\($0)' のことですか？", " Did you mean '\($0)'?") }
    }

    /// The one answer to every refused sign-in: whether the name exists, the password was wrong or
    /// the account is disabled, the words are the same.
    public func describe(_ refusal: SignInRefusal) -> String {
        text("ログイン名またはパスワードが違います。", "The login name or the password is wrong.")
    }
}
