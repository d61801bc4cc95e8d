import JSON
import Testing

@Suite struct JSONObjectTests {
    @Test func keepsInsertionOrder() {
        var object = JSONObject()
        object["b"] = 1
        object["a"] = 2
        object["c"] = 3
        #expect(object.keys == ["b", "a", "c"])
        object["a"] = 20  // an existing key keeps its place
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["a"] == 20)
        object["a"] = nil
        #expect(object.keys == ["b", "c"])
        object["a"] = 4  // a new key goes last
        #expect(object.keys == ["b", "c", "a"])
        #expect(object.count == 3)
        #expect(object.map(\.key) == ["b", "c", "a"])
        #expect(object.values == [1, 3, 4])
        #expect(object.removeValue(forKey: "c") == 3)
        #expect(object.removeValue(forKey: "c") == nil)
        #expect(object.contains(key: "b"))
    }

    @Test func equalityIsOrderSensitive() {
        let ab: JSONObject = ["a": 1, "b": 2]
        let ba: JSONObject = ["b": 2, "a": 1]
        #expect(ab != ba)
        #expect(ab == JSONObject([("a", 1), ("b", 2)]))
    }

    @Test func laterDuplicatePairsReplaceInPlace() {
        let object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
    }

    @Test func largeObjectsStayOrderedThroughTheIndex() {
        var object = JSONObject()
        for n in 0..<100 {
            object["k\(n)"] = .int(Int64(n))
        }
        #expect(object.keys == (0..<100).map { "k\($0)" })
        for n in stride(from: 0, to: 100, by: 2) {
            object["k\(n)"] = nil
        }
        #expect(object.count == 50)
        #expect(object["k51"] == 51)
        #expect(object["k50"] == nil)
        object["k51"] = "x"
        #expect(object.keys.firstIndex(of: "k51") == 25)
        // Canonically equivalent keys are still two keys.
        object["\u{E9}"] = 1
        object["e\u{301}"] = 2
        #expect(object["\u{E9}"] == 1)
        #expect(object.count == 52)
    }
}
