import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Export and import of a whole history. An export is a header line, then every record's line
/// exactly as the log holds it (positions, actors, times, chain hashes; vault entries only as
/// references and commitments, never their text). Importing writes those same lines into a new
/// store, so its chain, head hash and everything derived from it are the original's.
extension EventStore {
    public static let exportFormatName = "kadai-export"
    public static let exportFormatVersion = 1

    /// The export: header, then each record's line, each ending in a newline.
    public func export(_ write: (UnsafeRawBufferPointer) throws -> Void) throws {
        let header: JSONObject = [
            "format": .string(Self.exportFormatName), "formatVersion": .int(Int64(Self.exportFormatVersion)),
            "storeFormatVersion": .int(Int64(manifest.formatVersion)), "records": .int(Int64(headPosition)), "headHash": .string(headHash.hex),
        ]
        var first: [UInt8] = []
        JSONValue.object(header).serialize(into: &first)
        first.append(0x0A)
        try first.withUnsafeBytes(write)
        guard headPosition > 0 else { return }
        try premap(1...headPosition)
        let newline: [UInt8] = [0x0A]
        for p in 1...headPosition {
            try write(try lineBytes(index.locations[Int(p - 1)]))
            try newline.withUnsafeBytes(write)
        }
    }

    /// Why an export cannot be imported; `position` is the record where it breaks (0 for the header).
    public struct ImportRefusal: Error, Sendable {
        public var position: UInt64
        public var reason: String
    }

    /// Creates a store at `directory` holding exactly the records of `export`. The records are
    /// written beside it first and checked as `audit verify` checks a log — every hash, every link,
    /// gapless positions and versions, whole batches — and against the header's count and head
    /// hash, so a cut or altered export is refused with the position where it breaks, and nothing
    /// is left at `directory`.
    public static func importing(_ export: UnsafeRawBufferPointer, into directory: String,
                                 segmentBytes: Int = StoreManifest.defaultSegmentBytes) throws -> ChainVerification {
        var lines = export.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let headerLine = lines.first, case .object(let header) = try? JSONValue.parse(Array(headerLine)),
              header["format"] == .string(exportFormatName) else {
            throw ImportRefusal(position: 0, reason: "the first line is not a kadai export header")
        }
        guard header["formatVersion"] == .int(Int64(exportFormatVersion)) else {
            throw ImportRefusal(position: 0, reason: "the export is of format version \(header["formatVersion"]?.description ?? "?"), not \(exportFormatVersion)")
        }
        guard case .int(let count)? = header["records"], count == Int64(lines.count - 1),
              case .string(let headHex)? = header["headHash"], let expectedHead = SHA256Digest(hex: headHex) else {
            throw ImportRefusal(position: UInt64(lines.count), reason: "the header announces \(header["records"]?.description ?? "?") records but \(lines.count - 1) follow: the export was cut or added to")
        }
        if POSIXFile.exists(directory) {
            guard POSIXFile.isDirectory(directory), try POSIXFile.listDirectory(directory).allSatisfy({ $0 == "README.md" }) else {
                throw StoreError.storeAlreadyExists(path: directory)
            }
        }
        // Built in a folder beside the target, moved into place only once it verifies. Folders
        // made above it for the purpose go again if it does not.
        var madeAbove: String?
        var above = POSIXFile.parent(of: directory)
        while !POSIXFile.exists(above) { madeAbove = above; above = POSIXFile.parent(of: above) }
        let building = "\(directory).importing-\(getpid())"
        try? removeTree(building)
        do {
            try create(at: building, segmentBytes: segmentBytes).close()
            var segment: [UInt8] = []
            var first: UInt64 = 1
            func flush() throws {
                guard !segment.isEmpty else { return }
                try POSIXFile.writeAtomically(segment, to: "\(building)/segments/\(SegmentName.fileName(firstPosition: first))", durable: true)
                segment.removeAll(keepingCapacity: true)
            }
            for (n, line) in lines.dropFirst().enumerated() {
                let position = UInt64(n + 1)
                let rest: Int
                do { rest = try RecordCodec.decode(UnsafeRawBufferPointer(rebasing: line)).batchRest } catch {
                    throw ImportRefusal(position: position, reason: "line \(n + 2) is not a record (\(error.reason))")
                }
                if segment.isEmpty { first = position }
                segment += line
                segment.append(0x0A)
                // A segment may end only where a batch does.
                if rest == 0 && segment.count >= segmentBytes { try flush() }
            }
            try flush()
            let verified = try verify(storeAt: building)
            if let problem = verified.problem {
                if case .damaged(_, let position, _, let reason) = problem { throw ImportRefusal(position: position, reason: reason) }
                throw problem
            }
            guard verified.records == UInt64(count), verified.headHash == expectedHead else {
                throw ImportRefusal(position: verified.records, reason: "the chain ends at hash \(verified.headHash.hex), not the header's \(expectedHead.hex)")
            }
            if POSIXFile.exists("\(directory)/README.md") {
                try POSIXFile.writeAtomically(try POSIXFile.readWholeFile("\(directory)/README.md"), to: "\(building)/README.md", durable: true)
            }
            if POSIXFile.exists(directory) { try removeTree(directory) }
            guard rename(building, directory) == 0 else { throw StoreError.io(operation: "replace", path: directory, errno: errno) }
            return verified
        } catch {
            try? removeTree(building)
            if let madeAbove { try? removeTree(madeAbove) }
            throw error
        }
    }

    /// Removes a folder this process made, and what is in it.
    static func removeTree(_ path: String) throws(StoreError) {
        guard POSIXFile.exists(path) else { return }
        if POSIXFile.isDirectory(path) {
            for entry in try POSIXFile.listDirectory(path) { try removeTree("\(path)/\(entry)") }
            guard rmdir(path) == 0 else { throw .io(operation: "remove", path: path, errno: errno) }
        } else {
            guard unlink(path) == 0 else { throw .io(operation: "remove", path: path, errno: errno) }
        }
    }
}
