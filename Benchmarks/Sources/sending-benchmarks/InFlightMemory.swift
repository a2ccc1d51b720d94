import Foundation

#if os(Linux)
    /// Memory per in-flight call: after two calls one at a time (connections, threads and caches
    /// set up), `pending` calls wait together on a server that answers after two seconds; the
    /// resident set a second in, less before they started, divided by `pending`. Calls beyond the
    /// transport's connections per host wait in its queue, as they would in use. Run each kind in
    /// a process of its own: memory a previous run freed stays resident and would hide growth.
    func bytesPerInFlightCall(
        _ name: String,
        pending: Int,
        _ call: @escaping @Sendable () async throws -> Void
    ) async throws {
        try await call()
        try await call()
        let before = residentBytes()
        let during = try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<pending {
                group.addTask { try await call() }
            }
            try await Task.sleep(for: .seconds(1))
            let during = residentBytes()
            try await group.waitForAll()
            return during
        }
        print(name, "resident bytes per in-flight call:", (during - before) / pending, "(\(pending) calls)")
        fflush(nil)
    }

    private func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return (fields.count > 1 ? Int(fields[1]) ?? 0 : 0) * Int(getpagesize())
    }
#endif
