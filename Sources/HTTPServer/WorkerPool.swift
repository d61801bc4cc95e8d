/// A fixed number of threads taking jobs from one queue in order. The queue needs no bound of its
/// own: each connection has at most one job in it, and connections are bounded.
final class WorkerPool: @unchecked Sendable {
    private let lock = ConditionLock()
    /// Guarded by `lock`.
    private var jobs: [@Sendable () -> Void] = []
    private var head = 0
    private var closing = false

    /// Nil when the system would not start as many threads.
    init?(threads: Int) {
        for _ in 0..<max(threads, 1) {
            guard startThread({ [self] in work() }) else {
                close()
                return nil
            }
        }
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        lock.withLock {
            jobs.append(job)
            lock.signal()
        }
    }

    /// Each thread ends once the queue is empty.
    func close() {
        lock.withLock {
            closing = true
            lock.broadcast()
        }
    }

    private func work() {
        while let job = take() { job() }
    }

    private func take() -> (@Sendable () -> Void)? {
        lock.withLock {
            while head == jobs.count && !closing { lock.wait() }
            guard head < jobs.count else { return nil }
            let job = jobs[head]
            head += 1
            if head == jobs.count { (jobs, head) = ([], 0) } else if head > 64 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            return job
        }
    }
}
