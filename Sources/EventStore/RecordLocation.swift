/// Where one record's line lies: which segment (by its place in the segment list), the byte offset
/// of the line and its length without the newline.
struct RecordLocation: Equatable, Sendable {
    var segment: UInt32
    var offset: UInt32
    var length: UInt32
}
