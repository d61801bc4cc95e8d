import CouncilService
import HTTPServer

/// Pages already made, for the log's head they were made at. A page that reads the council is a
/// function of the log, the reader (their case notes and rights), the day (what is overdue) and its
/// address, so the same page asked again before anything is recorded is answered without reading
/// or rendering anything. Any new event — by this server or by a `kadai` command beside it — moves
/// the head, and the next request finds the pages made before it gone: every page served still
/// reflects every acknowledged write.
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
    private var head: UInt64 = 0
    private var pages: [Key: HTTPResponse] = [:]
    private var bytes = 0

    init(limits: Limits = Limits()) { self.limits = limits }

    /// The page made for `key` at `head`, if one was.
    func page(_ key: Key, head: UInt64) -> HTTPResponse? {
        lock.holding { self.head == head ? pages[key] : nil }
    }

    /// Keeps a page made at `head`, made after the head was read: it shows at least what the log
    /// held then, so it can stand for any request that finds the head still there.
    func keep(_ response: HTTPResponse, for key: Key, head: UInt64) {
        let size = response.body.count + key.target.utf8.count + key.actor.utf8.count
        guard size <= limits.pageBytes else { return }
        lock.holding {
            if head != self.head {
                guard head > self.head else { return }
                dropAll()
                self.head = head
            }
            if bytes + size > limits.bytes { dropAll() }
            if pages.updateValue(response, forKey: key) == nil { bytes += size }
        }
    }

    var count: Int { lock.holding { pages.count } }

    private func dropAll() {
        pages.removeAll(keepingCapacity: true)
        bytes = 0
    }
}
