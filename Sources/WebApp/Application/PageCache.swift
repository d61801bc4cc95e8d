import CouncilService
import HTTPServer

/// Pages already made, for the log's head they were made at. A page that reads the council is a
/// function of the log, the reader (their case notes and rights), the day (what is overdue) and its
/// address, so the same page asked again before anything is recorded is answered without reading
/// or rendering anything. Any new event — by this server or by a `kadai` command beside it — moves
/// the head, and the next request lets every page made before it go: every page served still
/// reflects every acknowledged write, and a forgotten case note's text leaves memory with them.
final class PageCache: @unchecked Sendable {
    struct Key: Hashable {
        let actor: String
        let target: String
        let day: String
    }

    struct Limits {
        /// Bytes of pages kept; past it the pages are dropped and made again as they are asked.
        var bytes = 64 << 20
        /// A page larger than this (a long list, a year's PDCA report) is not kept.
        var pageBytes = 4 << 20
    }

    private let lock = ServiceLock()
    private let limits: Limits
    private var head: LogHead?
    private var pages: [Key: HTTPResponse] = [:]
    private var bytes = 0

    init(limits: Limits = Limits()) { self.limits = limits }

    /// The page made for `key` at `head`, if one was. A request that finds another head lets
    /// every page go.
    func page(_ key: Key, head: LogHead) -> HTTPResponse? {
        lock.holding {
            guard self.head == head else {
                dropAll()
                self.head = head
                return nil
            }
            return pages[key]
        }
    }

    /// Keeps a page made at `head`, made after the head was read: it shows at least what the log
    /// held then, so it can stand for any request that finds the head still there. A page made
    /// at a head the cache has moved on from is not kept.
    func keep(_ response: HTTPResponse, for key: Key, head: LogHead) {
        let size = Self.size(of: response, for: key)
        // A streamed download is read afresh each time, never kept.
        guard size <= limits.pageBytes, response.stream == nil else { return }
        lock.holding {
            guard head == self.head else { return }
            if bytes + size > limits.bytes { dropAll() }
            bytes += size - (pages.updateValue(response, forKey: key).map { Self.size(of: $0, for: key) } ?? 0)
        }
    }

    /// What a kept page is counted as against the budget.
    static func size(of response: HTTPResponse, for key: Key) -> Int {
        response.body.count + key.target.utf8.count + key.actor.utf8.count
    }

    var count: Int { lock.holding { pages.count } }

    private func dropAll() {
        pages.removeAll(keepingCapacity: true)
        bytes = 0
    }
}
