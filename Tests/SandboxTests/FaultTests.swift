import Foundation
import ProviderSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Faults appear at their configured rates, reproducibly from the seed.
@Suite(.timeLimit(.minutes(10)))
struct FaultTests {
    static let headers = ["Authorization": TestCredentials.basic, "Content-Type": "application/json"]
    static let body = Data(#"{"name": "Gaurav Kumar"}"#.utf8)
    static let requests = 1_000

    /// Whether `observed` of `requests` is within four standard deviations of the binomial mean:
    /// a correct implementation fails this about once in 16,000 runs, and a fixed seed makes any
    /// one run repeat exactly.
    static func isPlausible(_ observed: Int, probability: Double) -> Bool {
        let mean = Double(requests) * probability
        let deviation = (Double(requests) * probability * (1 - probability)).squareRoot()
        return abs(Double(observed) - mean) <= 4 * deviation
    }

    static func faults(_ setup: (inout FaultOptions) throws -> Void) rethrows -> FaultOptions {
        var options = FaultOptions()
        options.seed = 42
        try setup(&options)
        return options
    }

    /// Sends the same create `requests` times, one at a time on fresh connections, and lists
    /// each outcome: the status (with `Retry-After` for 429), or `dropped`.
    static func outcomes(_ faults: FaultOptions) async throws -> [String] {
        try await withSandbox(faults: faults) { sandbox in
            let port = try #require(sandbox.baseURL.port)
            let request = RawConnection.request("POST", "/razorpay/v1/contacts", headers: headers, body: body)
            return try await RawConnection.offThePool {
                var outcomes: [String] = []
                for _ in 0..<requests {
                    guard let reply = try RawConnection.exchange(port: port, request: request) else {
                        outcomes.append("dropped")
                        continue
                    }
                    var outcome = String(reply.status)
                    if reply.status == 429 {
                        let retryAfter = reply.head.split(separator: "\r\n").first {
                            $0.lowercased().hasPrefix("retry-after:")
                        }
                        outcome +=
                            " " + (retryAfter.map { $0.lowercased().replacingOccurrences(of: " ", with: "") } ?? "none")
                    }
                    outcomes.append(outcome)
                }
                return outcomes
            }
        }
    }

    @Test func statusFaultsAppearAtTheirRates() async throws {
        let options = try Self.faults {
            try $0.addFault("503:0.1")
            try $0.addFault("429:0.05")
        }
        let outcomes = try await Self.outcomes(options)
        let unavailable = outcomes.filter { $0 == "503" }.count
        let limited = outcomes.filter { $0.hasPrefix("429") }.count
        #expect(Self.isPlausible(unavailable, probability: 0.1), "503: \(unavailable) of \(Self.requests)")
        #expect(Self.isPlausible(limited, probability: 0.05), "429: \(limited) of \(Self.requests)")
        #expect(outcomes.filter { $0.hasPrefix("429") }.allSatisfy { $0 == "429 retry-after:1" })
        #expect(outcomes.filter { $0 == "200" }.count == Self.requests - unavailable - limited)
        // The same seed and requests give the same faults in the same places.
        #expect(try await Self.outcomes(options) == outcomes)
    }

    @Test func dropsCloseTheConnectionAtTheirRate() async throws {
        let options = try Self.faults { try $0.addDrop("razorpay=0.02") }
        let outcomes = try await Self.outcomes(options)
        let dropped = outcomes.filter { $0 == "dropped" }.count
        #expect(dropped > 0)
        #expect(Self.isPlausible(dropped, probability: 0.02), "dropped: \(dropped) of \(Self.requests)")
        #expect(outcomes.filter { $0 == "200" }.count == Self.requests - dropped)
    }

    @Test func faultsForOneProviderLeaveTheOthersAlone() async throws {
        let options = try Self.faults { try $0.addFault("jetpay=503:1") }
        try await withSandbox(faults: options) { sandbox in
            let razorpay = try await sandbox.send(
                "POST",
                "/razorpay/v1/contacts",
                headers: Self.headers,
                body: Self.body
            )
            #expect(razorpay.status == 200)
            let jetpay = try await sandbox.send(
                "PUT",
                "/jetpay/contact",
                headers: ["Authorization": TestCredentials.bearer, "Content-Type": "application/json"],
                body: Data(#"{"email": "a@mail.com", "name": "A"}"#.utf8)
            )
            #expect(jetpay.status == 503)
            #expect(try jsonObject(jetpay.body)["message"] != nil)
        }
    }

    @Test func optionsAreCheckedWithClearMessages() throws {
        var options = FaultOptions()
        #expect(throws: FaultOptionError.self) { try options.addFault("503") }
        #expect(throws: FaultOptionError.self) { try options.addFault("503:1.5") }
        #expect(throws: FaultOptionError.self) { try options.addFault("200:0.1") }
        #expect(throws: FaultOptionError.self) { try options.addLatency("20 parsecs") }
        #expect(throws: FaultOptionError.self) { try options.addDrop("often") }
        try options.addFault("503:0.6")
        #expect(throws: FaultOptionError.self) { try options.addFault("429:0.5") }
        try options.addLatency("razorpay=20ms")
        #expect(options.plan(for: "razorpay").latency == .milliseconds(20))
        #expect(options.plan(for: "jetpay").latency == .zero)
    }
}
