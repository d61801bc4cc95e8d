/// The score of a masked symbol (ISO/IEC 18004 §7.8.3): lower is easier for a reader. The mask
/// with the lowest score is the one printed.
enum Penalty {
    static func score(_ modules: [Bool], size: Int) -> Int {
        func at(_ x: Int, _ y: Int) -> Bool { modules[y * size + x] }
        var score = 0
        // Rule 1: five or more alike in a row or column, 3 and 1 more for each beyond five.
        // Rule 3: 1:1:3:1:1 dark-light-dark-dark-dark-light-dark with four light on one side, 40.
        for line in 0..<size {
            for across in [true, false] {
                var run = 0
                var previous = false
                var window = 0 // the last eleven modules, dark as 1
                for along in 0..<size {
                    let dark = across ? at(along, line) : at(line, along)
                    if along > 0, dark == previous { run += 1 } else {
                        if run >= 5 { score += 3 + run - 5 }
                        run = 1
                    }
                    previous = dark
                    window = (window << 1 | (dark ? 1 : 0)) & 0x7FF
                    if along >= 10, window == 0b10111010000 || window == 0b00001011101 { score += 40 }
                }
                if run >= 5 { score += 3 + run - 5 }
            }
        }
        // Rule 2: each 2×2 block of one colour, 3.
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = at(x, y)
                if at(x + 1, y) == colour, at(x, y + 1) == colour, at(x + 1, y + 1) == colour { score += 3 }
            }
        }
        // Rule 4: 10 for each whole 5 % the share of dark modules strays from half.
        let dark = modules.count { $0 }
        let total = modules.count
        score += 10 * (abs(dark * 20 - total * 10) / total)
        return score
    }
}
