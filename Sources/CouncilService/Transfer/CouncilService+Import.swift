import EventStore

extension CouncilService {
    /// A new store at `storePath` holding exactly the records of `export` (as `exportedHistory`
    /// writes it), with the original's chain and head hash, once the chain verifies and the
    /// council's rules admit every record. Refused with `EventStore.ImportRefusal` (position 0: not
    /// an export) or `HistoryCheck.Refusal`, leaving nothing at `storePath`; `RefusalText` says why.
    public static func importHistory(_ export: [UInt8], into storePath: String,
                                     segmentBytes: Int = StoreManifest.defaultSegmentBytes) throws -> ChainVerification {
        try ImportedStore.build(export, at: storePath, segmentBytes: segmentBytes)
    }
}
