import Testing
@testable import QRCode

/// The SVG and PGM drawings: their exact frame, and that they draw what `isDark` says.
struct DrawingTests {
    @Test func theSVGIsOnePathWithATitleEscaped() throws {
        let code = try QRCode.encode("a<b & \"c\"", correction: .low)
        let svg = code.svg(moduleSize: 3, quietZone: 4)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 29 29\" width=\"87\" height=\"87\" shape-rendering=\"crispEdges\"><title>a&lt;b &amp; &quot;c&quot;</title>"))
        #expect(svg.hasSuffix("\"/></svg>"))
        #expect(svg.components(separatedBy: "<path").count == 2)
        // The top left finder's first row: seven dark modules from (4, 4) once the quiet zone is added.
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))
    }

    @Test func thePathCoversExactlyTheDarkModules() throws {
        let code = try QRCode.encode("https://example.jp/map/2026.html")
        let svg = code.svg(moduleSize: 1, quietZone: 0)
        let path = svg.split(separator: "d=\"")[1].prefix { $0 != "\"" }
        var covered = Set<[Int]>()
        for piece in path.split(separator: "M") {
            let numbers = piece.split(whereSeparator: { !"0123456789".contains($0) }).map { Int($0)! }
            let (x, y, run) = (numbers[0], numbers[1], numbers[2])
            for dx in 0..<run { covered.insert([x + dx, y]) }
        }
        let dark = Set((0..<code.size).flatMap { y in (0..<code.size).compactMap { x in code.isDark(x: x, y: y) ? [x, y] : nil } })
        #expect(covered == dark)
    }

    @Test func thePGMIsBinaryGreyWithItsQuietZone() throws {
        let code = try QRCode.encode("kadai", correction: .medium)
        let image = code.pgm(moduleSize: 2, quietZone: 4)
        let side = (code.size + 8) * 2
        let header = Array("P5\n\(side) \(side)\n255\n".utf8)
        #expect(Array(image.prefix(header.count)) == header)
        let pixels = Array(image.dropFirst(header.count))
        #expect(pixels.count == side * side)
        #expect(pixels.prefix(side * 8).allSatisfy { $0 == 255 }, "quiet zone above")
        #expect(pixels[8 * side + 8] == 0, "the finder's corner")
        #expect(Set(pixels) == [0, 255])
    }

    @Test func rowsAreIsDarkRowByRow() throws {
        let code = try QRCode.encode("rows")
        #expect(code.rows.count == code.size)
        #expect(code.rows.enumerated().allSatisfy { y, row in row.enumerated().allSatisfy { x, dark in dark == code.isDark(x: x, y: y) } })
    }
}
