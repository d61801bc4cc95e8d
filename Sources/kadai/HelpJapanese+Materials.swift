/// The Japanese of the help that `meeting attach` and `meeting files` add by hand (`MaterialCommands`).
extension HelpJapanese {
    static let materials: [String: String] = [
        MaterialCommands.pathHelp.en: MaterialCommands.pathHelp.ja,
        "List the minutes and materials attached to a meeting: kind, title, file, type, size, public or not, SHA-256.":
            "会議に添付した議事録・資料の一覧を表示します（種類・表題・ファイル名・形式・大きさ・公開か非公開か・SHA-256）。",
        "The meeting's id, e.g. soudan-2024-3 (see 'kadai body show').": "会議の ID（例：soudan-2024-3。'kadai body show' で確かめられます）",
        "Copy the attached minutes and materials from DIR, the old store's files folder (each checked by its SHA-256).":
            "添付の議事録・資料を DIR（元のストアの files フォルダー）から写す（それぞれ SHA-256 で確かめる）",
    ]
}
