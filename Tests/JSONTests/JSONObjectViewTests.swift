import JSON
import TestSupport
import Testing

/// What `JSONObjectView` makes of `input`: its members read back through `readValue`, or its error.
func viewResult(_ input: [UInt8]) -> Result<JSONObject, JSONError> {
    input.withUnsafeBytes { buffer in
        Result { () throws(JSONError) -> JSONObject in
            let view = try JSONObjectView(buffer)
            guard case .object(let parsed) = try JSONValue.parse(input) else { Issue.record("the view accepted a non-object"); return [:] }
            var read = JSONObject()
            for key in parsed.keys {
                guard var reader = view.reader(forKey: key) else { Issue.record("no member '\(key)'"); continue }
                read[key] = try reader.readValue()
            }
            #expect(view.count == parsed.count)
            return read
        }
    }
}

@Suite struct JSONObjectViewTests {
    struct Lookup: Sendable, CustomTestStringConvertible {
        var input: String
        var key: String
        var value: JSONValue?
        /// The bytes between the quotes when the value is a string without escapes.
        var plain: String?
        var testDescription: String { "\(key) in \(input)" }
    }

    static let lookups: [Lookup] = [
        .init(input: #"{"issue":"K-1","on":"2020-08-06"}"#, key: "on", value: .string("2020-08-06"), plain: "2020-08-06"),
        .init(input: #"{"issue":"K-1","on":"2020-08-06"}"#, key: "off", value: nil, plain: nil),
        .init(input: #" { "a" : [ 1 , 2 ] , "b" : { "c" : null } } "#, key: "b", value: .object(["c": .null]), plain: nil),
        .init(input: #"{"a":"x\ny"}"#, key: "a", value: .string("x\ny"), plain: nil),
        .init(input: #"{"\u0061":1}"#, key: "a", value: .int(1), plain: nil),
        .init(input: #"{"title":"精神障害者が地域で暮らしにくい"}"#, key: "title", value: .string("精神障害者が地域で暮らしにくい"), plain: "精神障害者が地域で暮らしにくい"),
        .init(input: #"{"categories":["障害者","家族"]}"#, key: "categories", value: .array([.string("障害者"), .string("家族")]), plain: nil),
        // Keys longer than the 7 bytes a signature holds, differing only after them.
        .init(input: #"{"carriedOverA":1,"carriedOverB":2}"#, key: "carriedOverB", value: .int(2), plain: nil),
        .init(input: #"{"":true}"#, key: "", value: .bool(true), plain: nil),
        .init(input: #"{}"#, key: "a", value: nil, plain: nil),
    ]

    @Test(arguments: lookups) func findsMembersByKey(_ c: Lookup) throws {
        let bytes = Array(c.input.utf8)
        let found: (JSONValue?, String?) = try bytes.withUnsafeBytes { buffer in
            let view = try JSONObjectView(buffer)
            guard let value = view.value(forKey: c.key) else { return (nil, nil) }
            var reader = value.reader
            return (try reader.readValue(), value.plainString.map { String(decoding: $0, as: UTF8.self) })
        }
        #expect(found.0 == c.value)
        #expect(found.1 == c.plain)
    }

    @Test func keysWrittenInTheSourceAreFoundLikeStrings() throws {
        let bytes = Array(#"{"issue":"K-1","carriedOverTo":2021}"#.utf8)
        try bytes.withUnsafeBytes { buffer in
            let view = try JSONObjectView(buffer)
            var reader = try #require(view.reader(forKey: "carriedOverTo" as StaticString))
            #expect(try reader.readInt() == 2021)
            #expect(view.value(forKey: "carriedOverT" as StaticString) == nil)
        }
    }

    @Test(arguments: [
        (#"[1]"#, JSONError(offset: 0, reason: .unexpectedByte(UInt8(ascii: "[")))),
        (#""#, JSONError(offset: 0, reason: .unexpectedEnd)),
        (#"{"a":1,"a":2}"#, JSONError(offset: 7, reason: .duplicateKey("a"))),
        (#"{"a":1,"\u0061":2}"#, JSONError(offset: 7, reason: .duplicateKey("a"))),
        (#"{"a":1} x"#, JSONError(offset: 8, reason: .trailingData)),
        (#"{"a":1"#, JSONError(offset: 6, reason: .unexpectedEnd)),
    ]) func refusesWhatIsNotOneObject(_ input: String, _ expected: JSONError) {
        guard case .failure(let error) = viewResult(Array(input.utf8)) else { Issue.record("accepted \(input)"); return }
        #expect(error == expected)
    }

    @Test func aDuplicateAmongManyKeysIsFound() {
        let keys = (0..<40).map { "\"k\($0)\":\($0)" } + ["\"k7\":0"]
        let input = Array("{\(keys.joined(separator: ","))}".utf8)
        guard case .failure(let error) = viewResult(input) else { Issue.record("a duplicate key was accepted"); return }
        #expect(error.reason == .duplicateKey("k7"))
    }

    /// On objects and their mutations the view must accept exactly what `JSONValue.parse` accepts
    /// as an object, with the same first error, and read every member back equal.
    @Test func agreesWithTheParserOnMutatedObjects() {
        let baseSeed: UInt64 = 0x0B1E_C700_0000_0001
        let seeds = [#"{"a":"\u00e9\ud83d\ude00\n","b":[1,-2.5e-3,{"c":null}],"d":"地域課題"}"#, #" { "x" : { "y" : [ ] } , "z" : false } "#]
        for n in 0..<3000 {
            let seed = baseSeed &+ UInt64(n)
            var rng = TestRandom(seed: seed)
            var input: [UInt8]
            if n % 3 == 0 {
                var generator = RandomJSON(seed: seed)
                input = Array(JSONValue.object(["v": generator.value(), "w": generator.value()]).serialized().utf8)
            } else {
                input = Array(seeds[n % 2].utf8)
            }
            for _ in 0..<Int.random(in: 0...3, using: &rng) { JSONFuzzTests().mutate(&input, &rng) }
            let parsed = Result { () throws(JSONError) in try JSONValue.parse(input) }
            switch (parsed, viewResult(input)) {
            case (.success(.object(let object)), .success(let read)):
                #expect(read == object, "seed \(seed)")
            case (.failure(let expected), .failure(let error)):
                // What does not even start as an object is refused at its first byte instead.
                if input.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") {
                    #expect(error == expected, "seed \(seed): \(String(decoding: input, as: UTF8.self))")
                }
            case (.success(let value), .failure(let error)):
                #expect(!value.isObject, "seed \(seed): refused an object: \(error)")
            case (_, .success):
                Issue.record("seed \(seed): the view accepted what the parser did not read as an object")
            }
        }
    }
}

extension JSONValue {
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
