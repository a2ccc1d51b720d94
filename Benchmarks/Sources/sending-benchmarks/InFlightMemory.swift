import Foundation

#if os(Linux)
    /// Memory per in-flight call: after two calls one at a time (connections, threads and caches
    /// set up), `pending` calls wait together on a server that answers after two seconds; the
    /// resident set a second in, less before they started, divided by `pending`. Calls beyond the
    /// transport's connections per host wait in its queue, as they would in use. Run each kind in
    /// a process of its own: memory a previous run freed stays resident and would hide growth.
    /// Ends the process once measured.
    func bytesPerInFlightCall(
        _ name: String,
        pending: Int,
        _ call: @escaping @Sendable () async throws -> Void
    ) async throws {
        try await call()
        try await call()
        let before = residentBytes()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<pending {
                group.addTask { try await call() }
            }
            try await Task.sleep(for: .seconds(1))
            let during = residentBytes()
            print(name, "resident bytes per in-flight call:", (during - before) / pending, "(\(pending) calls)")
            fflush(nil)
            // Calls queued behind the transport's few connections per host would take minutes to
            // finish against a server that answers each after two seconds, and the group would
            // wait for them; the figure is taken, so the process ends here.
            exit(0)
        }
    }

    private func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return (fields.count > 1 ? Int(fields[1]) ?? 0 : 0) * Int(getpagesize())
    }
#endif
