import JSON
import TestSupport

/// Random JSON values that stress what the parser and writer must agree on: every control
/// character, quotes and backslashes, scalars from every plane, extreme numbers, nesting.
struct RandomJSON {
    var rng: TestRandom
    /// Foundation's dictionaries merge keys that are canonically equivalent; the cross-check
    /// asks for keys that stay distinct under Swift's `==` as well.
    var distinctUnderCanonicalEquivalence = false

    init(seed: UInt64) {
        rng = TestRandom(seed: seed)
    }

    /// A random value wrapped in `levels` random arrays and objects with random siblings,
    /// deep enough to reach the parser's and writer's iterative paths.
    mutating func deepValue(levels: Int) -> JSONValue {
        var value = self.value()
        for _ in 0..<levels {
            let siblings = (0..<Int.random(in: 0...2, using: &rng)).map { _ in self.value(depth: 6) }
            var members = siblings
            members.insert(value, at: Int.random(in: 0...siblings.count, using: &rng))
            if Bool.random(using: &rng) {
                value = .array(members)
            } else {
                var object = JSONObject()
                for (n, member) in members.enumerated() {
                    object["k\(n)" + string()] = member
                }
                value = .object(object)
            }
        }
        return value
    }

    mutating func value(depth: Int = 0) -> JSONValue {
        let leafOnly = depth >= 6
        switch Int.random(in: 0..<(leafOnly ? 5 : 7), using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .int(integer())
        case 3: return .double(double())
        case 4: return .string(string())
        case 5:
            let n = Int.random(in: 0...5, using: &rng)
            return .array((0..<n).map { _ in value(depth: depth + 1) })
        default:
            var object = JSONObject()
            var plainKeys = Set<String>()
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                let key = string()
                if distinctUnderCanonicalEquivalence && !plainKeys.insert(key).inserted { continue }
                object[key] = value(depth: depth + 1)
            }
            return .object(object)
        }
    }

    mutating func integer() -> Int64 {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return [Int64.min, Int64.max, 0, -1, 1][Int.random(in: 0..<5, using: &rng)]
        case 1: return Int64.random(in: -1000...1000, using: &rng)
        default: return Int64(bitPattern: rng.next())
        }
    }

    mutating func double() -> Double {
        switch Int.random(in: 0..<5, using: &rng) {
        case 0:
            return [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
                    -Double.leastNormalMagnitude, 123456789.125][Int.random(in: 0..<10, using: &rng)]
        case 1:
            return Double(Int.random(in: -100_000...100_000, using: &rng)) / 1000
        default:
            while true {
                let d = Double(bitPattern: rng.next())
                if d.isFinite { return d }
            }
        }
    }

    mutating func string() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            scalars.append(scalar())
        }
        return String(scalars)
    }

    mutating func scalar() -> Unicode.Scalar {
        while true {
            let v: UInt32
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: v = UInt32.random(in: 0..<0x20, using: &rng)  // every control character
            case 1: v = [0x22, 0x5C, 0x2F, 0x7F][Int.random(in: 0..<4, using: &rng)]  // " \ / DEL
            case 2, 3: v = UInt32.random(in: 0x20..<0x7F, using: &rng)
            case 4: v = UInt32.random(in: 0x3040..<0x30FF, using: &rng)  // kana
            case 5: v = UInt32.random(in: 0x80..<0x800, using: &rng)
            case 6: v = UInt32.random(in: 0x800..<0x10000, using: &rng)
            default: v = UInt32.random(in: 0x10000...0x10FFFF, using: &rng)
            }
            if let scalar = Unicode.Scalar(v) { return scalar }  // nil for surrogates
        }
    }
}
