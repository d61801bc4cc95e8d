/// 和暦 dates inside a table cell's text, each marked to stay on one line: in a long column
/// (取組状況: 第1回（令和5年7月24日）) the browser may break Japanese anywhere and split 令和5年 from
/// 7月24日. ISO dates need nothing: no line breaks between a hyphen and a digit.
enum UnbrokenDates {
    static let eras: Set<String> = ["令和", "平成", "昭和", "大正", "明治"]

    /// `html` is escaped text; a date has no character escaping changes, so it is found as written.
    static func mark(_ html: String) -> String {
        guard html.contains("年") else { return html }
        let characters = Array(html)
        var out = ""
        var i = 0
        while i < characters.count {
            if let end = dateEnd(characters, from: i) {
                out += "<span class=\"unbroken\">" + String(characters[i..<end]) + "</span>"
                i = end
            } else {
                out.append(characters[i])
                i += 1
            }
        }
        return out
    }

    /// Where a date such as 令和5年7月24日 or 平成31年4月1日 (元年 too) starting at `start` ends.
    static func dateEnd(_ c: [Character], from start: Int) -> Int? {
        guard start + 1 < c.count, eras.contains(String(c[start...start + 1])) else { return nil }
        var i = start + 2
        func number() -> Bool {
            let first = i
            while i < c.count, c[i].isNumber { i += 1 }
            return i > first
        }
        func unit(_ u: Character) -> Bool {
            guard i < c.count, c[i] == u else { return false }
            i += 1
            return true
        }
        if i < c.count, c[i] == "元" { i += 1 } else if !number() { return nil }
        guard unit("年"), number(), unit("月"), number(), unit("日") else { return nil }
        return i
    }
}
