import Hashing
import Testing

/// RFC 4231, section 4: the HMAC-SHA-256 test cases (case 5, a truncated output, is left out:
/// kadai never truncates).
struct HMACSHA256Tests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var key: [UInt8]
        var data: [UInt8]
        var mac: String
        var testDescription: String { name }
    }

    static func bytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex {
            let j = hex.index(i, offsetBy: 2)
            out.append(UInt8(hex[i..<j], radix: 16)!)
            i = j
        }
        return out
    }

    static let cases: [Case] = [
        Case(name: "RFC 4231 case 1", key: [UInt8](repeating: 0x0B, count: 20), data: Array("Hi There".utf8),
             mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Case(name: "RFC 4231 case 2", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
             mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Case(name: "RFC 4231 case 3", key: [UInt8](repeating: 0xAA, count: 20), data: [UInt8](repeating: 0xDD, count: 50),
             mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Case(name: "RFC 4231 case 4", key: bytes("0102030405060708090a0b0c0d0e0f10111213141516171819"), data: [UInt8](repeating: 0xCD, count: 50),
             mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Case(name: "RFC 4231 case 6 (key longer than a block)", key: [UInt8](repeating: 0xAA, count: 131),
             data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
             mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Case(name: "RFC 4231 case 7 (key and data longer than a block)", key: [UInt8](repeating: 0xAA, count: 131),
             data: Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
             mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test(arguments: cases) func thePublishedVector(_ c: Case) {
        #expect(HMACSHA256.authenticate(c.data, key: c.key).hex == c.mac)
    }

    @Test(arguments: cases) func fedInPiecesItGivesTheSame(_ c: Case) {
        var mac = HMACSHA256(key: c.key)
        for i in stride(from: 0, to: c.data.count, by: 7) { mac.update(Array(c.data[i..<min(i + 7, c.data.count)])) }
        #expect(mac.finalize().hex == c.mac)
    }
}
