import Documents
import EventStore
import JSON

extension CouncilService {
    /// The whole history as JSON lines, for `import` elsewhere: every record with its position,
    /// actor, times and chain hash, never case-note text. Only a chain that verifies whole leaves
    /// the store's protection.
    public func exportedHistory() throws -> (lines: [UInt8], records: UInt64, headHash: String) {
        try exclusively {
            try store.verifyWholeChain()
            var bytes: [UInt8] = []
            try store.export { bytes.append(contentsOf: $0) }
            return (bytes, store.headPosition, store.headHash.hex)
        }
    }

    /// One CSV table per kind of record, for Excel, in the order the kinds first appear. A table
    /// is named after its records' type only when that type is one the store itself would record —
    /// a letter, then letters, digits, '.', '_' or '-' — so no log, however crafted, can name a
    /// file outside a folder.
    public func exportedTables() throws -> [(type: String, csv: String)] {
        try exclusively {
            try store.verifyWholeChain()
            var byType: [String: [RecordedEvent]] = [:]
            var order: [String] = []
            try store.forEach { r in
                if byType[r.type] == nil {
                    guard Self.isFileName(r.type) else { throw QueryRefusal.unnamableType(r.type, position: r.position) }
                    order.append(r.type)
                }
                byType[r.type, default: []].append(r)
            }
            return order.map { type in
                let records = byType[type]!
                var keys: [String] = []
                for r in records { for k in r.data.keys where !keys.contains(k) { keys.append(k) } }
                let header = ["position", "stream", "recordedAt", "actor"] + keys
                let rows = records.map { r in [String(r.position), r.stream, r.recordedAt.description, r.actor] + keys.map { Self.cell(r.data[$0]) } }
                return (type, CSVRenderer.table([header] + rows))
            }
        }
    }

    /// A type name that cannot climb out of a folder (`../../x`), hide (`.x`) or carry a control
    /// character.
    public static func isFileName(_ type: String) -> Bool {
        let bytes = Array(type.utf8)
        let isLetter = { (b: UInt8) in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        guard let first = bytes.first, isLetter(first), bytes.count <= 100 else { return false }
        return bytes.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }

    /// A data value as a cell: text as it is, a list of texts one per line, anything else as JSON.
    static func cell(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return ""
        case .string(let s)?: return s
        case .array(let items)? where items.allSatisfy({ if case .string = $0 { true } else { false } }):
            return items.map { if case .string(let s) = $0 { s } else { "" } }.joined(separator: "\n")
        case let other?: return other.serialized()
        }
    }
}
