/// The streams of a saved index as they lie in the file: entries sorted by the UTF-8 bytes of their
/// names, behind a table of offsets. Opening a store copies this section without decoding it; a
/// stream is found by binary search when it is first asked for. (A million events hold tens of
/// thousands of streams; a command reads two or three.)
struct SavedStreamTable: Sendable {
    let offsets: [UInt64]
    let entries: [UInt8]

    var count: Int { offsets.count }

    /// The positions of `name`, or nil if the table does not hold it.
    func find(_ name: String) -> [UInt64]? {
        let target = Array(name.utf8)
        return entries.withUnsafeBytes { bytes -> [UInt64]? in
            var low = 0, high = offsets.count - 1
            while low <= high {
                let mid = (low + high) / 2
                guard let (entryName, positionsAt) = Self.name(in: bytes, at: Int(offsets[mid])) else { return nil }
                if entryName.elementsEqual(target) { return Self.positions(in: bytes, at: positionsAt) }
                if entryName.lexicographicallyPrecedes(target) { low = mid + 1 } else { high = mid - 1 }
            }
            return nil
        }
    }

    /// Every stream with its positions (for listing all names, appending and saving).
    func all() -> [(String, [UInt64])] {
        entries.withUnsafeBytes { bytes in
            offsets.compactMap { offset -> (String, [UInt64])? in
                guard let (name, at) = Self.name(in: bytes, at: Int(offset)), let positions = Self.positions(in: bytes, at: at) else { return nil }
                return (String(decoding: name, as: UTF8.self), positions)
            }
        }
    }

    /// The name bytes of the entry at `offset`, and where its positions begin.
    private static func name(in bytes: UnsafeRawBufferPointer, at offset: Int) -> (UnsafeRawBufferPointer, Int)? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        guard offset + 4 + length <= bytes.count else { return nil }
        return (UnsafeRawBufferPointer(rebasing: bytes[(offset + 4)..<(offset + 4 + length)]), offset + 4 + length)
    }

    private static func positions(in bytes: UnsafeRawBufferPointer, at offset: Int) -> [UInt64]? {
        guard offset + 4 <= bytes.count else { return nil }
        let count = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        guard count <= (bytes.count - offset - 4) / 8 else { return nil }
        return (0..<count).map { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4 + $0 * 8, as: UInt64.self)) }
    }

    /// Entries in the order `find` expects: by the bytes of the name.
    static func sorted(_ streams: [String: [UInt64]]) -> [(key: String, value: [UInt64])] {
        streams.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
    }
}
