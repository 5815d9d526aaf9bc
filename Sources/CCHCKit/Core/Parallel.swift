import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Spreading independent work over the machine's cores.
enum Parallel {
    /// Fewer items than this are not worth a thread.
    static let threshold = 32
    /// Items are handed out and delivered this many at a time: few enough that results appear
    /// soon, enough that taking the next batch and writing one out are rare.
    static let batch = 32

    /// Maps `items` in order, on every core when there are many.
    ///
    /// - Parameter makeWorker: called once per thread, so that each thread has its own state (a
    ///   framework store, say) and shares nothing mutable with the others.
    static func map<T: Sendable, R: Sendable>(
        _ items: [T], makeWorker: @escaping @Sendable () -> (T) -> R
    ) -> [R] {
        var results: [R] = []
        results.reserveCapacity(items.count)
        forEachBatch(items, makeWorker: makeWorker) { results += $0 }
        return results
    }

    /// Maps `items` on every core when there are many, a batch at a time, and hands each batch's
    /// results to `deliver` in input order as soon as that batch and every one before it are done,
    /// so that the first results can be written while the rest are computed.
    ///
    /// - Parameters:
    ///   - makeWorker: called once per thread, as for `map`.
    ///   - deliver: called with consecutive batches, in order, never on two threads at once.
    static func forEachBatch<T: Sendable, R: Sendable>(
        _ items: [T], makeWorker: @escaping @Sendable () -> (T) -> R, deliver: ([R]) -> Void
    ) {
        let batches = (items.count + batch - 1) / batch
        let workers = min(cores, batches)
        guard items.count >= threshold, workers > 1 else {
            let work = makeWorker()
            var start = 0
            while start < items.count {
                let end = min(start + batch, items.count)
                deliver(items[start..<end].map(work))
                start = end
            }
            return
        }
        withoutActuallyEscaping(deliver) { deliver in
            let order = Order<R>(batches: batches, deliver: deliver)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                let work = makeWorker()
                var done: (Int, [R])?
                while let next = order.exchange(done) {
                    let start = next * batch
                    done = (next, items[start..<min(start + batch, items.count)].map(work))
                }
            }
        }
    }

    /// The batches handed out and those waiting for an earlier one, behind one lock (a serial
    /// queue), which is also what keeps `deliver` on one thread at a time.
    private final class Order<R>: @unchecked Sendable {
        private let lock = DispatchQueue(label: "cchc.parallel.order")
        private let deliver: ([R]) -> Void
        private var handedOut = 0
        private var delivered = 0
        /// Each batch's results from when it is done until it is delivered, by its number: a
        /// slot for each batch, made once (a dictionary made its storage anew for every batch
        /// put in it after the one before was taken out, 13 K instructions a batch).
        private var waiting: [[R]?]

        init(batches: Int, deliver: @escaping ([R]) -> Void) {
            self.deliver = deliver
            waiting = [[R]?](repeating: nil, count: batches)
        }

        /// Takes a finished batch, delivers whatever is now next in order, and hands out the
        /// next batch to compute, or `nil` when every batch is handed out.
        func exchange(_ finished: (Int, [R])?) -> Int? {
            lock.sync {
                if let (index, results) = finished {
                    waiting[index] = results
                    while delivered < waiting.count, let ready = waiting[delivered] {
                        waiting[delivered] = nil
                        deliver(ready)
                        delivered += 1
                    }
                }
                guard handedOut < waiting.count else { return nil }
                handedOut += 1
                return handedOut - 1
            }
        }
    }
}

extension Parallel {
    /// The cores online.
    static var cores: Int {
        #if canImport(Glibc)
            return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
            return 1
        #endif
    }
}
