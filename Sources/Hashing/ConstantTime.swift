/// Comparisons whose time does not depend on where two secrets first differ, so that a caller
/// timing the answers (a password hash, a session id, a form's token) learns nothing from them.
public enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes. Every byte is looked at, whatever it holds; only
    /// the lengths, which are no secret here (a digest's length is the algorithm's), end it early.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
