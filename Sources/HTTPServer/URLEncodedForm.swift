/// `name=value&…` pairs as a query string or a form body (`application/x-www-form-urlencoded`)
/// carries them, decoded as the WHATWG URL standard says: `+` is a space, `%HH` a byte, a `%`
/// not followed by two hex digits stays as it is, and bytes that are not UTF-8 become U+FFFD.
public struct URLEncodedForm: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public let items: [Item]

    public init(_ bytes: some Collection<UInt8>) {
        items = bytes.split(separator: ASCII.ampersand).map { pair in
            let equals = pair.firstIndex(of: ASCII.equals)
            let name = pair[..<(equals ?? pair.endIndex)]
            let value = equals.map { pair[pair.index(after: $0)...] } ?? pair[pair.endIndex...]
            return Item(name: Self.decode(name), value: Self.decode(value))
        }
    }

    public init(_ text: String) { self.init(Array(text.utf8)) }

    /// The first value named `name`, or nil.
    public subscript(name: String) -> String? { items.first { $0.name == name }?.value }

    public func values(_ name: String) -> [String] { items.filter { $0.name == name }.map(\.value) }

    private static func decode(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.percent, index + 2 < bytes.count,
               let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(byte == ASCII.plus ? ASCII.space : byte)
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
