import Foundation
import JSON
import Testing

/// Foundation's parser as an independent oracle: the same documents must give the same values.
@Suite struct JSONFoundationCrossCheckTests {
    @Test func randomDocumentsParseToTheSameValuesAsJSONSerialization() throws {
        let baseSeed: UInt64 = 0xF0_0D00_0000_0000
        for n in 0..<400 {
            let seed = baseSeed &+ UInt64(n)
            var generator = RandomJSON(seed: seed)
            generator.distinctUnderCanonicalEquivalence = true
            let value = generator.value()
            let text = value.serialized()
            let ours = try JSONValue.parse(text)
            let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            #expect(sameValue(ours, theirs), "seed \(seed): \(text)")
        }
    }

    @Test func foundationOutputParsesToTheSameValues() throws {
        let baseSeed: UInt64 = 0xF0_0D00_0001_0000
        for n in 0..<200 {
            let seed = baseSeed &+ UInt64(n)
            var generator = RandomJSON(seed: seed)
            generator.distinctUnderCanonicalEquivalence = true
            let foundationObject = try JSONSerialization.jsonObject(
                with: Data(generator.value().serialized().utf8), options: [.fragmentsAllowed])
            let data = try JSONSerialization.data(withJSONObject: foundationObject, options: [.fragmentsAllowed])
            let ours = try JSONValue.parse([UInt8](data))
            #expect(sameValue(ours, foundationObject), "seed \(seed)")
        }
    }

    func sameValue(_ ours: JSONValue, _ theirs: Any) -> Bool {
        switch ours {
        case .null:
            return theirs is NSNull
        case .bool(let b):
            return (theirs as? Bool) == b && isBoolean(theirs)
        case .int(let i):
            guard let number = theirs as? NSNumber, !isBoolean(theirs) else { return false }
            return number.int64Value == i || number.doubleValue == Double(i)
        case .double(let d):
            // swift-corelibs-foundation keeps some numbers as NSDecimalNumber, whose
            // `doubleValue` is not correctly rounded; its decimal text is exact.
            if let decimal = theirs as? NSDecimalNumber {
                return Double(decimal.description) == d
            }
            guard let number = theirs as? NSNumber, !isBoolean(theirs) else { return false }
            return number.doubleValue == d
        case .string(let s):
            guard let string = theirs as? String else { return false }
            return Array(string.utf8) == Array(s.utf8)
        case .array(let elements):
            guard let array = theirs as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { sameValue($0, $1) }
        case .object(let object):
            guard let dictionary = theirs as? [String: Any], dictionary.count == object.count else { return false }
            return object.allSatisfy { key, value in dictionary[key].map { sameValue(value, $0) } ?? false }
        }
    }

    /// Booleans come back as NSNumber too; they are the ones whose type encoding is `char`.
    func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }
}
