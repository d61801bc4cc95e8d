#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only for as long as something holds it: the saved index, whose tables
/// are read where they lie instead of being copied at every open. The index is only ever replaced
/// by renaming a new file over it, so the mapped file never changes under its readers.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    /// Bytes copied into memory of its own rather than mapped (an index decoded from memory).
    private let copied: Bool

    init(copying source: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        source.withUnsafeBytes { memory.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[..<source.count])
        copied = true
    }

    /// Nil when the file cannot be opened or mapped; an empty file maps to no bytes.
    init?(_ path: String) {
        guard let fd = try? POSIXFile.open(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        guard let size = try? POSIXFile.size(fd, path: path) else { return nil }
        copied = false
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let p = mmap(nil, Int(size), PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: p, count: Int(size))
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if copied { base.deallocate() } else { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
