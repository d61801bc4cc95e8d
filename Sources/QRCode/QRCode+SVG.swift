extension QRCode {
    /// A self-contained `<svg>`: a white square and one path of the dark modules, in module units
    /// scaled by `moduleSize` pixels. `quietZone` light modules surround it (the standard asks for 4).
    /// The text is the image's title, for screen readers and for anyone who cannot scan it.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4) -> String {
        let side = size + 2 * quietZone
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                var run = 1
                while x + run < size, isDark(x: x + run, y: y) { run += 1 }
                path += "M\(x + quietZone) \(y + quietZone)h\(run)v1h-\(run)z"
                x += run
            }
        }
        let title = "<title>\(Self.escaped(text))</title>"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(side) \(side)\" width=\"\(side * moduleSize)\" height=\"\(side * moduleSize)\" shape-rendering=\"crispEdges\">"
            + title
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    /// The five characters XML gives meaning to, as entities.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
