/// How a store is opened: the clock that stamps `recordedAt` (fixed in tests) and the upcasters
/// that lift old records on read.
public struct StoreOptions: Sendable {
    public var clock: @Sendable () -> Timestamp
    public var upcasters: UpcasterChain
    /// Persist the index once this many records lie beyond what the saved index covers.
    public var indexPersistInterval: UInt64
    /// Failures to inject into appends, for tests of what a full disk or a failing flush does.
    public var faults: Faults

    /// An append that fails as a disk would: the write stops after `writeAfterBytes` bytes with
    /// `writeErrno`, or the flush fails with `syncErrno`. The others fail the steps after the
    /// flush (`finishWriting`): saving the index, saving the verification record, giving back
    /// reserved space.
    public struct Faults: Sendable {
        public var writeErrno: Int32?
        public var writeAfterBytes: Int
        public var syncErrno: Int32?
        public var indexSaveErrno: Int32?
        public var verificationSaveErrno: Int32?
        public var closeErrno: Int32?
        public init(writeErrno: Int32? = nil, writeAfterBytes: Int = 0, syncErrno: Int32? = nil,
                    indexSaveErrno: Int32? = nil, verificationSaveErrno: Int32? = nil, closeErrno: Int32? = nil) {
            self.writeErrno = writeErrno
            self.writeAfterBytes = writeAfterBytes
            self.syncErrno = syncErrno
            self.indexSaveErrno = indexSaveErrno
            self.verificationSaveErrno = verificationSaveErrno
            self.closeErrno = closeErrno
        }
    }

    public init(clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() },
                upcasters: UpcasterChain = UpcasterChain(), indexPersistInterval: UInt64 = 256, faults: Faults = Faults()) {
        self.clock = clock
        self.upcasters = upcasters
        self.indexPersistInterval = indexPersistInterval
        self.faults = faults
    }
}
