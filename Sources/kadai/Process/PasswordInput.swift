#if canImport(Glibc)
import Glibc
#endif

/// A password for `account add` and `account reset`: one line from `--password-file` (a file only
/// its owner may read) or from standard input, asked for twice without echo at a terminal. Never
/// an argument: every account on the machine sees a command's arguments in `ps`.
enum PasswordInput {
    /// Far above any password (`NewPassword.maximum` is 128 characters), far below memory trouble.
    static let limit = 4096

    static func read(file: String?) throws(CommandError) -> String {
        if let file { return try fromFile(file) }
        if isatty(0) == 1 { return try fromTerminal() }
        let bytes: [UInt8]
        do { bytes = try StandardInput.read("-", atMost: limit) } catch { throw tooLarge(ja: "標準入力", en: "standard input") }
        guard !bytes.isEmpty else {
            throw CommandError(ja: "パスワードが渡されていません。標準入力に1行で渡すか、--password-file で所有者だけが読めるファイル（chmod 600）を指定してください。パスワードは引数には書けません（ps で他のアカウントから見えるため）。",
                               en: "No password was given. Pipe it to standard input as one line, or name a file only you can read (chmod 600) with --password-file. A password cannot be an argument, which other accounts see in 'ps'.")
        }
        return try line(bytes, ja: "標準入力", en: "standard input")
    }

    static func fromFile(_ file: String) throws(CommandError) -> String {
        var st = stat()
        guard stat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            let reason = String(cString: strerror(errno == 0 ? ENOENT : errno))
            throw CommandError(ja: "--password-file '\(file)' を読めません（システムの説明: \(reason)）。ファイルの場所を確かめてください。",
                               en: "Cannot read --password-file '\(file)' (\(reason)). Check the path.")
        }
        guard st.st_mode & 0o077 == 0 else {
            let mode = String(st.st_mode & 0o777, radix: 8)
            throw CommandError(ja: "--password-file '\(file)' は、このコンピューターの他のアカウントからも読める状態です（モード \(mode)）。何も変えていません。chmod 600 '\(file)' を実行してから、もう一度行ってください。",
                               en: "--password-file '\(file)' can be read by other accounts on this machine (mode \(mode)). Nothing was changed; run chmod 600 '\(file)' and try again.")
        }
        let bytes: [UInt8]
        do { bytes = try StandardInput.read(file, atMost: limit) } catch { throw tooLarge(ja: "'\(file)'", en: "'\(file)'") }
        return try line(bytes, ja: "'\(file)'", en: "'\(file)'")
    }

    /// The bytes as one line of text: a final line break is dropped, any other refused.
    static func line(_ bytes: [UInt8], ja: String, en: String) throws(CommandError) -> String {
        var bytes = bytes[...]
        if bytes.last == 0x0A { bytes = bytes.dropLast() }
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandError(ja: "\(ja)のパスワードが UTF-8 の文字として読めません。", en: "The password in \(en) is not UTF-8 text.")
        }
        guard !text.isEmpty else {
            throw CommandError(ja: "\(ja)のパスワードが空です。1行で書いてください。", en: "The password in \(en) is empty. Write it on one line.")
        }
        guard !text.utf8.contains(0x0A) && !text.utf8.contains(0x0D) else {
            throw CommandError(ja: "\(ja)に2行以上あります。パスワードは1行だけで渡してください。", en: "\(en.prefix(1).uppercased() + en.dropFirst()) holds more than one line. Give the password alone, on one line.")
        }
        return text
    }

    static func tooLarge(ja: String, en: String) -> CommandError {
        CommandError(ja: "\(ja)を読めないか、パスワードとしては大きすぎます（\(limit) バイトまで）。", en: "Could not read \(en), or it is too large for a password (at most \(limit) bytes).")
    }

    /// Asks twice at the terminal, echo off, and refuses two different answers.
    static func fromTerminal() throws(CommandError) -> String {
        let first = try ask("パスワード / Password: ")
        let second = try ask("もう一度 / Again: ")
        guard first == second else {
            throw CommandError(ja: "2回入力したパスワードが違います。何も変えていません。", en: "The two passwords typed differ. Nothing was changed.")
        }
        return try line(Array(first.utf8), ja: "入力", en: "what was typed")
    }

    private static func ask(_ prompt: String) throws(CommandError) -> String {
        var saved = termios()
        tcgetattr(0, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(0, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(0, TCSAFLUSH, &saved)
            _ = write(2, "\n", 1)
        }
        var text = prompt
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count <= limit {
            let n = Glibc.read(0, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 || byte == 0x0A { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
