import JSON

/// Where two events' data first differ: what an import names when a record is not what kadai
/// writes for it.
public struct DataDifference: Equatable, Sendable {
    /// The key, with the way into arrays and objects below it: `actions[0].who`.
    public var path: String
    /// Each side as JSON text; nil where the key is absent.
    public var recorded: String?
    public var written: String?

    /// Nil when `recorded` and `written` are the same, key order included.
    public static func between(_ recorded: JSONObject, _ written: JSONObject) -> DataDifference? {
        first(.object(recorded), .object(written), path: "")
    }

    private static func first(_ a: JSONValue?, _ b: JSONValue?, path: String) -> DataDifference? {
        guard a != b else { return nil }
        switch (a, b) {
        case (.object(let x)?, .object(let y)?):
            for key in x.keys + y.keys where x[key] != y[key] {
                return first(x[key], y[key], path: path.isEmpty ? key : "\(path).\(key)")
            }
        case (.array(let x)?, .array(let y)?) where x.count == y.count:
            for i in x.indices where x[i] != y[i] { return first(x[i], y[i], path: "\(path)[\(i)]") }
        default:
            break
        }
        // Different kinds or lengths, or the same keys in another order: the whole value.
        return DataDifference(path: path.isEmpty ? "data" : path, recorded: a?.serialized(), written: b?.serialized())
    }
}
