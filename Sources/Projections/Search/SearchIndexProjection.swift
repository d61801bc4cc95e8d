import Council
import EventStore

/// The search index as a snapshotting projection: a new process loads the snapshot and folds the
/// events after it; a long-running one holds the index and folds each new event once.
public enum SearchIndexProjection: SnapshottingProjection {
    public static let name = "search-index"
    public static let version = 1

    public static func initial() -> SearchIndex { SearchIndex() }

    /// On the decoding threads: the event's texts folded and their grams gathered. A record that
    /// is not the council's, or cannot be read, changes nothing here.
    public static func prepare(_ payload: RecordPayload) -> SearchChange? {
        ((try? CouncilLoader.event(from: payload)) ?? nil).flatMap(SearchChange.init)
    }

    public static func apply(_ state: inout SearchIndex, _ change: SearchChange) {
        state.apply(change)
    }

    /// Binary: each issue's id, latest activity and texts (part and text as recorded), then each
    /// gram with its posting list, so a load reads the lists instead of hashing every gram of
    /// every text again. The folded texts are made again on load (a linear pass, no hashing).
    public static func encode(_ index: SearchIndex) -> [UInt8] {
        var w = SnapshotWriter()
        w.int(index.entries.count)
        for entry in index.entries {
            w.string(entry.id)
            w.day(entry.lastActivityOn)
            w.small(entry.texts.count)
            for text in entry.texts {
                w.byte(text.part.rawValue)
                w.string(text.text)
            }
        }
        w.int(index.postings.count)
        for (gram, list) in index.postings.sorted(by: { $0.key < $1.key }) {
            w.int(Int(bitPattern: UInt(gram)))
            w.small(list.count)
            for n in list { w.small(Int(n)) }
        }
        return w.bytes
    }

    /// Nil for anything cut short, altered out of range or followed by more bytes: a part that
    /// does not exist, an id twice, texts out of part order, a posting list out of order or
    /// naming an issue that is not there.
    public static func decode(_ bytes: [UInt8]) -> SearchIndex? {
        var r = SnapshotReader(bytes)
        var index = SearchIndex()
        guard let entryCount = r.count(each: 8 + 4 + 4) else { return nil }
        index.entries.reserveCapacity(entryCount)
        for n in 0..<entryCount {
            guard let id = r.string(), index.numbers[id] == nil, let day = r.day(), let textCount = r.smallCount(each: 1 + 8), textCount > 0 else { return nil }
            var texts: [SearchIndex.Text] = []
            texts.reserveCapacity(textCount)
            for _ in 0..<textCount {
                guard let part = r.byte().flatMap(SearchIndex.Part.init(rawValue:)), let text = r.string(),
                      texts.last.map({ $0.part <= part && (part != .title) }) ?? (part == .title) else { return nil }
                texts.append(SearchIndex.Text(part, text))
            }
            index.numbers[id] = UInt32(n)
            index.entries.append(SearchIndex.Entry(id: id, texts: texts, lastActivityOn: day))
        }
        guard let gramCount = r.count(each: 8 + 4) else { return nil }
        index.postings.reserveCapacity(gramCount)
        var previous: UInt64?
        for _ in 0..<gramCount {
            guard let raw = r.int(), case let gram = UInt64(UInt(bitPattern: raw)), gram != 0, previous.map({ $0 < gram }) ?? true,
                  let listCount = r.smallCount(each: 4), listCount > 0 else { return nil }
            var list: [UInt32] = []
            list.reserveCapacity(listCount)
            for _ in 0..<listCount {
                guard let n = r.small(), n < entryCount, list.last.map({ $0 < n }) ?? true else { return nil }
                list.append(UInt32(n))
            }
            index.postings[gram] = list
            previous = gram
        }
        return r.atEnd ? index : nil
    }
}
