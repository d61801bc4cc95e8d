/// A meeting's agenda items on one line: 背景の整理、冊子の作成 (", " in English). Councils often
/// write an item as a sentence (「活動方針を確認した。」), and 「確認した。、」 is not Japanese, so an
/// item followed by another drops its own full stop; the last keeps it and the line ends as written.
public enum AgendaList {
    static let fullStops: Set<Character> = ["。", "．", ".", "｡"]

    public static func line(_ items: [String], japanese: Bool) -> String {
        items.enumerated().map { i, item in
            guard i < items.count - 1 else { return item }
            var trimmed = Substring(item)
            while let last = trimmed.last, fullStops.contains(last) { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: japanese ? "、" : ", ")
    }
}
