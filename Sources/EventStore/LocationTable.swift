/// Where every record lies, by position: the saved index's table read where it lies in the mapped
/// file (a million records are 12 MB, and copying them cost more than the rest of an open), then the
/// records added since. (Sendable: the mapped bytes are never written, and the file holding them
/// lives as long as the table.)
struct LocationTable: @unchecked Sendable {
    /// Keeps the saved table's bytes mapped.
    private var file: MappedFile?
    private var saved = UnsafeRawBufferPointer(start: nil, count: 0)
    private var added: [RecordLocation] = []

    init() {}

    /// The table at `bytes`, which lie in `file`.
    init(saved bytes: UnsafeRawBufferPointer, in file: MappedFile) {
        self.file = file
        saved = bytes
    }

    private static let stride = MemoryLayout<RecordLocation>.stride
    private var savedCount: Int { saved.count / Self.stride }

    var count: Int { savedCount + added.count }

    subscript(index: Int) -> RecordLocation {
        index < savedCount ? saved.loadUnaligned(fromByteOffset: index * Self.stride, as: RecordLocation.self) : added[index - savedCount]
    }

    mutating func append(_ location: RecordLocation) { added.append(location) }

    func allSatisfy(_ predicate: (RecordLocation) -> Bool) -> Bool {
        (0..<count).allSatisfy { predicate(self[$0]) }
    }

    /// The table as the saved index holds it.
    func write(into w: inout ByteWriter) {
        w.buffer.append(contentsOf: saved)
        w.raw(added)
    }
}
