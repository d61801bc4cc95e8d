/// How a store is opened: the clock that stamps `recordedAt` (fixed in tests) and the upcasters
/// that lift old records on read.
public struct StoreOptions: Sendable {
    public var clock: @Sendable () -> Timestamp
    public var upcasters: UpcasterChain
    /// Persist the index once this many records lie beyond what the saved index covers.
    public var indexPersistInterval: UInt64

    public init(clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() },
                upcasters: UpcasterChain = UpcasterChain(), indexPersistInterval: UInt64 = 256) {
        self.clock = clock
        self.upcasters = upcasters
        self.indexPersistInterval = indexPersistInterval
    }
}
