/// The marks councils put at the head of a list item themselves (◆ 主な取組, ・ 議題, ○ 第２回全体会):
/// HTML shows such an item without the list's own bullet, which would be a second one.
enum ListMark {
    static let marks: Set<Character> = ["◆", "◇", "・", "･", "○", "●", "◎", "■", "□", "▪", "★", "☆", "※"]

    static func leads(_ item: String) -> Bool {
        item.first { !$0.isWhitespace }.map(marks.contains) ?? false
    }
}
