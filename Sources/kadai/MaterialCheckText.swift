import Council
import CouncilService
import EventStore

/// What `kadai audit verify` says of the files attached to meetings.
enum MaterialCheckText {
    static func say(_ check: MaterialCheck, _ c: Context) {
        guard check.checked > 0 else { return }
        if check.isSound {
            c.say(c.text("添付ファイル \(check.checked) 件は、すべて記録どおりの大きさと SHA-256 です。",
                         "The \(check.checked) attached files all have the size and SHA-256 their records hold."))
            return
        }
        c.say(c.text("添付ファイル \(check.checked) 件のうち \(check.problems.count) 件に問題があります:",
                     "\(check.problems.count) of the \(check.checked) attached files are not as recorded:"))
        for problem in check.problems { c.say("  " + line(problem, c)) }
        c.say(c.text("ストアの files/ フォルダーをバックアップから戻してください（ファイル名は SHA-256 です）。ログには何も変更を加えていません。",
                     "Restore the store's files/ folder from a backup (each file is named by its SHA-256). Nothing was changed in the log."))
    }

    static func line(_ problem: (attached: [MaterialAttached], condition: StoredFileCondition), _ c: Context) -> String {
        let m = problem.attached[0]
        let cited = problem.attached.map { "\($0.meeting)「\($0.title)」" }.joined(separator: c.text("、", ", "))
        let path = "files/sha256/\(m.sha256.prefix(2))/\(m.sha256)"
        switch problem.condition {
        case .intact:
            return ""
        case .missing:
            return c.text("\(cited)（\(m.file)、\(m.size) バイト）のファイル \(path) がありません。",
                          "\(cited) (\(m.file), \(m.size) bytes): the file \(path) is missing.")
        case .altered(let size, let sha256):
            return c.text("\(cited)（\(m.file)）のファイル \(path) が記録と違います（記録 \(m.size) バイト、実際 \(size) バイト、SHA-256 \(sha256.hex.prefix(12))…）。",
                          "\(cited) (\(m.file)): the file \(path) is not the one recorded (recorded \(m.size) bytes, found \(size) bytes, SHA-256 \(sha256.hex.prefix(12))…).")
        }
    }
}
