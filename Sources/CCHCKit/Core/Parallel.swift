import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Spreading independent work over the machine's cores.
enum Parallel {
    /// Fewer items than this are not worth a thread.
    static let threshold = 32

    /// Maps `items` in order, on every core when there are many.
    ///
    /// - Parameter makeWorker: called once per thread, so that each thread has its own state (a
    ///   framework store, say) and shares nothing mutable with the others.
    static func map<T: Sendable, R: Sendable>(
        _ items: [T], makeWorker: @escaping @Sendable () -> (T) -> R
    ) -> [R] {
        let cores = Parallel.cores
        guard items.count >= threshold, cores > 1 else {
            let work = makeWorker()
            return items.map(work)
        }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let shared = results
        let workers = min(cores, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let work = makeWorker()
            // Each worker takes every `workers`-th item: disjoint slots, no locking needed.
            var i = worker
            while i < items.count {
                shared[i] = work(items[i])
                i += workers
            }
        }
        return results.compactMap { $0 }
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
