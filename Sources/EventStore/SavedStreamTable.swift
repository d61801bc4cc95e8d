/// The streams of a saved index as they lie in the mapped file: entries sorted by the UTF-8 bytes of
/// their names, behind a table of offsets. Opening a store neither copies nor decodes this section;
/// a stream is found by binary search when it is first asked for. (A million events hold tens of
/// thousands of streams; a command reads two or three.) Sendable: the bytes are never written, and
/// the file holding them lives as long as the table.
struct SavedStreamTable: @unchecked Sendable {
    /// Keeps `offsetTable` and `entries` mapped.
    let file: MappedFile
    /// Each entry's offset in `entries`, as little-endian UInt64s.
    let offsetTable: UnsafeRawBufferPointer
    let entries: UnsafeRawBufferPointer

    var count: Int { offsetTable.count / 8 }

    /// The offset of entry `i` as the file says it (checked against the entries' length when decoded).
    func storedOffset(_ i: Int) -> UInt64 { UInt64(littleEndian: offsetTable.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }

    func offset(_ i: Int) -> Int { Int(truncatingIfNeeded: storedOffset(i)) }

    /// The positions of `name`, or nil if the table does not hold it.
    func find(_ name: String) -> [UInt64]? {
        let target = Array(name.utf8)
        var low = 0, high = count - 1
        while low <= high {
            let mid = (low + high) / 2
            guard let (entryName, positionsAt) = Self.name(in: entries, at: offset(mid)) else { return nil }
            if entryName.elementsEqual(target) { return Self.positions(in: entries, at: positionsAt) }
            if entryName.lexicographicallyPrecedes(target) { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// Every stream with its positions (for listing all names, appending and saving).
    func all() -> [(String, [UInt64])] {
        (0..<count).compactMap { i -> (String, [UInt64])? in
            guard let (name, at) = Self.name(in: entries, at: offset(i)), let positions = Self.positions(in: entries, at: at) else { return nil }
            return (String(decoding: name, as: UTF8.self), positions)
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
