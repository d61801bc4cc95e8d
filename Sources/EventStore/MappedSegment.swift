#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of one segment file, covering only bytes known to hold complete batches,
/// so a reader never touches the part of the file a writer may still cut.
final class MappedSegment {
    let path: String
    let firstPosition: UInt64
    private(set) var base: UnsafeRawPointer?
    private(set) var mappedLength: Int = 0

    init(path: String, firstPosition: UInt64) {
        self.path = path
        self.firstPosition = firstPosition
    }

    deinit { unmap() }

    /// The bytes `[offset, offset+length)`, mapping (or re-mapping a grown file) on demand.
    func bytes(offset: Int, length: Int) throws(StoreError) -> UnsafeRawBufferPointer {
        if offset + length > mappedLength { try map(atLeast: offset + length) }
        return UnsafeRawBufferPointer(start: base! + offset, count: length)
    }

    private func map(atLeast needed: Int) throws(StoreError) {
        let fd = try POSIXFile.open(path, O_RDONLY)
        defer { close(fd) }
        let size = Int(try POSIXFile.size(fd, path: path))
        guard size >= needed else {
            throw .damaged(path: path, position: firstPosition, byteOffset: UInt64(size),
                           reason: "the segment is shorter (\(size) bytes) than the index says (\(needed) bytes)")
        }
        unmap()
        guard let p = mmap(nil, size, PROT_READ, MAP_SHARED, fd, 0), p != MAP_FAILED else {
            throw .io(operation: "map", path: path, errno: errno)
        }
        base = UnsafeRawPointer(p)
        mappedLength = size
    }

    private func unmap() {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), mappedLength) }
        base = nil
        mappedLength = 0
    }
}
