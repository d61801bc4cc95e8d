import Hashing
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only log of one store folder (EventLog/README.md). Many processes may open one store:
/// writers serialise on `writer.lock` for the length of an append, readers never lock and see only
/// complete batches. Not thread-safe: one instance belongs to one thread.
public final class EventStore {
    public let directory: String
    public let manifest: StoreManifest
    public let options: StoreOptions
    public internal(set) var indexState: IndexState
    /// What lies after the last complete batch, as of the last time this instance looked.
    public internal(set) var tail: TailCondition = .clean
    /// When the whole chain was last walked, by this instance or as the record says.
    var wholeChainWalkedAt: Timestamp?
    /// A writer walks the whole chain before its first write when the last walk is older than this.
    static let wholeChainWalkInterval: Int64 = 24 * 3_600_000
    /// What the caches found at open saw acknowledged: checked again whenever the index is rebuilt.
    var acknowledgedEnds: [AcknowledgedEnd] = []
    /// Every unfinished write this instance cut as a writer and the caller has not taken yet.
    var cuts: [TailCut] = []
    /// The positions this instance's appends acknowledged, first to last: after them, no error may
    /// be reported as "nothing was recorded".
    public internal(set) var acknowledged: ClosedRange<UInt64>?

    /// The cuts made since the last call, for the caller to report once.
    public func takeCuts() -> [TailCut] {
        defer { cuts.removeAll() }
        return cuts
    }
    /// Segments whose chain this instance walked again (their files had changed since they were
    /// last verified, or no verification record knew them), for `kadai stats` and tests.
    public internal(set) var walkedSegments = 0

    var index: StreamIndex
    var savedIndexHead: UInt64
    var mapped: [MappedSegment] = []
    /// Opened on the first write: a reader needs no write access to the store.
    var writerLock: WriterLock?
    /// The segments (by first position) whose complete batches this instance has verified, with the
    /// file's identity when it did; what `saveCaches` writes to `index/verified.json`.
    var verified: [UInt64: FileIdentity] = [:]
    /// Segments this instance wrote to, cut or created since it last recorded their identity, each
    /// with the file's identity just after its own last change.
    var ownChanges: [UInt64: OwnChange] = [:]
    /// Segments found changed by someone else just before this writer changed them.
    var changedByOthers: Set<UInt64> = []
    var writeHandle: (ordinal: Int, fd: Int32)?
    /// The last segment open for reading, for a reader that asks many times a second whether the
    /// log grew (`logMayHaveChanged`): a segment is only ever appended to, cut or sealed in place.
    var readHandle: (firstPosition: UInt64, fd: Int32)?
    /// The end of the space reserved in the write handle's segment, as far as this instance knows.
    var reservedEnd: UInt64?
    /// The head position and its recorded time, once known (see `headRecordedAt`).
    var lastRecorded: (position: UInt64, time: Timestamp)?
    /// Reused from append to append, so a batch does not fault in fresh pages each time.
    var writeBuffer: [UInt8] = []

    /// What a store folder holds; `accounts` is the sign-in accounts' private folder (module Accounts), `files` the
    /// minutes and materials (`FileStore`), both kept beside the log.
    static let allowedEntries: Set<String> = ["store.json", "segments", "index", "writer.lock", "README.md", "vault", "accounts", "files"]
    static let indexFolder = "index"
    static let maximumLineBytes = 4 << 20

    var segmentsDirectory: String { "\(directory)/segments" }
    var indexPath: String { "\(directory)/index/streams.idx" }
    var verificationRecordPath: String { "\(directory)/index/\(VerificationRecord.fileName)" }
    var scanner: LogScanner { LogScanner(segmentsDirectory: segmentsDirectory) }

    // MARK: Creating and opening

    /// Creates an empty store in `directory` (created if missing; it may hold only a README.md).
    @discardableResult
    public static func create(at directory: String, segmentBytes: Int = StoreManifest.defaultSegmentBytes,
                              options: StoreOptions = StoreOptions()) throws(StoreError) -> EventStore {
        guard segmentBytes >= 1024, segmentBytes <= 1 << 30 else {
            throw .invalidEvent(field: "segment size", value: "\(segmentBytes)", reason: "it must lie between 1 KiB and 1 GiB")
        }
        if POSIXFile.exists(directory) {
            guard POSIXFile.isDirectory(directory) else { throw .foreignFile(path: directory) }
            let entries = try POSIXFile.listDirectory(directory)
            if entries.contains("store.json") { throw .storeAlreadyExists(path: directory) }
            // What an interrupted create leaves behind may be reused; anything else is someone's file.
            let leftovers: Set<String> = ["README.md", "writer.lock", "index", "segments"]
            if let foreign = entries.first(where: { !leftovers.contains($0) }) { throw .foreignFile(path: "\(directory)/\(foreign)") }
            if entries.contains("segments"), let segment = try POSIXFile.listDirectory("\(directory)/segments").first {
                throw .foreignFile(path: "\(directory)/segments/\(segment)")
            }
        } else {
            try POSIXFile.makeDirectories(directory)
        }
        try POSIXFile.makeDirectory("\(directory)/segments")
        try POSIXFile.makeDirectory("\(directory)/index")
        Glibc.close(try POSIXFile.open("\(directory)/writer.lock", O_WRONLY | O_CREAT))
        let manifest = StoreManifest(formatVersion: StoreManifest.currentFormatVersion, storeId: makeStoreId(),
                                     createdAt: options.clock(), segmentBytes: segmentBytes)
        try POSIXFile.writeAtomically(manifest.encoded(), to: "\(directory)/store.json", durable: true)
        try POSIXFile.syncDirectory(directory)
        return try open(at: directory, options: options)
    }

    /// Opens an existing store, reading whatever the saved index does not cover. Opening writes
    /// nothing: a store the user may only read, or a read-only disk, opens the same way.
    /// `checkingVault` false: for a check that reads no case note (the attached files' check of
    /// `kadai audit verify`), a vault found looser is not its concern.
    public static func open(at directory: String, options: StoreOptions = StoreOptions(), checkingVault: Bool = true) throws(StoreError) -> EventStore {
        let manifestPath = "\(directory)/store.json"
        guard POSIXFile.isDirectory(directory), POSIXFile.exists(manifestPath) else { throw .storeNotFound(path: directory) }
        let manifest = try StoreManifest.decode(try POSIXFile.readWholeFile(manifestPath), path: manifestPath)
        for entry in try POSIXFile.listDirectory(directory) where !allowedEntries.contains(entry) {
            throw .foreignFile(path: "\(directory)/\(entry)")
        }
        if checkingVault { try Vault(store: directory).checkPrivate() }
        return try EventStore(directory: directory, manifest: manifest, options: options)
    }

    /// Every record is verified before anything is read: the part the saved index covers through
    /// the verification record (re-hashing any segment whose file changed since), the rest as it
    /// is read. A log found damaged is refused here, so no command shows, publishes or writes after it.
    private init(directory: String, manifest: StoreManifest, options: StoreOptions) throws(StoreError) {
        self.directory = directory
        self.manifest = manifest
        self.options = options
        self.index = StreamIndex()
        self.savedIndexHead = 0
        self.indexState = .rebuilt(reason: "missing")
        let record = Self.loadVerificationRecord(storeAt: directory, storeId: manifest.storeId)
        wholeChainWalkedAt = record?.wholeChainWalkedAt
        let decoded = Self.decodeSavedIndex(storeAt: directory, storeId: manifest.storeId)
        let acknowledged = Self.acknowledgedEnds(record: record, savedIndex: try? decoded.get())
        switch decoded.flatMap(checkSavedIndex) {
        case .success(let saved):
            index = saved
            savedIndexHead = saved.head
            indexState = .loaded(savedHead: saved.head)
            try verifyIndexedSegments(trusting: record)
        case .failure(let problem):
            indexState = .rebuilt(reason: problem.description)
        }
        try refresh()
        acknowledgedEnds = acknowledged
        try checkAcknowledged()
    }

    func checkAcknowledged() throws(StoreError) {
        try Self.checkAcknowledgedRecordsWereRead(acknowledgedEnds, index: index, scanner: scanner) { (p) throws(StoreError) in try hash(at: p) }
    }

    /// The writer lock, opened on first use.
    func lock() throws(StoreError) -> WriterLock {
        if let writerLock { return writerLock }
        let opened = try WriterLock(path: "\(directory)/writer.lock")
        writerLock = opened
        return opened
    }

    deinit {
        // A writer that forgets to close still gives back its reserved space.
        try? close()
        if let handle = readHandle { Glibc.close(handle.fd) }
    }

    static func makeStoreId() -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        let fd = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd >= 0 { _ = Glibc.read(fd, &bytes, 16); Glibc.close(fd) }
        if bytes.allSatisfy({ $0 == 0 }) {
            var g = SystemRandomNumberGenerator()
            for i in 0..<16 { bytes[i] = UInt8.random(in: 0...255, using: &g) }
        }
        return SHA256.hash(bytes).hex.prefix(32).uppercased()
    }

    /// Reads what other writers appended since this instance last looked. Never blocks, never cuts.
    public func refresh() throws(StoreError) {
        if !logMayHaveChanged() { return }
        reservedEnd = nil
        do {
            tail = try scanner.catchUp(&index, identities: &verified)
        } catch {
            guard case .loaded = indexState else { throw error }
            // A saved index that passed its checks can still disagree with the log; the log wins.
            indexState = .rebuilt(reason: "inconsistent with the log")
            index = StreamIndex()
            savedIndexHead = 0
            mapped.removeAll()
            verified.removeAll()
            tail = try scanner.catchUp(&index, identities: &verified)
            try checkAcknowledged()
        }
    }

    /// Two system calls instead of a directory listing: nothing follows the last complete batch
    /// (end of file, or reserved zero space) and no segment follows the last one. Any other case
    /// takes the full look.
    func logMayHaveChanged() -> Bool {
        guard let last = index.segments.last else { return true }
        if case .unfinished = tail { return true }
        guard last.completeEnd > 0 else { return true }
        // The last complete byte (a newline: the file did not shrink) and the one after it.
        var bytes: (UInt8, UInt8) = (0, 0)
        let n: Int
        let at = off_t(last.completeEnd - 1)
        let ordinal = index.segments.count - 1
        if let handle = writeHandle, handle.ordinal == ordinal {
            n = pread(handle.fd, &bytes, 2, at)
        } else {
            if let handle = readHandle, handle.firstPosition != last.firstPosition {
                Glibc.close(handle.fd)
                readHandle = nil
            }
            if readHandle == nil {
                guard let fd = try? POSIXFile.open(scanner.path(last.firstPosition), O_RDONLY) else { return true }
                readHandle = (last.firstPosition, fd)
            }
            n = pread(readHandle!.fd, &bytes, 2, at)
        }
        guard n >= 1, bytes.0 == RecordCodec.newline, n == 1 || bytes.1 == 0 else { return true }
        return POSIXFile.exists(scanner.path(index.head + 1))
    }

    // MARK: What the store holds

    public var headPosition: UInt64 { index.head }
    public var headHash: SHA256Digest { index.headHash }
    public var streamCount: Int { index.streamCount }
    public var segmentCount: Int { index.segments.count }
    public var streamNames: [String] {
        index.loadAllStreams()
        return index.streams.keys.sorted()
    }

    public func version(of stream: String) -> UInt64 { index.version(of: stream) }

    /// The positions an idempotency key wrote, if it was ever used.
    public func positions(forKey key: String) -> ClosedRange<UInt64>? { index.keys[key] }

    /// Bytes of the log's complete batches (reserved space and any unfinished tail not counted).
    public func totalBytes() -> UInt64 {
        index.segments.reduce(0) { $0 + $1.completeEnd }
    }
}

/// A segment this writer changed: the file as it found it before its first change, and when it
/// last changed it.
struct OwnChange {
    var file: FileIdentity?
    var lastAt: (Int64, Int64)

    /// True when `now` can only be this writer's doing: the same file, changed no later than this
    /// writer's last change.
    func explains(_ now: FileIdentity) -> Bool {
        guard let file, file.device == now.device, file.inode == now.inode else { return false }
        return (now.changedSeconds, now.changedNanoseconds) <= lastAt && (now.modifiedSeconds, now.modifiedNanoseconds) <= lastAt
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self >= 65 && self <= 90) || (self >= 97 && self <= 122) }
}
