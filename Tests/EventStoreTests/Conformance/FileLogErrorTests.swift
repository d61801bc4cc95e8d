import Testing
import EventStore

/// For the file log, an error that reaches the caller through `any EventLog` still says where to
/// look: the segment file and the byte where the damaged line starts.
struct FileLogErrorTests {
    enum Way: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case streamRead, feedRead, verification, reopening
        var testDescription: String { rawValue }
    }

    @Test(arguments: Way.allCases)
    func aDamagedLineIsNamedByItsSegmentAndByte(way: Way) throws {
        let store = try FileBackendStore()
        let log: any EventLog = try store.open()
        try log.recordNumbered(20)
        let position: UInt64 = 16
        let (path, offset) = try store.lineStart(of: position)
        #expect(try path != store.folder.segmentFiles().first && offset > 0, "a later segment, within it")
        // Its opening brace gone, the line is no longer a record at all.
        try overwriteByte(of: path, at: offset, with: UInt8(ascii: "X"))
        let error: StoreError?
        switch way {
        case .streamRead: error = caught { _ = try log.readStream(numbered(Int(position) - 1).stream, fromVersion: 1) }
        case .feedRead: error = caught { _ = try log.records() }
        case .verification: error = try log.verify(anchor: nil).problem
        case .reopening: error = caught { _ = try store.open() }
        }
        guard case .damaged(let named, let at, let byte, _)? = error else {
            Issue.record("not reported as damage: \(String(describing: error))")
            return
        }
        #expect(named == path && at == position && byte == UInt64(offset))
        #expect(error?.description.contains("position \(position) ('\(path)', byte \(offset))") == true)
    }

    func caught(_ body: () throws -> Void) -> StoreError? {
        do { try body() } catch { return error as? StoreError }
        return nil
    }
}
